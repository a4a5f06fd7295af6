import Foundation
import PlannerCore
import TestSupport
import Testing

/// `plan catalog coverage`: the contract's JSON and table, and a floor that a shipped
/// product's coverage may not drop below.
///
/// The floor is `Fixtures/catalog-coverage-floor.json`, the command's own JSON as of the last
/// time someone raised it. When the catalog learns more, raise it (so that the gain is kept):
///
///     swift run plan catalog coverage --format json > Tests/PlannerAppTests/Fixtures/catalog-coverage-floor.json
///
/// and commit it with the catalog change. Lowering it is the same command, and the diff of the
/// floor in review shows what the catalog no longer knows and why (say so in the commit).
@Suite("Commands: catalog coverage")
struct CatalogCoverageTests {
    static let floorFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/catalog-coverage-floor.json")

    /// One product's figures, as the JSON gives them.
    struct Entry: Decodable {
        var id: String
        var known: Int
        var unknown: Int
        var secondary: Int
        var register: Bool
        var dataResidency: Bool
        var certification: Bool
        var price: Bool

        enum CodingKeys: String, CodingKey {
            case id, known, unknown, secondary, register, certification, price
            case dataResidency = "data_residency"
        }
    }

    struct Coverage: Decodable {
        var capabilities: Int
        var products: [Entry]
    }

    static func current() async throws -> Coverage {
        let run = await App.run(["catalog", "coverage", "--format", "json"] + App.asOf)
        try #require(run.status == 0 && run.stderr.isEmpty, "\(run)")
        return try JSONDecoder().decode(Coverage.self, from: Data(run.stdout.utf8))
    }

    @Test("JSON: the keys of cli.md, every product, known + unknown = the vocabulary")
    func json() async throws {
        let run = await App.run(["catalog", "coverage", "--format", "json"] + App.asOf)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["capabilities", "products"])
        let first = try #require((object["products"] as? [[String: Any]])?.first)
        #expect(
            first.keys.sorted() == [
                "certification", "data_residency", "id", "known", "price", "register", "secondary", "unknown",
            ])
        let coverage = try await Self.current()
        #expect(coverage.capabilities == CatalogCommandTests.shipped.capabilities.count)
        #expect(coverage.products.map(\.id) == CatalogCommandTests.shipped.productIDs)
        #expect(coverage.products.allSatisfy { $0.known + $0.unknown == coverage.capabilities })
    }

    @Test("table: one line per product with its figures")
    func table() async throws {
        let run = await App.run(["catalog", "coverage"] + App.asOf)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdoutLines.first?.hasPrefix("PRODUCT ") == true)
        let coverage = try await Self.current()
        for entry in coverage.products {
            let line = try #require(run.stdoutLines.first { $0.hasPrefix(entry.id + " ") })
            let cells = line.split(separator: " ").map(String.init)
            #expect(cells[1...3] == ["\(entry.known)", "\(entry.unknown)", "\(entry.secondary)"], "\(line)")
            #expect(cells[4] == (entry.register ? "known" : "-"), "\(line)")
        }
    }

    @Test("no shipped product knows less than the checked-in floor")
    func noProductDropsBelowTheFloor() async throws {
        let floor = try JSONDecoder().decode(Coverage.self, from: Data(contentsOf: Self.floorFile))
        let current = Dictionary(uniqueKeysWithValues: try await Self.current().products.map { ($0.id, $0) })
        let raise = "if the catalog lost it on purpose, lower the floor the same way it is raised (see this file)"
        for old in floor.products {
            guard let now = current[old.id] else {
                Issue.record("\(old.id) is in the floor but no longer in the catalog; \(raise)")
                continue
            }
            #expect(
                now.known >= old.known,
                "\(old.id): \(now.known) capabilities known, the floor is \(old.known); \(raise)")
            #expect(
                now.known - now.secondary >= old.known - old.secondary,
                "\(old.id): fewer capabilities rest on a primary source than the floor says; \(raise)")
            let facts = [
                ("register", old.register, now.register), ("data_residency", old.dataResidency, now.dataResidency),
                ("certification", old.certification, now.certification), ("price", old.price, now.price),
            ]
            for (name, was, isNow) in facts where was && !isNow {
                Issue.record("\(old.id): \(name) was known and is not any more; \(raise)")
            }
        }
    }
}
