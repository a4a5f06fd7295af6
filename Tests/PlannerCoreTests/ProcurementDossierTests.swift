import Foundation
import Testing

@testable import PlannerCore

/// What the procurement documents state (issue #13), against the shipped catalog and examples.
@Suite("Procurement documents: what they state")
struct ProcurementDossierTests {
    typealias F = AssessmentFixture
    static let asOf = F.date("2026-11-29")
    static let examples = [
        "school-44fz.yaml", "university-gis.yaml", "state-company-kii.yaml", "private-firm.yaml", "kz-state-body.yaml",
    ]

    static func example(_ name: String) throws -> Inventory {
        let path = InventoryTestSupport.packageRoot.appendingPathComponent("Examples/\(name)").path
        return try InventoryLoader(catalog: F.catalog, asOf: asOf).load(contentsOf: path).get()
    }

    static func dossier(_ inventory: Inventory, catalog: Catalog = F.catalog) -> ProcurementDossier {
        let assessment = assess(inventory, against: catalog, asOf: asOf)
        let plan = MigrationPlanner.plan(inventory: inventory, catalog: catalog, assessment: assessment)
        return ProcurementDossier.build(inventory: inventory, assessment: assessment, plan: plan, catalog: catalog)
    }

    // MARK: - Arithmetic

    @Test("Mean, sample standard deviation and coefficient of variation of known figures")
    func statistics() throws {
        let three = try #require(PriceStatistics(prices: [100, 110, 120]))
        #expect(three.mean == 110)
        #expect(abs((three.standardDeviation ?? 0) - 10) < 1e-9, "√((100 + 0 + 100) / 2) = 10")
        #expect(abs((three.variation ?? 0) - 100.0 / 11.0) < 1e-9, "10 / 110 × 100")
        let two = try #require(PriceStatistics(prices: [2_100_000, 2_550_000]))
        #expect(two.mean == 2_325_000)
        #expect(abs((two.standardDeviation ?? 0) - 318_198.051_533_946_4) < 1e-6)
        #expect(abs((two.variation ?? 0) - 13.685_937) < 1e-6)
        let one = try #require(PriceStatistics(prices: [132_000]))
        #expect(one.mean == 132_000 && one.standardDeviation == nil && one.variation == nil)
        #expect(PriceStatistics(prices: []) == nil)
        let zero = try #require(PriceStatistics(prices: [0, 0]))
        #expect(zero.standardDeviation == 0 && zero.variation == nil, "no variation of a zero mean")
    }

    @Test("The university's justification: the quotes' own figures, the short one left out, who to ask")
    func universityJustification() throws {
        let inventory = try Self.example("university-gis.yaml")
        let justification = Self.dossier(inventory).justification
        // Computed here from the inventory: one-time + annual of each quote.
        let price = { (id: String) -> Double in
            let quote = inventory.quote(for: id)
            return (quote?.oneTime ?? 0) + (quote?.annual ?? 0)
        }
        #expect(justification.offers.map(\.product) == ["trueconf", "mts-link", "videomost"], "rank order")
        #expect(justification.offers.first?.exclusion == .licencesShort, "600 connections for 1 200 attendees")
        #expect(justification.counted.map(\.product) == ["mts-link", "videomost"])
        #expect(justification.counted.map(\.price) == [price("mts-link"), price("videomost")])
        let mean = (price("mts-link") + price("videomost")) / 2
        #expect(justification.statistics?.mean == mean)
        #expect(justification.minimumPrices == 3 && justification.missing == 1)
        #expect(justification.initialPrice == nil, "two prices are fewer than the three the plan asks for")
        #expect(justification.estimate == mean)
        #expect(justification.variationLimit == 33, "secondary: stated")
        #expect(justification.homogeneous == true)
        #expect(justification.askFrom == ["trueconf", "iva", "yandex-telemost"])
    }

    @Test("Three homogeneous offers set the price; heterogeneous ones do not; an excluded product's offer never counts")
    func initialPrice() throws {
        let organization = F.organization(sector: .government, ownership: .regional)
        let quotes = { (prices: [Double]) in
            zip(["trueconf", "iva", "mts-link"], prices).map { Quote(product: $0, annual: $1) }
                + [Quote(product: "zoom", annual: 1)]
        }
        var inventory = F.inventory(organization, quotes: quotes([100_000, 110_000, 120_000]))
        var justification = Self.dossier(inventory).justification
        #expect(justification.offers.first { $0.product == "zoom" }?.exclusion == .notEligible)
        #expect(justification.counted.count == 3)
        #expect(justification.initialPrice == 110_000)
        #expect(justification.askFrom.isEmpty)
        inventory = F.inventory(organization, quotes: quotes([100_000, 110_000, 300_000]))
        justification = Self.dossier(inventory).justification
        #expect((justification.statistics?.variation ?? 0) > 33)
        #expect(justification.homogeneous == false && justification.initialPrice == nil)
        #expect(!justification.askFrom.isEmpty, "more offers are needed")
    }

    // MARK: - Route

    @Test("The shipped catalog never chooses the single-supplier route: its thresholds are not verified")
    func routeUnverified() throws {
        for name in Self.examples {
            let inventory = try Self.example(name)
            let route = Self.dossier(inventory).route
            let regime = try #require(F.catalog.procurementRegime(inventory.organization.procurement))
            #expect(route.kind == (regime.regulated ? .competitive : .direct), "\(name)")
            #expect(route.days == regime.procurementDays, "\(name)")
            #expect(route.alternative?.limit?.statedValue == nil, "\(name)")
        }
        let school = Self.dossier(try Self.example("school-44fz.yaml")).route
        #expect(school.alternative?.days == 10, "named as one to check")
        // Kontur's 132 000 is the only offer that counts; TrueConf's, 136 000 for 25 of 152
        // connections, is the least the recommended product's first year costs.
        #expect(school.amount == 136_000 && school.amountBasis == .offer && school.amountIsFloor)
        #expect(school.product == "trueconf")
    }

    /// The school with a reliable single-supplier limit of 600 000 ₽ for 44-FZ.
    static func catalogWithLimit(_ value: Double) throws -> Catalog {
        var regimes = F.catalog.procurementRegimes
        let index = try #require(regimes.firstIndex { $0.id == "44-FZ" })
        regimes[index].singleSupplier?.limit = ProcurementRegime.Fact(
            value: value, currency: "RUB", source: "https://example.test/limit", confidence: .confirmed)
        return Catalog(
            capabilities: F.catalog.capabilities, products: F.catalog.products, rules: F.catalog.rules,
            registers: F.catalog.registers, procurementRegimes: regimes, fallbackRegime: F.catalog.fallbackRegime,
            calendars: F.catalog.calendars, jurisdictions: F.catalog.jurisdictions, fingerprint: "test")
    }

    @Test("An offer of the recommended product that lacks licences is a floor: the limit cannot be shown to hold")
    func routeFloor() throws {
        let inventory = try Self.example("school-44fz.yaml")
        let catalog = try Self.catalogWithLimit(600_000)
        let route = Self.dossier(inventory, catalog: catalog).route
        #expect(route.kind == .competitive, "136 000 is within 600 000, but 127 more connections are not priced")
        #expect(route.amount == 136_000 && route.amountIsFloor && route.alternative != nil)
    }

    @Test("The amount is the larger of the offers' mean and the recommended product's own price")
    func routeAmount() throws {
        let regime = try #require(try Self.catalogWithLimit(600_000).procurementRegime("44-FZ"))
        func offer(_ product: String, _ price: Double, _ exclusion: PriceJustification.Exclusion? = nil)
            -> PriceJustification.Offer
        {
            PriceJustification.Offer(
                product: product, rank: 1, oneTime: 0, annual: price, licences: [], exclusion: exclusion)
        }
        func route(_ offers: [PriceJustification.Offer], target: String?) -> ProcurementRoute {
            let justification = PriceJustification(
                offers: offers, statistics: PriceStatistics(prices: offers.filter(\.counts).map(\.price)),
                minimumPrices: 3, variationLimit: nil, askFrom: [], currency: "RUB")
            return ProcurementRoute.choose(
                regime: regime, justification: justification, target: target, fallbackDays: 5)
        }
        // The target's offer below the mean: the mean, a preliminary estimate.
        let below = route([offer("a", 100_000), offer("b", 300_000)], target: "a")
        #expect(below.amount == 200_000 && below.amountBasis == .estimate && below.product == nil)
        #expect(below.kind == .singleSupplier && !below.amountIsFloor)
        // Above the mean and above the limit: its own price, and the competitive route.
        let above = route([offer("a", 700_000), offer("b", 100_000)], target: "a")
        #expect(above.amount == 700_000 && above.amountBasis == .offer && above.product == "a")
        #expect(above.kind == .competitive)
        // Without a target, or with an excluded one, the mean alone.
        #expect(route([offer("a", 700_000), offer("b", 100_000)], target: nil).amount == 400_000)
        let excluded = route([offer("a", 700_000, .notEligible), offer("b", 100_000)], target: "a")
        #expect(excluded.amount == 100_000 && excluded.product == nil)
        // No offer counts and the target's lacks licences: its price, as a floor.
        let short = route([offer("a", 50_000, .licencesShort)], target: "a")
        #expect(short.amount == 50_000 && short.amountBasis == .offer && short.amountIsFloor)
        #expect(short.kind == .competitive)
    }

    @Test("A reliable limit that covers the amount chooses the single-supplier route, and the plan is shorter")
    func routeVerified() throws {
        // TrueConf's offer without its connection count: it counts, and 136 000 is within 600 000.
        let url = InventoryTestSupport.packageRoot.appendingPathComponent("Examples/school-44fz.yaml")
        let yaml = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
            of: "    connections: 25\n", with: "")
        let inventory = try InventoryLoader(catalog: F.catalog, asOf: Self.asOf).load(
            Array(yaml.utf8), file: "school.yaml"
        )
        .get()
        var regimes = F.catalog.procurementRegimes
        let index = try #require(regimes.firstIndex { $0.id == "44-FZ" })
        regimes[index].singleSupplier?.limit = ProcurementRegime.Fact(
            value: 600_000, currency: "RUB", source: "https://example.test/limit", confidence: .confirmed)
        let catalog = Catalog(
            capabilities: F.catalog.capabilities, products: F.catalog.products, rules: F.catalog.rules,
            registers: F.catalog.registers, procurementRegimes: regimes, fallbackRegime: F.catalog.fallbackRegime,
            calendars: F.catalog.calendars, jurisdictions: F.catalog.jurisdictions, fingerprint: "test")
        let assessment = assess(inventory, against: catalog, asOf: Self.asOf)
        let plan = MigrationPlanner.plan(inventory: inventory, catalog: catalog, assessment: assessment)
        #expect(plan.route?.kind == .singleSupplier && plan.route?.days == 10)
        let shipped = MigrationPlanner.plan(
            inventory: inventory, catalog: F.catalog, assessment: assess(inventory, against: F.catalog, asOf: Self.asOf)
        )
        #expect(shipped.route?.kind == .competitive)
        let days = { (plan: MigrationPlan) in plan.phase("preparation")?.workingDays ?? 0 }
        #expect(days(shipped) - days(plan) == 20, "30 working days for the auction, 10 for the small purchase")
        // An amount above the limit keeps the competitive route.
        regimes[index].singleSupplier?.limit?.value = 100_000
        let tight = ProcurementRoute.choose(
            regime: regimes[index], justification: Self.dossier(inventory).justification, fallbackDays: 10)
        #expect(tight.kind == .competitive)
    }
}
