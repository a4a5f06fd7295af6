import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerApp

/// Every command in an 80-column terminal: no line of its text output is wider than 80
/// characters. (JSON, CSV, Markdown and the plan itself are data and documents, not terminal
/// layout: they keep their lines.) Without a known width, output is laid out for 100 columns,
/// as it always was, and diagnostics stay one per line for tools that read them.
@Suite("Terminal width: every command fits 80 columns")
struct TerminalWidthTests {
    static let width = 80
    static let school = App.example("school-44fz")

    /// Lines of `text` wider than `width`, for the failure message.
    static func overlong(_ text: String, width: Int = width) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { $0.count > width }
    }

    /// Runs `arguments` 80 columns wide and checks both streams.
    @discardableResult
    static func fits(
        _ arguments: [String], status: Int32? = 0, sourceLocation: Testing.SourceLocation = #_sourceLocation
    )
        async -> AppRun
    {
        let run = await App.run(arguments, width: width)
        if let status { #expect(run.status == status, "\(arguments): \(run)", sourceLocation: sourceLocation) }
        #expect(
            !run.stdout.isEmpty || !run.stderr.isEmpty, "\(arguments) printed nothing", sourceLocation: sourceLocation)
        #expect(
            Self.overlong(run.stdout).isEmpty, "\(arguments) stdout: \(Self.overlong(run.stdout))",
            sourceLocation: sourceLocation)
        #expect(
            Self.overlong(run.stderr).isEmpty, "\(arguments) stderr: \(Self.overlong(run.stderr))",
            sourceLocation: sourceLocation)
        return run
    }

    @Test("catalog list, show (every product), validate, capabilities, coverage")
    func catalog() async {
        await Self.fits(["catalog", "list"] + App.asOf)
        for product in CatalogCommandTests.shipped.productIDs {
            let run = await Self.fits(["catalog", "show", product] + App.asOf)
            #expect(run.stdout.contains("Capabilities ("))
        }
        let validate = await Self.fits(["catalog", "validate"] + App.asOf)
        #expect(validate.stderr.contains("warning:"), "the shipped catalog's staleness warnings, wrapped")
        await Self.fits(["catalog", "capabilities"] + App.asOf)
        await Self.fits(["catalog", "coverage"] + App.asOf)
    }

    @Test("compare and explain of every example and option")
    func compareAndExplain() async {
        for example in App.examples {
            await Self.fits(["compare", App.example(example)] + App.asOf)
        }
        for product in ["trueconf", "kontur-talk", "zoom", "iva"] {
            await Self.fits(["explain", Self.school, product] + App.asOf)
        }
    }

    @Test("init, validate (valid and invalid), generate, history, diff")
    func others() async throws {
        let folder = try TemporaryFolder()
        await Self.fits(["init", "-o", folder.file("inventory.yaml")])
        await Self.fits(["validate", folder.file("inventory.yaml")], status: 1)
        await Self.fits(["validate"] + App.examples.map(App.example) + App.asOf)
        let out = folder.file("plans")
        // generate prints the paths it wrote, whole (a path cut in two cannot be copied): the
        // test's absolute temporary paths are long, a user's relative ones are not
        // (planTests runs it in a folder of its own).
        let generate = await App.run(["generate", Self.school, "--out", out] + App.asOf, width: Self.width)
        #expect(generate.status == 0 && generate.stderr.isEmpty, "\(generate)")
        await Self.fits(["compare", Self.school, "--out", out, "--record", "--as-of", "2027-02-01"])
        await Self.fits(["history", "vologda-school-44", "--out", out])
        await Self.fits(["diff", "vologda-school-44", "--out", out])
        await Self.fits(["schema", "-o", folder.file("schema.json")])
    }

    @Test("help of every command and usage errors")
    func help() async {
        let commands = [
            [], ["init"], ["validate"], ["compare"], ["explain"], ["generate"], ["history"], ["diff"], ["schema"],
            ["catalog"], ["catalog", "list"], ["catalog", "show"], ["catalog", "validate"],
            ["catalog", "capabilities"],
            ["catalog", "coverage"],
        ]
        for command in commands {
            let help = await Self.fits(command + ["--help"])
            #expect(help.stdout.contains("USAGE: plan"))
        }
        await Self.fits(["generate"], status: 64)
        await Self.fits(["compare", Self.school, "--format", "pdf"], status: 64)
        await Self.fits(["catalog", "list", "--category", "video"], status: 64)
    }

    @Test("a long usage line breaks between whole options, under the command")
    func usageFolds() async {
        let run = await App.run(["generate"], width: Self.width)
        let usage = run.stderrLines.drop { !$0.hasPrefix("Usage: ") }.prefix { !$0.hasPrefix("  See") }
        #expect(usage.count > 1, "\(run)")
        #expect(usage.dropFirst().allSatisfy { $0.hasPrefix("            [") }, "\(usage)")
        for line in usage {
            let count = { (character: Character) in line.filter { $0 == character }.count }
            #expect(count("[") == count("]") && count("<") == count(">"), "an option is split: \(line)")
        }
    }

    @Test("without a known width, text is laid out for 100 columns and diagnostics stay one per line")
    func unknownWidth() async {
        let piped = await App.run(["catalog", "list"] + App.asOf)
        let hundred = await App.run(["catalog", "list"] + App.asOf, width: ConsoleIO.defaultWidth)
        #expect(piped.stdout == hundred.stdout)
        let validate = await App.run(["catalog", "validate"] + App.asOf)
        #expect(!validate.stderrLines.isEmpty)
        #expect(validate.stderrLines.allSatisfy { $0.contains(": warning: ") }, "one warning per line")
        // 80 columns wide, each warning continues on indented lines: joined, they are the same.
        let wrapped = await App.run(["catalog", "validate"] + App.asOf, width: Self.width)
        #expect(wrapped.stderrLines.count > validate.stderrLines.count)
        var joined: [String] = []
        for line in wrapped.stderrLines {
            if line.hasPrefix(" "), !joined.isEmpty {
                joined[joined.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            } else {
                joined.append(line)
            }
        }
        #expect(joined == validate.stderrLines)
    }

    @Test("a table narrower than its columns cuts the widest ones first and keeps the ids")
    func tableKeepsIDs() async {
        let run = await App.run(["catalog", "list"] + App.asOf, width: 60)
        #expect(Self.overlong(run.stdout, width: 60).isEmpty, "\(run)")
        for product in CatalogCommandTests.shipped.productIDs {
            #expect(run.stdout.contains("\n\(product) "), "the id \(product) is shown whole")
        }
    }

    @Test("the width: COLUMNS, else the terminal's; never under 40")
    func layoutWidth() {
        let buffer = ConsoleBuffer()
        #expect(buffer.io().layoutWidth(.standardOutput) == 100)
        #expect(buffer.io(width: 80).layoutWidth(.standardOutput) == 80)
        #expect(buffer.io(width: 10).layoutWidth(.standardError) == ConsoleIO.minimumWidth)
    }
}
