import Foundation
import Testing

/// The built binary as a user runs it in an 80-column terminal (`COLUMNS=80`), from a folder
/// of their own with relative paths: no line of any command's text output is over 80
/// characters. Also standard input, the locale's language and `--catalog` as a bare relative
/// path, which only a real process shows.
@Suite("Terminal, stdin, locale (end to end)")
struct TerminalCommandLineTests {
    let plan: BinaryRunner
    init() throws { plan = try BinaryRunner() }

    static let columns = ["COLUMNS": "80"]

    /// Lines of both streams over 80 characters.
    static func overlong(_ output: BinaryRunner.Output) -> [String] {
        (output.stdoutLines + output.stderrLines).filter { $0.count > 80 }
    }

    @Test func everyCommandFitsEightyColumns() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let school = try String(
            contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Examples/school-44fz.yaml"), encoding: .utf8)
        try Data(school.utf8).write(to: folder.appendingPathComponent("school.yaml"))
        let asOf = ["--as-of", "2026-11-29"]
        let runs: [([String], Int32)] = [
            (["init"], 0),
            (["validate", "inventory.yaml"], 1),
            (["validate", "school.yaml"] + asOf, 0),
            (["compare", "school.yaml"] + asOf, 0),
            (["explain", "school.yaml", "trueconf"] + asOf, 0),
            (["explain", "school.yaml", "zoom"] + asOf, 0),
            (["generate", "school.yaml"] + asOf, 0),
            (["compare", "school.yaml", "--record", "--as-of", "2027-02-01"], 0),
            (["history", "vologda-school-44"], 0),
            (["diff", "vologda-school-44"], 0),
            (["schema", "-o", "copy.schema.json"], 0),
            (["catalog", "list"] + asOf, 0),
            (["catalog", "show", "trueconf"] + asOf, 0),
            (["catalog", "show", "zoom"] + asOf, 0),
            (["catalog", "validate"] + asOf, 0),
            (["catalog", "capabilities"], 0),
            (["catalog", "coverage"], 0),
            (["compare", "--help"], 0),
            (["generate", "--help"], 0),
            (["catalog", "list", "--category", "video"], 64),
            (["generate"], 64),
        ]
        for (arguments, status) in runs {
            let output = try plan.run(arguments, in: folder, environment: Self.columns)
            #expect(output.exitCode == status, "\(arguments): \(output)")
            #expect(Self.overlong(output).isEmpty, "\(arguments): \(Self.overlong(output))")
        }
    }

    @Test func validateDashReadsStandardInput() throws {
        let text = try String(
            contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Examples/private-firm.yaml"), encoding: .utf8)
        let valid = try plan.run(["validate", "-", "--as-of", "2026-11-29"], stdin: text)
        #expect(valid.exitCode == 0, "\(valid)")
        #expect(valid.stdout == "<stdin>: OK (ООО «СеверСтройПроект», 1 service)\n")
        let invalid = try plan.run(["validate", "-"], stdin: "schema: 1\norganization: {}\n")
        #expect(invalid.exitCode == 1)
        #expect(
            invalid.stderrLines.contains("<stdin>:2:15: error: organization: missing required key 'name'"), "\(invalid)"
        )
    }

    @Test func messagesFollowTheLocaleWhenTheFileNamesNoLanguage() throws {
        let russian = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "ru_RU.UTF-8"]
        let run = try plan.run(["validate", "Tests/planTests/Fixtures/invalid.yaml"], environment: russian)
        #expect(run.exitCode == 1)
        #expect(
            run.stderrLines.first
                == "Tests/planTests/Fixtures/invalid.yaml:5:11: error: organization.sector: недопустимое значение "
                + "'educaton'; возможно, имелось в виду 'education'?", "\(run)")
        let english = try plan.run(
            ["validate", "Tests/planTests/Fixtures/invalid.yaml"], environment: ["LC_ALL": "C", "LANG": ""])
        #expect(english.stderrLines.first?.hasSuffix("unknown value 'educaton'; did you mean 'education'?") == true)
    }

    @Test func aCatalogCopyAtTheShippedPathsOverridesInsteadOfDuplicating() throws {
        // `Catalog` relative to the package root names the same paths as the shipped files.
        let bare = try plan.run(["catalog", "validate", "Catalog", "--as-of", "2026-11-29"])
        #expect(bare.exitCode == 0, "\(bare)")
        #expect(!bare.stderr.contains("error:"), "\(bare)")
        let compare = try plan.run([
            "compare", "Examples/school-44fz.yaml", "--catalog", "Catalog", "--as-of", "2026-11-29",
        ])
        let plain = try plan.run(["compare", "Examples/school-44fz.yaml", "--as-of", "2026-11-29"])
        #expect(compare.exitCode == 0 && compare.stdout == plain.stdout, "\(compare)")
    }
}
