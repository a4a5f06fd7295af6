import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// Source quality (catalog.md, Revision 2): a fact resting only on a secondary source, and a
/// stale one (older than 18 months), is said to be so wherever it is shown: next to it in the
/// plan's sources, and in `plan catalog show`.
@Suite("Source quality: secondary and stale facts are flagged")
struct SourceQualityTests {
    /// A product of a user's catalog: its vendor fact is stale, its price secondary, its chat
    /// capability neither.
    static let product = """
        id: acme-vc
        name: Acme VC
        category: videoconferencing
        vendor: {name: Acme, country: RU, source: "https://acme.example/about", as_of: 2020-01-01}
        capabilities:
          chat: {value: true, source: "https://acme.example/docs", as_of: 2026-10-01}
          screen_sharing: {value: true, source: "https://acme.example/docs", as_of: 2026-10-01}
        pricing:
          - {plan: Base, model: per_user_year, price: 1000, currency: RUB, source: "https://news.example/acme", as_of: 2026-10-01, confidence: secondary}

        """

    /// A private firm that uses Acme VC today (so the plan relies on its facts).
    static let inventory = """
        schema: 1
        organization:
          name: "ООО «Ромашка»"
          country: RU
          sector: commercial
          ownership: private
          procurement: none
          users: 40
        services:
          - product: acme-vc
            features_used: [chat]
        plan:
          language: en
          start: 2027-02-01

        """

    static func plan(language: String) async throws -> String {
        let folder = try TemporaryFolder()
        try folder.write(Self.product, to: "catalog/products/acme-vc.yaml")
        try folder.write(Self.inventory, to: "org.yaml")
        let run = await App.run(
            [
                "generate", folder.file("org.yaml"), "--catalog", folder.file("catalog"), "--stdout", "--no-history",
                "--lang", language,
            ] + App.asOf)
        try #require(run.status == 0, "\(run)")
        return run.stdout
    }

    @Test("the plan says 'secondary source' and 'stale' next to those facts, and explains both once")
    func planFlagsThem() async throws {
        let english = try await Self.plan(language: "en")
        let rows = english.split(separator: "\n").filter { $0.hasPrefix("| Acme VC |") }
        #expect(
            rows.contains { $0.hasPrefix("| Acme VC | vendor: Acme (**stale**: as of 2020-01-01) |") }, "\(rows)")
        #expect(rows.contains { $0.hasPrefix("| Acme VC | price \"Base\" (secondary source) |") }, "\(rows)")
        #expect(rows.contains { $0.hasPrefix("| Acme VC | Chat |") }, "a fresh, primary fact is not flagged: \(rows)")
        #expect(english.contains("\nA *secondary source* is a third party relaying the fact"))
        #expect(english.contains("\nA **stale** fact was last checked more than 18 months before this plan's date"))

        let russian = try await Self.plan(language: "ru")
        let ruRows = russian.split(separator: "\n").filter { $0.hasPrefix("| Acme VC |") }
        #expect(ruRows.contains { $0.contains("поставщик: Acme (**устарело**: данные на 01.01.2020)") }, "\(ruRows)")
        #expect(ruRows.contains { $0.contains("цена «Base» (вторичный источник)") }, "\(ruRows)")
        #expect(russian.contains("\n*Вторичный источник* — сведения передаёт третья сторона"))
    }

    @Test("catalog show flags every stale fact it shows, and every secondary one, for every shipped product")
    func catalogShowFlagsThem() async throws {
        let catalog = CatalogCommandTests.shipped
        for product in catalog.products {
            let run = await App.run(["catalog", "show", product.id] + App.asOf, width: 1000)
            #expect(run.status == 0)
            let stale = product.allProvenance.filter { catalog.isStale($0) }.count
            #expect(
                run.stdout.components(separatedBy: "STALE (dated before 2025-05-29)").count - 1 == stale,
                "\(product.id): \(stale) stale facts")
            let secondary = product.allProvenance.filter(\.isSecondary).count
            #expect(
                run.stdout.components(separatedBy: "; secondary source").count - 1 == secondary,
                "\(product.id): \(secondary) secondary facts")
        }
    }

    @Test("catalog validate passes, and each stale decision fact it warns about is one catalog show flags")
    func validateAndShowAgree() async throws {
        let validate = await App.run(["catalog", "validate"] + App.asOf)
        #expect(validate.status == 0, "\(validate)")
        let catalog = CatalogCommandTests.shipped
        var flagged = 0
        for product in catalog.products {
            let show = await App.run(["catalog", "show", product.id] + App.asOf, width: 1000)
            for (what, provenance) in product.decisionFacts where catalog.isStale(provenance) {
                flagged += 1
                let date = try #require(provenance.asOf)
                #expect(show.stdout.contains("as of \(date); STALE (dated before"), "\(product.id): \(what)")
            }
        }
        let warnings = validate.stderrLines.filter { $0.contains("older than 18 months") }
        #expect(warnings.count == flagged, "\(warnings)")
    }
}
