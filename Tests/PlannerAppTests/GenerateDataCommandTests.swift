import Foundation
import PlannerCore
import PlannerRender
import TestSupport
import Testing

@testable import PlannerApp

/// `plan generate --json` and `--tasks-csv` (cli.md, Revision 2, "Plans as data"), in-process on
/// real files.
@Suite("Commands: generate writes the plan's data")
struct GenerateDataCommandTests {
    typealias Setup = KeepEditsCommandTests.Setup

    static func json(_ setup: Setup) throws -> [String: Any] {
        let text = try setup.folder.read("plans/vologda-school-44/plan.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func done(_ json: [String: Any]) -> [String] {
        ((json["tasks"] as? [[String: Any]]) ?? []).filter { $0["done"] as? Bool == true }.compactMap {
            $0["id"] as? String
        }
    }

    @Test("--json and --tasks-csv write plan.json and tasks.csv beside plan.md; a tick becomes done")
    func writesBeside() async throws {
        let setup = try Setup()
        let run = await setup.generate(["--json", "--tasks-csv"])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        let files = try FileManager.default.contentsOfDirectory(atPath: setup.folder.file("plans/vologda-school-44"))
        #expect(Set(files) == ["plan.md", "plan.json", "tasks.csv", "procurement"])
        #expect(Self.done(try Self.json(setup)).isEmpty)
        let csv = try setup.folder.read("plans/vologda-school-44/tasks.csv")
        #expect(csv.hasPrefix("id,phase,phase_title,due,done,text\r\n"))

        try setup.tick(["old-service-notice:zoom", "procurement-check:legal-texts"])
        let again = await setup.generate(["--json"])
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again)")
        let json = try Self.json(setup)
        #expect(Self.done(json).sorted() == ["old-service-notice:zoom", "procurement-check:legal-texts"])
        // The same inputs give the same bytes.
        let first = try setup.folder.read("plans/vologda-school-44/plan.json")
        #expect(await setup.generate(["--json"]).status == 0)
        #expect(try setup.folder.read("plans/vologda-school-44/plan.json") == first)
    }

    @Test("Without --json nothing but plan.md and the procurement documents is written")
    func onlyWhenAsked() async throws {
        let setup = try Setup()
        #expect(await setup.generate().status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: setup.folder.file("plans/vologda-school-44"))
        #expect(files.sorted() == ["plan.md", "procurement"])
    }

    @Test("--stdout --json prints plan.json and writes nothing; --json with --tasks-csv on stdout is wrong usage")
    func stdout() async throws {
        let setup = try Setup()
        let run = await setup.generate(["--stdout", "--json"])
        #expect(run.status == 0, "\(run)")
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(parsed?["cutover"] as? String != nil)
        #expect(!FileManager.default.fileExists(atPath: setup.out))
        #expect(await setup.generate(["--stdout", "--json", "--tasks-csv"]).status == 64)
    }

    @Test("The writer writes only plan.md and the data files, inside the output folder")
    func namesAreFixed() throws {
        let folder = try TemporaryFolder()
        let writer = PlanWriter(directory: folder.file("plans"))
        #expect(throws: PlanWriter.Failure.self) { try writer.write("x", for: "org", name: "../evil.json") }
        #expect(throws: PlanWriter.Failure.self) { try writer.write("x", for: "org", name: "other.md") }
        let path = try writer.write("{}", for: "org", name: "plan.json")
        #expect(path.hasSuffix("plans/org/plan.json"))
    }
}
