import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerApp

/// The command line as a user in a terminal meets it: standard input, the locale's language,
/// help that says a thing once, usage errors with the right usage, the capability ids, the
/// inventory's JSON Schema for editors.
@Suite("Command line: stdin, locale, help, capabilities, schema")
struct CommandLineTests {
    static let school = App.example("school-44fz")

    @Test("validate - reads standard input; its problems are located at <stdin>")
    func validateStandardInput() async throws {
        let text = try String(contentsOfFile: Self.school, encoding: .utf8)
        let valid = await App.run(["validate", "-"] + App.asOf, input: text)
        #expect(valid.status == 0, "\(valid)")
        #expect(valid.stdout == "<stdin>: OK (МБОУ «Средняя общеобразовательная школа № 44» г. Вологды, 1 service)\n")

        let invalid = await App.run(["validate", "-"] + App.asOf, input: App.invalidInventory)
        #expect(invalid.status == 1)
        #expect(
            invalid.stderrLines.first
                == "<stdin>:5:11: error: organization.sector: unknown value 'educaton'; did you mean 'education'?")

        let compare = await App.run(["compare", "-", "--format", "json"] + App.asOf, input: text)
        #expect(compare.status == 0 && compare.stdout.contains("\"trueconf\""), "\(compare)")

        let nothing = await App.run(["validate", "-"])
        #expect(nothing.status == 1)
        #expect(nothing.stderr == "<stdin>:1:1: error: cannot read standard input\n")
    }

    @Test("messages about a file without plan.language follow the locale; the file's own language wins")
    func localeLanguage() async throws {
        let folder = try TemporaryFolder()
        try folder.write(App.invalidInventory, to: "bad.yaml")
        let russian = await App.runIn(.ru, ["validate", folder.file("bad.yaml")])
        #expect(
            russian.stderrLines.first?.hasSuffix(
                "organization.sector: недопустимое значение 'educaton'; возможно, имелось в виду 'education'?") == true,
            "\(russian)")
        try folder.write(App.invalidInventory + "plan:\n  language: en\n", to: "en.yaml")
        let stated = await App.runIn(.ru, ["validate", folder.file("en.yaml")])
        #expect(
            stated.stderrLines.first?.hasSuffix(
                "organization.sector: unknown value 'educaton'; did you mean 'education'?") == true, "\(stated)")
    }

    @Test("the locale names a language: LC_ALL, then LC_MESSAGES, then LANG")
    func localeNames() {
        #expect(ConsoleIO.language(locale: ["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(ConsoleIO.language(locale: ["LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
        #expect(ConsoleIO.language(locale: ["LANG": "de_DE.UTF-8", "LC_MESSAGES": "ru"]) == .ru)
        #expect(ConsoleIO.language(locale: ["LC_ALL": "", "LANG": "ru_RU"]) == .ru)
        #expect(ConsoleIO.language(locale: ["LANG": "C.UTF-8"]) == nil)
        #expect(ConsoleIO.language(locale: [:]) == nil)
    }

    @Test("help says each default once and the accepted values once")
    func helpSaysItOnce() async {
        let commands = [
            ["init"], ["validate"], ["compare"], ["explain"], ["generate"], ["history"], ["diff"], ["schema"],
            ["catalog", "list"], ["catalog", "show"], ["catalog", "validate"], ["catalog", "capabilities"],
            ["catalog", "coverage"],
        ]
        for command in commands {
            let help = await App.run(command + ["--help"], width: 200)
            for line in help.stdoutLines where line.hasPrefix("  -") {
                let defaults = line.components(separatedBy: "(default:").count - 1
                #expect(defaults <= 1, "\(command): \(line)")
                #expect(!line.contains("table or json") && !line.contains("text or json"), "\(command): \(line)")
            }
        }
    }

    @Test("an unknown category is wrong usage of plan catalog list, with its usage")
    func categoryUsage() async {
        let run = await App.run(["catalog", "list", "--category", "videoconference"])
        #expect(run.status == 64)
        #expect(
            run.stderrLines == [
                "Error: --category: unknown category 'videoconference'; did you mean 'videoconferencing'?",
                "Usage: plan catalog list [--catalog <dir>] [--as-of <yyyy-mm-dd>] [--category <category>] [--format <format>]",
                "  See 'plan catalog list --help' for more information.",
            ], "\(run)")
    }

    @Test("a --templates folder that does not exist is said once, not once per language")
    func templatesErrorOnce() async throws {
        let folder = try TemporaryFolder()
        let run = await App.run(
            ["generate", Self.school, "--templates", folder.file("none"), "--out", folder.file("plans")] + App.asOf)
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1, "\(run)")
    }

    @Test("catalog capabilities: every id of the vocabulary, as a table and as JSON")
    func capabilities() async throws {
        let ids = CatalogCommandTests.shipped.capabilityIDs
        let table = await App.run(["catalog", "capabilities"] + App.asOf)
        #expect(table.status == 0 && table.stderr.isEmpty, "\(table)")
        #expect(table.stdoutLines.count == ids.count + 2)
        #expect(table.stdoutLines.dropFirst(2).map { String($0.prefix { $0 != " " }) } == ids)
        #expect(
            table.stdoutLines.contains { $0.hasPrefix("meetings.max_participants ") && $0.contains(" number ") })

        let json = await App.run(["catalog", "capabilities", "--format", "json"] + App.asOf)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["id"] as? String } == ids)
        #expect(entries.allSatisfy { ($0["name"] as? [String: String])?["ru"] != nil })
    }

    @Test("schema: draft-07, the catalog's ids as enums; -o writes it")
    func schema() async throws {
        let run = await App.run(["schema"] + App.asOf)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        let properties = try #require(schema["properties"] as? [String: Any])
        let services = try #require(properties["services"] as? [String: Any])
        let service = try #require((services["items"] as? [String: Any])?["properties"] as? [String: Any])
        let product = try #require(service["product"] as? [String: Any])
        #expect(product["enum"] as? [String] == CatalogCommandTests.shipped.productIDs)
        let features = try #require((service["features_used"] as? [String: Any])?["items"] as? [String: Any])
        #expect(features["enum"] as? [String] == CatalogCommandTests.shipped.capabilityIDs)
        let organization = try #require((properties["organization"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(
            (organization["procurement"] as? [String: Any])?["enum"] as? [String]
                == CatalogCommandTests.shipped.procurementRegimes.map(\.id))

        let folder = try TemporaryFolder()
        let written = await App.run(["schema", "-o", folder.file("inventory.schema.json")] + App.asOf)
        #expect(written.status == 0)
        #expect(try folder.read("inventory.schema.json") == run.stdout)
    }

    @Test("init writes the schema beside the inventory and names it; it keeps an existing one without --force")
    func initWritesTheSchema() async throws {
        let folder = try TemporaryFolder()
        let first = await App.run(["init", "-o", folder.file("a.yaml")])
        #expect(first.status == 0, "\(first)")
        #expect(try folder.read("a.yaml").hasPrefix("# yaml-language-server: $schema=inventory.schema.json\n"))
        let schema = try folder.read("inventory.schema.json")
        let printed = await App.run(["schema"])
        #expect(schema == printed.stdout)

        try folder.write("{}\n", to: "inventory.schema.json")
        let second = await App.run(["init", "-o", folder.file("b.yaml")])
        #expect(second.status == 0)
        #expect(second.stdoutLines.first?.contains("kept \(folder.file("inventory.schema.json"))") == true, "\(second)")
        #expect(try folder.read("inventory.schema.json") == "{}\n")
        let forced = await App.run(["init", "-o", folder.file("b.yaml"), "--force"])
        #expect(forced.status == 0)
        #expect(try folder.read("inventory.schema.json") == schema)
    }
}

extension App {
    /// Runs `plan ARGUMENTS` with the locale's language `language`.
    static func runIn(_ language: Language, _ arguments: [String]) async -> AppRun {
        let buffer = ConsoleBuffer()
        let status = await PlanApp.run(arguments, io: buffer.io(language: language))
        return AppRun(status: status, stdout: buffer.stdout, stderr: buffer.stderr)
    }
}
