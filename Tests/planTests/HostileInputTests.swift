import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The second round of hostile input (issue #16), through the built binary: each input that
/// once crashed, hung or misled `plan` now gets a located error, exit 1 for that input only,
/// and never a signal. The inputs are in `Fixtures/hostile/`; what cannot be checked in (a
/// FIFO, sections nested 5 000 deep) is made here.
@Suite("Hostile input, second round (end to end)")
struct HostileInputTests {
    static let asOf = ["--as-of", "2026-11-29"]

    /// `Tests/planTests/Fixtures/hostile/NAME`.
    static func fixture(_ name: String) -> String {
        BinaryRunner.packageRoot.appendingPathComponent("Tests/planTests/Fixtures/hostile/\(name)").path
    }

    // MARK: - 1. Money

    @Test("1: amounts over 10^12 are located errors, and the rest of the batch is written")
    func moneyOverflowFailsAlone() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let overflow = Self.fixture("money-overflow.yaml")
        let output = try BinaryRunner().run(
            ["generate"] + Self.asOf + [
                "--out", out.path, overflow, "Examples/private-firm.yaml", Self.fixture("money-at-limit.yaml"),
            ])
        #expect(output.exitCode == 1, "\(output)")
        #expect(
            output.stdoutLines == ["\(out.path)/ooo-severstroyproekt/plan.md", "\(out.path)/money-at-limit/plan.md"])
        #expect(
            output.stderrLines == [
                "\(overflow):13:13: error: organization.budget.annual: must be at most 1000000000000, found 1e+300",
                "\(overflow):16:18: error: services[0].annual_cost: must be at most 1000000000000, found 4e+16",
                "\(overflow):19:13: error: quotes.trueconf.annual: must be at most 1000000000000, found 3.1e+16",
                "\(overflow):20:15: error: quotes.trueconf.one_time: must be at most 1000000000000, found 9.9e+307",
            ], "\(output)")
        let json = try BinaryRunner().run(
            ["compare", "--format", "json", Self.fixture("money-at-limit.yaml")] + Self.asOf)
        #expect(json.exitCode == 0, "\(json)")
    }

    @Test("1: a must with a figure of 1e300 is a need capped at the largest count, not a trap")
    func mustWithAHugeFigure() throws {
        let file = Self.fixture("must-huge-figure.yaml")
        let compare = try BinaryRunner().run(["compare", "--format", "json", file] + Self.asOf)
        #expect(compare.exitCode == 0, "\(compare)")
        let generate = try BinaryRunner().run(["generate", "--no-history", "--stdout", file] + Self.asOf)
        #expect(generate.exitCode == 0, "\(generate)")
    }

    // MARK: - 2. Dates

    @Test("2: dates outside the planning horizon are located errors; dates at its edges plan quickly")
    func farFutureDates() throws {
        let file = Self.fixture("far-future-dates.yaml")
        let output = try BinaryRunner().run(["validate", file] + Self.asOf)
        #expect(output.exitCode == 1, "\(output)")
        let horizon =
            "is outside the planning horizon 2025-11-29 … 2036-11-29 (the as-of date 2026-11-29 − 1 year … + 10 years)"
        #expect(
            output.stderrLines.map { String($0.prefix(while: { $0 != ";" })) } == [
                "\(file):11:13: error: organization.deadline: 9999-12-31 \(horizon)",
                "\(file):14:19: error: services[0].contract_end: 1900-01-01 is outside the planning horizon 2016-11-29 … "
                    + "2036-11-29 (the as-of date 2026-11-29 − 10 years … + 10 years)",
                "\(file):16:10: error: plan.start: 9999-01-01 \(horizon)",
                "\(file):19:11: error: plan.blackouts[0].to: 9999-12-31 \(horizon)",
            ], "\(output)")
        let generated = try BinaryRunner().run(["generate", "--no-history", "--stdout", file] + Self.asOf)
        #expect(generated.exitCode == 1 && generated.stdout.isEmpty, "\(generated)")

        // A blackout over the whole horizon pushes the pilot past it, to four-digit dates.
        let edge = try BinaryRunner().run(
            ["generate", "--no-history", "--stdout", Self.fixture("horizon-edge.yaml")] + Self.asOf,
            timeout: .seconds(30))
        #expect(edge.exitCode == 0, "\(edge)")
        #expect(edge.stdout.range(of: "[0-9]{5}-[0-9]{2}-[0-9]{2}", options: .regularExpression) == nil)
        #expect(edge.stdout.contains("2037-"), "the pilot moved past the blackout")
        #expect(edge.stdout.utf8.count < 1 << 20)
    }

    // MARK: - 3. Templates

    @Test(
        "3: a partial that includes itself, two that include each other: a located error, no crash",
        arguments: [
            (
                "recursive",
                "recursive/en/plan.mustache:3:1: error: template error: partials include each other in a "
                    + "cycle (plan → plan); a render would never end"
            ),
            (
                "mutual",
                "mutual/en/partials/b.mustache:1:3: error: template error: partials include each other in a "
                    + "cycle (partials/a → partials/b → partials/a); a render would never end"
            ),
        ])
    func partialCycles(name: String, expected: String) throws {
        let folder = Self.fixture("templates")
        let output = try BinaryRunner().run(
            [
                "generate", "--no-history", "--stdout", "--lang", "en", "--templates", "\(folder)/\(name)",
                "Examples/school-44fz.yaml",
            ] + Self.asOf)
        #expect(output.exitCode == 1, "\(output)")
        #expect(output.stderrLines == ["\(folder)/\(expected)"], "\(output)")
    }

    @Test("3: sections nested 5 000 deep are refused before they are parsed")
    func deepNesting() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("en"), withIntermediateDirectories: true)
        let template =
            String(repeating: "{{#timeline}}", count: 5000) + "x" + String(repeating: "{{/timeline}}", count: 5000)
        try template.write(to: folder.appendingPathComponent("en/plan.mustache"), atomically: true, encoding: .utf8)
        let output = try BinaryRunner().run(
            [
                "generate", "--no-history", "--stdout", "--lang", "en", "--templates", folder.path,
                "Examples/school-44fz.yaml",
            ] + Self.asOf)
        #expect(output.exitCode == 1, "\(output)")
        #expect(
            output.stderrLines == [
                "\(folder.path)/en/plan.mustache:1:1301: error: template error: sections are nested more than 100 "
                    + "deep from here (5000 at the deepest); the limit is 100"
            ], "\(output)")
    }

    @Test("3: loops nested six deep stop early, and the plan is refused, not written")
    func nestedLoops() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let output = try BinaryRunner().run(
            [
                "generate", "--no-history", "--lang", "en", "--out", out.path, "--templates",
                Self.fixture("templates/nested-loops"), "Examples/school-44fz.yaml",
            ] + Self.asOf,
            timeout: .seconds(60))
        #expect(output.exitCode == 1, "\(output)")
        #expect(
            output.stderrLines == [
                "Examples/school-44fz.yaml:1:1: error: the templates would write a plan larger than 16 MiB (sections "
                    + "repeated inside sections?); no plan written"
            ], "\(output)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("vologda-school-44").path))
    }

    @Test("3: loops nested in a procurement document stop early; neither the plan nor its documents are written")
    func nestedLoopsInADocument() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let output = try BinaryRunner().run(
            [
                "generate", "--no-history", "--lang", "en", "--out", out.path, "--templates",
                Self.fixture("templates/nested-loops-document"), "Examples/school-44fz.yaml",
            ] + Self.asOf,
            timeout: .seconds(60))
        #expect(output.exitCode == 1, "\(output)")
        #expect(
            output.stderrLines == [
                "Examples/school-44fz.yaml:1:1: error: the templates would write procurement/specification.md larger "
                    + "than 16 MiB (sections repeated inside sections?); neither the plan nor its documents written"
            ], "\(output)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("vologda-school-44").path))
    }

    // MARK: - 4. FIFOs

    @Test("4: a FIFO as inventory, plan, template or catalog file is refused, not waited on")
    func fifos() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func fifo(_ relative: String) throws -> String {
            let path = folder.appendingPathComponent(relative).path
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try #require(mkfifo(path, 0o600) == 0, "mkfifo \(path)")
            return path
        }
        let runner = try BinaryRunner()
        let refused = ": error: cannot read file: it is a pipe (FIFO), not a regular file"

        let inventory = try fifo("inventory.yaml")
        let validate = try runner.run(["validate", inventory], timeout: .seconds(20))
        #expect(validate.exitCode == 1 && validate.stderrLines == ["\(inventory):1:1\(refused)"], "\(validate)")

        let plans = folder.appendingPathComponent("plans").path
        _ = try fifo("plans/vologda-school-44/plan.md")
        let generate = try runner.run(
            ["generate", "--no-history", "--out", plans, "Examples/school-44fz.yaml"] + Self.asOf,
            timeout: .seconds(20))
        #expect(generate.exitCode == 1, "\(generate)")
        #expect(
            generate.stderrLines == [
                "Examples/school-44fz.yaml:1:1: error: \(plans)/vologda-school-44/plan.md: is not a regular file; "
                    + "no plan written"
            ], "\(generate)")

        let template = try fifo("templates/en/plan.mustache")
        let templates = try runner.run(
            [
                "generate", "--no-history", "--stdout", "--lang", "en", "--templates",
                folder.appendingPathComponent("templates").path, "Examples/school-44fz.yaml",
            ] + Self.asOf,
            timeout: .seconds(20))
        #expect(templates.exitCode == 1 && templates.stderrLines == ["\(template):1:1\(refused)"], "\(templates)")

        let product = try fifo("catalog/products/acme.yaml")
        let catalog = try runner.run(
            ["catalog", "validate", folder.appendingPathComponent("catalog").path], timeout: .seconds(20))
        #expect(catalog.exitCode == 1 && catalog.stderrLines.contains("\(product):1:1\(refused)"), "\(catalog)")
    }

    // MARK: - 8. Organization ids

    @Test("8: a second organization whose name makes the same id neither replaces the plan nor joins the history")
    func collidingIDs() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let runner = try BinaryRunner()
        let armenian = Self.fixture("armenian-name.yaml")
        let georgian = Self.fixture("georgian-name.yaml")
        let first = try runner.run(["generate", "--out", out.path, armenian] + Self.asOf)
        #expect(first.exitCode == 0, "\(first)")
        #expect(first.stderr.contains("\(armenian):4:9: warning: organization.name: has no Latin or Cyrillic letter"))
        let plan = out.appendingPathComponent("organization/plan.md")
        var text = try String(contentsOf: plan, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "<!-- plan:keep notes -->\n", with: "<!-- plan:keep notes -->\nКонфиденциально: пароль 1234\n")
        try text.write(to: plan, atomically: true, encoding: .utf8)

        // With the history: refused there first.
        let second = try runner.run(["generate", "--out", out.path, georgian] + Self.asOf)
        #expect(second.exitCode == 1, "\(second)")
        #expect(second.stdout.isEmpty)
        #expect(
            second.stderr.contains(
                "\(georgian):1:1: error: organization id 'organization', made from organization.name, belongs to "
                    + "another organization in the history ('Երևանի դպրոց'); no plan written"), "\(second)")
        // Without it: the plan's owner line refuses.
        let third = try runner.run(["generate", "--no-history", "--out", out.path, georgian] + Self.asOf)
        #expect(third.exitCode == 1, "\(third)")
        #expect(
            third.stderr.contains(
                "belongs to another organization in \(out.path)/organization/plan.md; no plan written"), "\(third)")
        #expect(try String(contentsOf: plan, encoding: .utf8) == text, "the first plan and its notes are untouched")
        let compare = try runner.run(["compare", "--record", "--out", out.path, georgian] + Self.asOf)
        #expect(compare.exitCode == 1 && compare.stderr.contains("this run was not recorded"), "\(compare)")
        let history = try runner.run(["history", "organization", "--out", out.path, "--format", "json"])
        let runs = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(runs.count == 1, "\(history)")
        #expect((runs.first?["organization"] as? [String: Any])?["name"] as? String == "Երևանի դպրոց")

        // The same organization, regenerated: allowed, notes kept.
        let again = try runner.run(["generate", "--out", out.path, armenian, "--as-of", "2026-12-01"])
        #expect(again.exitCode == 0, "\(again)")
        #expect(try String(contentsOf: plan, encoding: .utf8).contains("Конфиденциально: пароль 1234"))
    }

    // MARK: - 13. Unsafe or misleading

    @Test("13: diagnostics write terminal escapes and bidi overrides out")
    func terminalEscapes() throws {
        let file = Self.fixture("terminal-escapes.yaml")
        let output = try BinaryRunner().run(["validate", file] + Self.asOf)
        #expect(output.exitCode == 1, "\(output)")
        let unsafe: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{202E}", "\u{2066}"]
        #expect(!output.stderr.unicodeScalars.contains { unsafe.contains($0) }, "\(output)")
        #expect(output.stderr.contains("unknown key '\\u{1B}[31mred\\u{202E}'"), "\(output)")
        #expect(output.stderr.contains("unknown product 'zoom\\u{1B}[0m\\u{2066}'"), "\(output)")
    }

    @Test("13: URLs, www. names and e-mail addresses in inventory text are no links on GitHub")
    func noAutolinks() throws {
        let output = try BinaryRunner().run(
            ["generate", "--no-history", "--stdout", Self.fixture("links.yaml")] + Self.asOf)
        #expect(output.exitCode == 0, "\(output)")
        // Mermaid labels are in a code block (no autolinks there) and have their own cleaning.
        let plan = output.stdout.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 0 }
            .map(\.element).joined()
        for raw in ["https://evil", "ftp://files", "www.evil", "admin@evil", "pay@evil"] {
            #expect(!plan.contains(raw), "\(raw) would be autolinked")
        }
        #expect(plan.contains("https\\://evil.example/login"))
        #expect(plan.contains("www\\.evil.example"))
        #expect(plan.contains("admin\u{200B}@evil.example"))
    }

    @Test("13: catalog validate refuses javascript: and data: sources and websites")
    func javascriptSources() throws {
        let folder = Self.fixture("catalog-javascript")
        let output = try BinaryRunner().run(["catalog", "validate", folder])
        #expect(output.exitCode == 1, "\(output)")
        let errors = output.stderrLines.filter { $0.contains(": error: ") }
        let file = "\(folder)/products/acme-meet.yaml"
        #expect(
            errors == [
                "\(file):8:12: error: vendor.website: expected an http or https URL, found 'javascript:alert(document.cookie)'",
                "\(file):9:11: error: vendor.source: a source may link with http, https or mailto only, found 'JavaScript:'",
                "\(file):12:5: error: sources[0]: a source may link with http, https or mailto only, found 'data:'",
            ], "\(output)")
    }

    @Test("13: a plan written again keeps its permissions")
    func permissionsKept() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let arguments = ["generate", "--no-history", "--out", out.path, "Examples/school-44fz.yaml"]
        let first = try BinaryRunner().run(arguments + Self.asOf)
        #expect(first.exitCode == 0, "\(first)")
        let plan = out.appendingPathComponent("vologda-school-44/plan.md").path
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: plan)
        let second = try BinaryRunner().run(arguments + ["--as-of", "2026-12-01"])
        #expect(second.exitCode == 0, "\(second)")
        let mode = try FileManager.default.attributesOfItem(atPath: plan)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: (plan as NSString).deletingLastPathComponent)
        #expect(leftovers.sorted() == ["plan.md", "procurement"], "no temporary file is left")
    }
}
