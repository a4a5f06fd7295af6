import Foundation
import Testing

@testable import PlannerCore

/// The shipped catalog, and a corpus of broken catalogs each with its exact diagnostics.
@Suite struct CatalogTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/catalogs")

    @Test func shippedCatalogHasNoErrors() throws {
        let catalog = try CatalogLoader(asOf: Self.asOf).load().get()
        #expect(catalog.products.count >= 10)
        #expect(!catalog.warnings.hasErrors)
        for id in [
            "zoom", "trueconf", "yandex-telemost", "mts-link", "videomost", "sberjazz", "kontur-talk", "vk-workspace",
            "iva", "dion",
        ] {
            #expect(catalog.product(id) != nil, "missing product \(id)")
        }
        for id in [
            "RU-152FZ-LOCALIZATION", "RU-1236-REGISTRY", "RU-1875-NATIONAL-REGIME", "RU-KII-166", "RU-KII-58FZ",
            "RU-149FZ-MESSENGERS", "RU-FSTEC-GIS", "KZ-94V-LOCALIZATION",
        ] {
            #expect(catalog.rules.contains { $0.id == id }, "missing rule \(id)")
        }
    }

    @Test func everyDecisionFactHasASourceAndADate() throws {
        let catalog = try CatalogLoader(asOf: Self.asOf).load().get()
        for product in catalog.products {
            for (what, provenance) in product.decisionFacts {
                #expect(provenance.source != nil && provenance.asOf != nil, "\(product.id): \(what)")
            }
        }
    }

    @Test func zoomCarriesBothRestrictions() throws {
        let zoom = try #require(try CatalogLoader(asOf: Self.asOf).load().get().product("zoom"))
        #expect(zoom.restrictions.count == 2)
        #expect(
            zoom.restrictions.contains {
                $0.effect == .noSales && $0.since.year == 2021 && ($0.appliesTo.country ?? []).contains("KZ")
            })
        #expect(zoom.restrictions.contains { $0.effect == .serviceEnded && $0.since.year == 2022 })
        #expect(zoom.restrictions.allSatisfy { $0.provenance.source != nil })
    }

    @Test func rule152BecomesABlockerOnFirstJuly2025() throws {
        let rule = try #require(
            try CatalogLoader(asOf: Self.asOf).load().get().rules.first { $0.id == "RU-152FZ-LOCALIZATION" })
        #expect(rule.severity(on: CalendarDate(year: 2025, month: 6, day: 30)!) == .warning)
        #expect(rule.severity(on: CalendarDate(year: 2025, month: 7, day: 1)!) == .blocker)
    }

    static let badCases: [String] = {
        let folder = fixtures.appendingPathComponent("bad")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test(arguments: badCases)
    func brokenCatalogGivesItsExpectedDiagnostics(_ name: String) throws {
        let folder = Self.fixtures.appendingPathComponent("bad/\(name)")
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
        let files = try Self.catalogFiles(in: folder)
        let result = CatalogLoader(asOf: Self.asOf).load(layers: [CatalogFiles.shipped(), files])
        let diagnostics: [Diagnostic]
        switch result {
        case .success(let catalog): diagnostics = catalog.warnings
        case .failure(let error): diagnostics = error.diagnostics
        }
        let ours = diagnostics.filter { !($0.location?.file.hasPrefix("Catalog/") ?? false) }.map(\.description)
        #expect(ours.joined(separator: "\n") + "\n" == expected)
    }

    @Test func theBadCorpusIsNotEmpty() {
        #expect(Self.badCases.count >= 8)
    }

    @Test func overlayReplacesAProductByID() throws {
        let yaml = """
            id: trueconf
            name: TrueConf Server (local copy)
            category: videoconferencing
            vendor: {name: TrueConf, country: RU, source: "https://trueconf.ru", as_of: 2026-11-01}
            pricing:
              - {plan: Local, model: per_user_year, price: 100, currency: RUB, source: "КП № 1", as_of: 2026-11-01}
            """
        let overlay = [CatalogFile(role: .product, path: "mine/products/trueconf.yaml", bytes: Array(yaml.utf8))]
        let catalog = try CatalogLoader(asOf: Self.asOf).load(layers: [CatalogFiles.shipped(), overlay]).get()
        let product = try #require(catalog.product("trueconf"))
        #expect(product.name == "TrueConf Server (local copy)")
        #expect(product.pricing.first?.price == 100)
        #expect(catalog.products.count == (try CatalogLoader(asOf: Self.asOf).load().get().products.count))
    }

    @Test func fingerprintChangesWithAnyByte() throws {
        let a = Fingerprint.of([("a", Array("x: 1".utf8))])
        let b = Fingerprint.of([("a", Array("x: 2".utf8))])
        #expect(a != b && a.count == 16)
        #expect(a == Fingerprint.of([("a", Array("x: 1".utf8))]))
    }

    static func catalogFiles(in folder: URL) throws -> [CatalogFile] {
        var out: [CatalogFile] = []
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            guard let role = CatalogFile.role(ofRelativePath: relative) else { continue }
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(relative)))
            out.append(CatalogFile(role: role, path: relative, bytes: bytes))
        }
        return out.sorted { $0.path < $1.path }
    }
}
