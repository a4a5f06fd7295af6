import Foundation
import PlannerCore
import Testing

/// Every file of `Fixtures/inventories/bad/` is an inventory with one kind of problem; its
/// sibling `.expected` file holds the exact lines `plan validate` prints for it (with the file
/// named as in the folder). To re-record them after a deliberate change of messages, run
/// `RECORD_EXPECTED=1 swift test --filter InventoryBadCorpus` and review the diff like code.
@Suite("Inventory: bad corpus")
struct InventoryBadCorpusTests {
    typealias Support = InventoryTestSupport

    static let folder = Support.fixture("bad")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test func theCorpusCoversEveryKindOfProblem() {
        #expect(Self.cases.count >= 25)
    }

    @Test(arguments: cases)
    func reportsExactlyTheExpectedLines(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let result = Support.loader.load(bytes, file: name)
        let diagnostics: [Diagnostic]
        switch result {
        case .success(let inventory):
            Issue.record("\(name) loaded without errors")
            diagnostics = inventory.warnings
        case .failure(let error):
            diagnostics = error.diagnostics
        }
        let actual = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        let expectedURL = Self.folder.appendingPathComponent(String(name.dropLast(".yaml".count)) + ".expected")
        if ProcessInfo.processInfo.environment["RECORD_EXPECTED"] == "1" {
            try Data(actual.utf8).write(to: expectedURL)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected)
    }
}
