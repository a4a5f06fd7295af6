import Testing

@testable import PlannerCore

/// MigrationPlanner's tests share one suite, split by topic over files (PlanningPlanner*.swift):
/// phases, waves, blackouts, deadline and contract checks, gaps, risks, determinism. This file
/// holds the suite and its fixtures.
@Suite struct PlanningPlannerTests {
    static func date(_ text: String) -> CalendarDate {
        guard case .success(let date) = CalendarDate.parse(text) else { fatalError("bad date \(text)") }
        return date
    }

    let d = PlanningPlannerTests.date

    // MARK: Fixtures

    static func capability(_ id: String, workaround: Bool = true, kind: Capability.Kind = .bool) -> Capability {
        Capability(
            id: id, kind: kind, unit: kind == .number ? LocalizedText(ru: "чел.", en: "people") : nil,
            name: LocalizedText(ru: id, en: id), description: LocalizedText(ru: id, en: id),
            workaround: workaround && kind == .bool ? LocalizedText(ru: "обход \(id)", en: "workaround \(id)") : nil)
    }

    static func fact(_ value: Bool, confirmed: Bool = true) -> CapabilityFact {
        CapabilityFact(value: .bool(value), provenance: Provenance(confidence: confirmed ? .confirmed : .unconfirmed))
    }

    static let capabilityIDs = [
        "breakout_rooms", "polls", "recording.cloud", "transcription", "interop.sip",
        "interop.h323", "integrations.moodle", "auth.ldap", "deployment.on_premises",
        "deployment.cloud", "whiteboard",
    ]

    static func product(id: String = "videomeet", onPremises: Bool = false, advisories: [Advisory] = []) -> Product {
        Product(
            id: id, name: "VideoMeet", category: "videoconferencing",
            vendor: Vendor(name: "Vendor", country: "RU"),
            registries: ["ru_software": RegistryEntry(listed: true, number: "1234")],
            capabilities: [
                "breakout_rooms": fact(false),
                "recording.cloud": fact(true),
                "transcription": fact(true, confirmed: false),
                "interop.sip": fact(true),
                "auth.ldap": fact(true),
                "deployment.on_premises": fact(onPremises),
                "deployment.cloud": fact(!onPremises),
                "meetings.max_participants": CapabilityFact(value: .number(100)),
            ],
            advisories: advisories,
            migration: [
                MigrationPath(kind: .importUsers, method: .ldap),
                MigrationPath(kind: .importRecordings, method: .manual),
            ])
    }

    /// One procurement regime of 4 days, so dates can be checked by hand.
    static let regime = ProcurementRegime(
        id: "test", key: "test", name: LocalizedText(ru: "тест", en: "test"), regulated: true, procurementDays: 4,
        checklist: ["procurement-direct"])

    static let catalog = Catalog(
        capabilities: capabilityIDs.map { capability($0) } + [capability("meetings.max_participants", kind: .number)],
        products: [product()], rules: [], procurementRegimes: [regime], fallbackRegime: regime.id,
        calendars: AssessmentFixture.catalog.calendars, fingerprint: "test")

    /// The same with the shipped procurement regimes (44-FZ, 223-FZ, none).
    static let catalogWithShippedRegimes = Catalog(
        capabilities: catalog.capabilities, products: catalog.products, rules: [],
        procurementRegimes: AssessmentFixture.catalog.procurementRegimes,
        fallbackRegime: AssessmentFixture.catalog.fallbackRegime, calendars: catalog.calendars, fingerprint: "test")

    /// Small durations, so dates can be checked by hand on a weekends-only calendar.
    static let small = PlanningAssumptions(
        preparationDays: 1, procurementDays: 4,
        serverSetupDays: 0, pilotDays: 5, pilotSharePercent: 5, pilotMinUsers: 5, pilotMaxUsers: 30,
        usersPerStaffDay: 10, roomSystemsPerStaffDay: 2, minWaveDays: 5, maxWaveUsers: 250,
        parallelRunDays: 5, cutOverDays: 1, decommissioningDays: 5, recordingsGBPerDay: 100, usersPerStaffWarning: 150)

    static func inventory(
        name: String = "ООО «Пример»", sector: Sector = .commercial, ownership: Ownership = .private,
        users: Int = 10, itStaff: Int = 1, deadline: CalendarDate? = nil,
        sites: [Site] = [], contractEnd: CalendarDate? = nil, features: [String] = [],
        recordingsGB: Double? = nil, peak: Int? = nil, must: [MustRequirement] = [],
        want: [Want] = [], start: CalendarDate?, blackouts: [Blackout] = [], catalog: Catalog = catalog
    ) -> Inventory {
        Inventory(
            file: "inventory.yaml",
            organization: Organization(
                name: name, id: "example", country: "RU", sector: sector, ownership: ownership,
                procurement: catalog.defaultRegime(country: "RU", ownership: ownership) ?? "", users: users,
                itStaff: itStaff, deadline: deadline, sites: sites),
            services: [
                Service(
                    product: "zoom", contractEnd: contractEnd,
                    usage: Usage(peakParticipants: peak, recordingsGB: recordingsGB), featuresUsed: features)
            ],
            requirements: Requirements(must: must, want: want),
            plan: PlanSettings(start: start, blackouts: blackouts))
    }

    /// The planner's choice of `product`, run on premises when it can be.
    static func choose(_ product: Product) -> PlanChoice {
        PlanChoice(target: .init(product: product, deployment: product.canRunOnPremises ? .onPremises : .cloud))
    }

    /// A planner over a weekends-only calendar with the small durations.
    static let simple = MigrationPlanner(assumptions: small, calendar: .weekendsOnly(country: "RU"))
}

extension MigrationPlanner {
    /// A plan toward `target` (run on premises when it can be), for tests that pick the
    /// target themselves instead of assessing.
    func plan(
        inventory: Inventory, catalog: Catalog, target: Product?, runnerUp: Product?, asOf: CalendarDate
    ) -> MigrationPlan {
        func chosen(_ product: Product?) -> PlanChoice.Chosen? {
            product.map { .init(product: $0, deployment: $0.canRunOnPremises ? .onPremises : .cloud) }
        }
        return plan(
            inventory: inventory, catalog: catalog,
            choice: PlanChoice(target: chosen(target), runnerUp: chosen(runnerUp)),
            asOf: asOf)
    }

    /// The same with the standard planner.
    static func plan(
        inventory: Inventory, catalog: Catalog, target: Product?, runnerUp: Product?, asOf: CalendarDate
    ) -> MigrationPlan {
        MigrationPlanner().plan(inventory: inventory, catalog: catalog, target: target, runnerUp: runnerUp, asOf: asOf)
    }
}
