import PlannerCore
import Testing

@testable import PlannerApp

/// `PlanApp.run`: parsing, help and version, and the one mapping of outcomes to exit statuses
/// and streams.
@Suite("Entry point: exit statuses and streams")
struct EntryPointTests {
    @Test("--version prints the version to stdout and exits 0")
    func version() async {
        let run = await App.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == ToolVersion.current + "\n")
        #expect(run.stderr.isEmpty)
    }

    @Test("--help, and a command group without its subcommand, print help to stdout and exit 0")
    func help() async {
        let root = await App.run(["--help"])
        #expect(root.status == 0 && root.stderr.isEmpty)
        #expect(root.stdout.hasPrefix("OVERVIEW: Plan an organization's move"))
        for name in ["init", "validate", "compare", "explain", "generate", "history", "diff", "catalog"] {
            #expect(root.stdout.contains("  \(name) "), "the help lists \(name)")
        }
        let group = await App.run(["catalog"])
        #expect(group.status == 0 && group.stderr.isEmpty)
        #expect(group.stdout.contains("USAGE: plan catalog <subcommand>"))
        let sub = await App.run(["generate", "--help"])
        #expect(sub.status == 0)
        #expect(sub.stdout.contains("USAGE: plan generate"))
    }

    @Test(
        "Wrong usage exits 64 with ArgumentParser's message and the command's usage on stderr",
        arguments: [
            (["nope"], "Error: Unexpected argument 'nope'"),
            (["compare"], "Error: Missing expected argument '<file>'"),
            (["validate"], "Error: give at least one inventory file, e.g. plan validate inventory.yaml"),
            (["generate"], "Error: give at least one inventory file, e.g. plan generate inventory.yaml"),
            (
                ["generate", "a.yaml", "b.yaml", "--stdout"],
                "Error: --stdout prints one plan: give one inventory file, not 2 ('a.yaml', 'b.yaml')"
            ),
            (
                ["generate", "a.yaml", "--language", "en", "--stdout"],
                "Error: --stdout prints one plan: give one inventory file, not 2 ('a.yaml', 'en')"
            ),
            (["compare", "x.yaml", "--as-of", "2026-13-01"], "Error: --as-of: 2026-13-01 is not a calendar date"),
            (["compare", "x.yaml", "--format", "pdf"], "Error: The value 'pdf' is invalid for '--format <format>'"),
            (["init", "--lang", "de"], "Error: --lang: unknown value 'de'; expected one of: ru, en"),
        ])
    func usage(arguments: [String], message: String) async {
        let run = await App.run(arguments)
        #expect(run.status == 64, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix(message), "\(run)")
        #expect(run.stderr.contains("Usage: plan"))
    }

    @Test("Each AppError has its exit status and prints as diagnostics")
    func appErrors() {
        let located = Diagnostic.error("broken", at: SourceLocation(file: "a.yaml", line: 2, column: 3))
        #expect(AppError.invalidInput([located]).exitStatus == 1)
        #expect(AppError.invalidInput([located]).diagnostics == [located])
        #expect(AppError.history("locked").exitStatus == 1)
        #expect(AppError.history("locked").diagnostics.map(\.description) == ["error: locked"])
        #expect(AppError.usage("--products: x").exitStatus == 64)
        #expect(AppError.reported.exitStatus == 1)
        #expect(AppError.reported.diagnostics.isEmpty)
    }

    @Test("Diagnostics are coloured on a terminal only, and never with NO_COLOR")
    func colour() async {
        let arguments = ["catalog", "show", "nope"]
        let terminal = await App.run(arguments, terminals: [.standardError])
        #expect(terminal.status == 1)
        #expect(terminal.stderr.hasPrefix("\u{1B}[1;31merror:\u{1B}[0m unknown product 'nope'"), "\(terminal)")
        let noColour = await App.run(arguments, terminals: [.standardError], noColour: true)
        #expect(noColour.stderr.hasPrefix("error: unknown product 'nope'"))
        let file = await App.run(arguments)
        #expect(file.stderr == noColour.stderr)
    }

    @Test("The compare table is coloured on a terminal only")
    func tableColour() async {
        let arguments = ["compare", App.example("school-44fz"), "--no-history"] + App.asOf
        let terminal = await App.run(arguments, terminals: [.standardOutput])
        #expect(terminal.status == 0)
        #expect(terminal.stdout.contains("\u{1B}["))
        let plain = await App.run(arguments, terminals: [.standardOutput], noColour: true)
        #expect(!plain.stdout.contains("\u{1B}["))
    }
}
