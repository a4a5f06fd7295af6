import Foundation
import TestSupport
import Testing

@testable import PlannerApp

@Suite("Plan writer: atomic, confined to the output folder")
struct PlanWriterTests {
    @Test("Writes DIR/<id>/plan.md, creating folders, and reads it back")
    func writes() throws {
        let folder = try TemporaryFolder()
        let writer = PlanWriter(directory: folder.file("out/nested"))
        #expect(try writer.previousBytes(for: "school-5") == nil)
        let path = try writer.write("# Plan\n", for: "school-5")
        #expect(path == folder.file("out/nested/school-5/plan.md"))
        #expect(try folder.read("out/nested/school-5/plan.md") == "# Plan\n")
        try writer.write("# Plan 2\n", for: "school-5")
        #expect(try writer.previousBytes(for: "school-5") == Array("# Plan 2\n".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.file("out/nested/school-5"))
        #expect(leftovers == ["plan.md"])
    }

    @Test("Ids that are not slugs are refused", arguments: ["../evil", "..", "a/b", "", "/etc", "A", "-x", "x\n"])
    func refusesIDs(id: String) throws {
        let folder = try TemporaryFolder()
        let writer = PlanWriter(directory: folder.path)
        #expect(throws: PlanWriter.Failure.invalidID(id)) { try writer.write("x", for: id) }
    }

    @Test("A symbolic link in place of the organization's folder or plan is refused")
    func refusesLinks() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("outside"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.file("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("out/evil"), withDestinationPath: folder.file("outside"))
        let writer = PlanWriter(directory: folder.file("out"))
        #expect(throws: PlanWriter.Failure.self) { try writer.write("x", for: "evil") }
        #expect(throws: PlanWriter.Failure.self) { try writer.previousBytes(for: "evil") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("outside")).isEmpty)

        try FileManager.default.createDirectory(atPath: folder.file("out/org"), withIntermediateDirectories: true)
        try "secret".write(toFile: folder.file("outside/target"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("out/org/plan.md"), withDestinationPath: folder.file("outside/target"))
        #expect(throws: PlanWriter.Failure.self) { try writer.write("x", for: "org") }
        #expect(throws: PlanWriter.Failure.self) { try writer.previousBytes(for: "org") }
        #expect(try folder.read("outside/target") == "secret")
    }

    @Test("A hostile inventory's plan is written inside the output folder, under the slug")
    func writtenInside() throws {
        let inventory = try RenderFixtures.inventory(HostileInventory.yaml).get()
        let folder = try TemporaryFolder()
        let writer = PlanWriter(directory: folder.file("plans"))
        let path = try writer.write(try RenderFixtures.plan(inventory).markdown, for: inventory.organization.id)
        #expect(path == folder.file("plans/\(inventory.organization.id)/plan.md"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plans"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.file("plans")) == [inventory.organization.id])
    }

    @Test("An id that tries to leave the folder is refused by the loader and by the writer")
    func idAttempt() throws {
        let yaml = HostileInventory.yaml.replacingOccurrences(
            of: "  country: RU", with: "  id: \"../../evil\"\n  country: RU")
        guard case .failure(let error) = RenderFixtures.inventory(yaml) else {
            Issue.record("an id with ../ was accepted")
            return
        }
        #expect(error.diagnostics.contains { $0.message.contains("organization.id") })
        let folder = try TemporaryFolder()
        #expect(throws: PlanWriter.Failure.self) {
            try PlanWriter(directory: folder.path).write("x", for: "../../evil")
        }
    }
}
