import Foundation
import Testing

@testable import PlannerCore

/// What the catalog says about its own knowledge: a copy layered at the shipped paths, stale
/// facts as a fact of the catalog, and the coverage per product.
@Suite("Catalog: copies, staleness and coverage")
struct CatalogQualityTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!

    @Test func aCopyOfTheShippedCatalogAtTheSamePathsOverridesItWithoutDuplicates() throws {
        // `--catalog Catalog` from the package root: the user's files have the shipped paths.
        let shipped = CatalogFiles.shipped()
        let result = CatalogLoader(asOf: Self.asOf).load(layers: [shipped, shipped])
        let catalog = try result.get()
        #expect(!catalog.warnings.hasErrors)
        #expect(catalog.products.count == (try CatalogLoader(asOf: Self.asOf).load().get()).products.count)
        // Two files of one layer defining one product are still an error.
        let twice = shipped.filter { $0.path.hasSuffix("products/zoom.yaml") }.map {
            CatalogFile(role: .product, path: "mine/products/zoom-copy.yaml", bytes: $0.bytes)
        }
        let duplicated = CatalogLoader(asOf: Self.asOf).load(
            layers: [shipped, twice + shipped.filter { $0.path.hasSuffix("products/zoom.yaml") }])
        guard case .failure(let error) = duplicated else {
            Issue.record("a product defined twice in one layer loaded")
            return
        }
        #expect(error.diagnostics.contains { $0.message.contains("product 'zoom' is also defined in") })
    }

    @Test func staleIsAFactOfTheCatalogAsOfItsDate() throws {
        let catalog = try CatalogLoader(asOf: Self.asOf).load().get()
        #expect(catalog.staleBefore == CalendarDate(year: 2025, month: 5, day: 29))
        #expect(catalog.isStale(Provenance(asOf: CalendarDate(year: 2025, month: 5, day: 28))))
        #expect(!catalog.isStale(Provenance(asOf: CalendarDate(year: 2025, month: 5, day: 29))))
        #expect(!catalog.isStale(Provenance()), "an undated fact is not called stale (validate requires dates)")
        // Every staleness warning of the loader is a stale fact, and the other way round.
        var stale = 0
        for product in catalog.products {
            for (_, provenance) in product.decisionFacts where catalog.isStale(provenance) { stale += 1 }
        }
        #expect(stale == catalog.warnings.filter { $0.message.contains("older than 18 months") }.count)
    }

    @Test func coverageCountsEveryCapabilityOnceAndOnlyReliableFacts() throws {
        let catalog = try CatalogLoader(asOf: Self.asOf).load().get()
        let coverage = CatalogCoverage(catalog: catalog)
        #expect(coverage.capabilities == catalog.capabilities.count)
        #expect(coverage.products.map(\.id) == catalog.productIDs)
        for entry in coverage.products {
            #expect(entry.known + entry.unknown == coverage.capabilities, "\(entry.id)")
            #expect(entry.secondary <= entry.known, "\(entry.id)")
        }
    }

    @Test func coverageOfAMadeUpProduct() throws {
        let yaml = """
            id: acme
            name: Acme
            category: videoconferencing
            vendor: {name: Acme, country: RU, source: "https://acme.example", as_of: 2026-11-01}
            registries:
              ru_software: {listed: true, source: "https://reestr.digital.gov.ru", as_of: 2026-11-01, confidence: unconfirmed, note: "seen once"}
            data_residency: {value: [RU], source: "https://acme.example", as_of: 2026-11-01}
            capabilities:
              chat: {value: true, source: "https://acme.example", as_of: 2026-11-01}
              polls: {value: false, source: "https://news.example", as_of: 2026-11-01, confidence: secondary}
              whiteboard: {value: true, source: "https://acme.example", as_of: 2026-11-01, confidence: unconfirmed, note: "a forum post"}
            pricing:
              - {plan: Base, model: per_user_year, price: 1000, currency: RUB, source: "https://acme.example", as_of: 2026-11-01}
            """
        let overlay = [CatalogFile(role: .product, path: "mine/products/acme.yaml", bytes: Array(yaml.utf8))]
        let catalog = try CatalogLoader(asOf: Self.asOf).load(layers: [CatalogFiles.shipped(), overlay]).get()
        let acme = try #require(CatalogCoverage(catalog: catalog).products.first { $0.id == "acme" })
        #expect(acme.known == 2, "chat and polls (a known false counts); the unconfirmed whiteboard does not")
        #expect(acme.secondary == 1)
        #expect(acme.unknown == catalog.capabilities.count - 2)
        #expect(!acme.register, "an unconfirmed register entry is not knowledge")
        #expect(acme.dataResidency && acme.price && !acme.certification)
        // A US vendor: the Russian register cannot list it, so its standing there is known.
        let zoom = try #require(CatalogCoverage(catalog: catalog).products.first { $0.id == "zoom" })
        #expect(zoom.register)
    }
}
