import Testing

@testable import PlannerCore

/// The shipped catalog's trees, parsed at build time (`YAMLTreeArchive`).
@Suite struct YAMLTreeArchiveTests {
    /// Every shipped catalog file carries a tree, and it is the node the loader makes of its
    /// text, locations included: the build's parse may replace the run's.
    @Test func everyShippedCatalogFileHasTheTreeTheLoaderMakes() throws {
        let files = CatalogFiles.shipped()
        #expect(files.count > 20)
        for file in files {
            let tree = try #require(file.tree, "\(file.path) has no tree")
            let decoded = try #require(YAMLTreeArchive.decode(tree, file: file.path), "\(file.path)")
            guard case .success(let parsed) = YAMLDocumentLoader().load(file.bytes, file: file.path) else {
                Issue.record("\(file.path) does not parse")
                continue
            }
            #expect(decoded == parsed, "\(file.path)")
        }
    }

    @Test func readsEachKindOfNode() throws {
        let archive = "M1,1,2:P1,1,4:name" + "Q1,7,6:Зум" + "P2,1,4:list" + "S3,3,2:P3,5,1:1P4,5,0:"
        let root = try #require(YAMLTreeArchive.decode(archive, file: "f.yaml"))
        guard case .mapping(let entries) = root.value else {
            Issue.record("not a mapping")
            return
        }
        #expect(entries.count == 2)
        #expect(entries[0].value.scalar == .init(text: "Зум", isPlain: false))
        #expect(entries[0].value.location == SourceLocation(file: "f.yaml", line: 1, column: 7))
        guard case .sequence(let items) = entries[1].value.value else {
            Issue.record("not a list")
            return
        }
        #expect(items.map(\.scalar?.text) == ["1", ""])
        #expect(items[1].isNull)
    }

    /// Whatever is wrong with a tree, it reads as nil (and the caller parses the text).
    @Test(arguments: [
        "", "P", "P1,1,", "P1,1,5:abc", "X1,1,0:", "P1,1,0:tail", "M1,1,1:P1,1,1:k", "S1,1,3:P1,1,0:",
        "P1,1,99999999999:", "P-1,1,0:", "P1,,0:", "S1,1,18446744073709551616:",
    ])
    func refusesWhatIsNotATree(_ archive: String) {
        #expect(YAMLTreeArchive.decode(archive, file: "f.yaml") == nil)
    }

    /// The loader's depth limit holds for a tree too.
    @Test func refusesATreeDeeperThanTheLoaderAccepts() {
        let depth = YAMLDocumentLoader.Limits().maxDepth + 1
        let archive = String(repeating: "S1,1,1:", count: depth - 1) + "P1,1,0:"
        #expect(YAMLTreeArchive.decode(archive, file: "f.yaml") == nil)
        let within = String(repeating: "S1,1,1:", count: depth - 2) + "P1,1,0:"
        #expect(YAMLTreeArchive.decode(within, file: "f.yaml") != nil)
    }
}
