import Testing

@testable import PlannerCore

/// MigrationPlanner: phases, waves, blackouts, deadline and contract checks, gaps, risks.
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

    // MARK: Timeline

    @Test func phasesAreDatedInWorkingDays() throws {
        // Mon 1 March 2027: preparation 5 days, pilot 5, one wave 5, parallel run 5, cut-over 1.
        let plan = Self.simple.plan(
            inventory: Self.inventory(start: d("2027-03-01")), catalog: Self.catalog,
            choice: Self.choose(Self.product()), asOf: d("2027-02-15"))
        #expect(plan.status == .ready)
        #expect(
            plan.phases.map(\.id) == ["preparation", "pilot", "wave-1", "parallel-run", "cut-over", "decommissioning"])
        let dates = plan.phases.map { "\($0.start)…\($0.end)" }
        #expect(
            dates == [
                "2027-03-01…2027-03-05", "2027-03-08…2027-03-12", "2027-03-15…2027-03-19",
                "2027-03-22…2027-03-26", "2027-03-29…2027-03-29", "2027-03-30…2027-04-05",
            ])
        #expect(plan.cutOver == d("2027-03-29"))
        #expect(plan.end == d("2027-04-05"))
        #expect(plan.totalWorkingDays == 26)
        #expect(plan.phase("wave-1")?.after == ["pilot"])
        #expect(plan.warnings.isEmpty)
        #expect(plan.target?.deployment == .cloud)
    }

    @Test func aStartOnAWeekendBeginsOnMonday() {
        let plan = Self.simple.plan(
            inventory: Self.inventory(start: nil), catalog: Self.catalog,
            choice: Self.choose(Self.product()), asOf: d("2027-02-27"))
        #expect(plan.start == d("2027-02-27"))
        #expect(plan.phases.first?.start == d("2027-03-01"))
    }

    @Test func procurementLengthFollowsTheLaw() {
        let planner = MigrationPlanner(calendar: .weekendsOnly(country: "RU"))
        func preparation(_ ownership: Ownership) -> Int? {
            planner.plan(
                inventory: Self.inventory(
                    ownership: ownership, start: d("2027-03-01"), catalog: Self.catalogWithShippedRegimes),
                catalog: Self.catalogWithShippedRegimes, choice: Self.choose(Self.product()), asOf: d("2027-03-01")
            ).phase("preparation")?.workingDays
        }
        func days(_ regime: String) -> Int {
            Self.catalogWithShippedRegimes.procurementRegime(regime)?.procurementDays ?? -1
        }
        let a = PlanningAssumptions.standard
        #expect(preparation(.municipal) == a.preparationDays + days("44-FZ"))
        #expect(preparation(.stateCompany) == a.preparationDays + days("223-FZ"))
        #expect(preparation(.private) == a.preparationDays + days("none"))
        #expect(days("44-FZ") > days("223-FZ") && days("223-FZ") > days("none"))
        let onPrem = planner.plan(
            inventory: Self.inventory(start: d("2027-03-01"), catalog: Self.catalogWithShippedRegimes),
            catalog: Self.catalogWithShippedRegimes, choice: Self.choose(Self.product(onPremises: true)),
            asOf: d("2027-03-01"))
        #expect(onPrem.phase("preparation")?.workingDays == a.preparationDays + days("none") + a.serverSetupDays)
        #expect(onPrem.facts.needsServerSizing)
        #expect(onPrem.phase("preparation")?.checklist.contains { $0.id == "server-sizing" } == true)
    }

    @Test func oneWavePerSiteAndBlocksForLargeSites() {
        let sites = [
            Site(name: "Главный корпус", users: 600, roomSystems: 3), Site(name: "Филиал", users: 20),
            Site(name: "Склад", users: 0), Site(name: "Переговорная", users: 0, roomSystems: 1),
        ]
        let plan = Self.simple.plan(
            inventory: Self.inventory(users: 620, itStaff: 2, sites: sites, start: d("2027-03-01")),
            catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        let waves = plan.waves.compactMap(\.wave)
        #expect(waves.map(\.site) == ["Главный корпус", "Главный корпус", "Главный корпус", "Филиал", "Переговорная"])
        #expect(waves.map(\.users) == [200, 200, 200, 20, 0])
        #expect(waves.map(\.roomSystems) == [3, 0, 0, 0, 1])
        #expect(waves.map { "\($0.part)/\($0.parts)" } == ["1/3", "2/3", "3/3", "1/1", "1/1"])
        #expect(plan.waves.map(\.id) == ["wave-1", "wave-2", "wave-3", "wave-4", "wave-5"])
        // 200 users / (2 staff × 10 a day) = 10 days, plus 3 room systems / (2 × 2) = 1 day.
        #expect(plan.waves.map(\.workingDays) == [11, 10, 10, 5, 5])
        // Waves follow one another without gaps.
        for (previous, next) in zip(plan.waves, plan.waves.dropFirst()) {
            #expect(next.start == previous.end.adding(days: previous.end.weekday == 5 ? 3 : 1))
        }
        // The waves share one checklist, held by the last wave.
        #expect(plan.waves.last?.checklist.contains { $0.id == "wave-room-systems" } == true)
        #expect(plan.waves.dropLast().allSatisfy { $0.checklist.isEmpty })
    }

    @Test func oneSiteWhenTheInventoryGivesNone() {
        let plan = Self.simple.plan(
            inventory: Self.inventory(users: 40, start: d("2027-03-01")), catalog: Self.catalog,
            choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        #expect(plan.waves.count == 1)
        #expect(plan.waves.first?.wave?.users == 40)
    }

    // MARK: Blackouts

    @Test func aSchoolPilotMovesPastTheExamPeriodAndTheSummer() throws {
        // Standard durations on the Russian calendar: preparation ends in May 2027, so the pilot
        // would run into ОГЭ/ЕГЭ (20 May – 30 June), then into the summer holidays (to 31
        // August, no lessons), and moves to 1 September.
        let school = Self.inventory(
            name: "МБОУ «Гимназия № 5»", sector: .education, ownership: .municipal, users: 140,
            itStaff: 2,
            sites: [
                Site(name: "Главный корпус", users: 120, roomSystems: 2),
                Site(name: "Филиал", users: 20),
            ],
            start: d("2027-03-15"), catalog: Self.catalogWithShippedRegimes)
        let plan = MigrationPlanner().plan(
            inventory: school, catalog: Self.catalogWithShippedRegimes,
            choice: Self.choose(Self.product(onPremises: true)), asOf: d("2027-03-15"))
        let pilot = try #require(plan.phase("pilot"))
        #expect(plan.calendar.institution == .school)
        #expect(pilot.start == d("2027-09-01"))
        #expect(pilot.shifts.contains { $0.blackout.id == "school_exams" && $0.blackout.source == .examPeriod })
        #expect(pilot.shifts.last?.blackout.id == "school_summer_holidays")
        #expect(pilot.shifts.last?.blackout.source == .educationBreak)
        #expect(pilot.shifts.last?.newStart == d("2027-09-01"))
        #expect(plan.shifts.filter { $0.phase == "pilot" } == pilot.shifts)
        #expect(plan.blackouts.contains { $0.id == "school_exams" })
        // The May holidays fall in the plan and are not counted.
        #expect(plan.holidaysSkipped.contains { $0.breakID == "may_holidays" })
        // 2027's decree transfers are not in the data: the plan says to check the calendar.
        #expect(plan.calendar.transfersUnknown.contains(2027))
        #expect(plan.risk("calendar-unverified") != nil)
    }

    @Test func aCommercialPilotIgnoresExamPeriods() throws {
        let office = Self.inventory(users: 140, itStaff: 2, start: d("2027-03-15"))
        let plan = MigrationPlanner().plan(
            inventory: office, catalog: Self.catalog, choice: Self.choose(Self.product(onPremises: true)),
            asOf: d("2027-03-15"))
        #expect(plan.calendar.institution == nil)
        #expect(plan.shifts.allSatisfy { $0.blackout.source != .examPeriod })
        #expect(try #require(plan.phase("pilot")).start < d("2027-06-01"))
    }

    @Test func aPilotMovesPastTheMayHolidays() throws {
        // A private company's preparation (5 + 10 + 5 server days) from Monday 29 March 2027 ends
        // on 23 April; a pilot from 26 April would cross the May holidays (1–10 May 2027, joined
        // over 4–7 May), so it starts on 11 May.
        let catalog = Self.catalogWithShippedRegimes
        let plan = MigrationPlanner().plan(
            inventory: Self.inventory(users: 140, itStaff: 2, start: d("2027-03-29"), catalog: catalog),
            catalog: catalog, choice: Self.choose(Self.product(onPremises: true)), asOf: d("2027-03-29"))
        let pilot = try #require(plan.phase("pilot"))
        #expect(plan.phase("preparation")?.end == d("2027-04-23"))
        #expect(pilot.shifts.map(\.blackout.id) == ["may_holidays"])
        #expect(pilot.shifts.first?.originalStart == d("2027-04-26"))
        #expect(pilot.shifts.first?.blackout.from == d("2027-05-01"))
        #expect(pilot.shifts.first?.blackout.to == d("2027-05-10"))
        #expect(pilot.start == d("2027-05-11"))
        #expect(plan.calendar.country == "RU")
    }

    @Test func aCutOverMovesPastTheInventoryBlackoutAndTheParallelRunGrows() throws {
        let blackout = Blackout(from: d("2027-03-29"), to: d("2027-04-02"), reason: "Отчётный период")
        let plan = Self.simple.plan(
            inventory: Self.inventory(start: d("2027-03-01"), blackouts: [blackout]),
            catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        let cutOver = try #require(plan.phase("cut-over"))
        #expect(cutOver.start == d("2027-04-05"))
        #expect(cutOver.shifts.count == 1)
        #expect(cutOver.shifts.first?.blackout.reason == "Отчётный период")
        #expect(cutOver.shifts.first?.blackout.id == "blackout-1")
        #expect(cutOver.shifts.first?.days == 7)
        let parallel = try #require(plan.phase("parallel-run"))
        #expect(parallel.end == d("2027-04-02"))
        #expect(parallel.workingDays == 10)
        #expect(parallel.parameter("extendedDays") == .int(5))
    }

    // MARK: Deadline and contract

    @Test func aMissedDeadlineIsReportedWithItsGap() throws {
        // Cut-over on Monday 29 March 2027; deadline Friday 19 March: 10 days, 6 working days late.
        let plan = Self.simple.plan(
            inventory: Self.inventory(deadline: d("2027-03-19"), start: d("2027-03-01")),
            catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        let warning = try #require(plan.warnings.first { $0.kind == .deadlineMiss })
        #expect(warning.date == d("2027-03-19"))
        #expect(warning.cutOver == d("2027-03-29"))
        #expect(warning.gapDays == 10)
        #expect(warning.gapWorkingDays == 6)
        let risk = try #require(plan.risk("deadline-miss"))
        #expect(risk.likelihood == .high && risk.impact == .high)
        #expect(risk.parameter("gapDays") == .int(10))
        #expect(plan.risks.first?.exposure == 9)
    }

    @Test func aDeadlineAfterTheCutOverRaisesNoWarning() {
        let plan = Self.simple.plan(
            inventory: Self.inventory(deadline: d("2027-06-30"), start: d("2027-03-01")),
            catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        #expect(plan.warnings.isEmpty)
        #expect(plan.risk("deadline-miss") == nil)
        #expect(plan.risk("deadline-tight") == nil)
    }

    @Test func aContractEndingBeforeTheCutOverIsWarned() throws {
        let plan = Self.simple.plan(
            inventory: Self.inventory(contractEnd: d("2027-03-25"), start: d("2027-03-01")),
            catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        let warning = try #require(plan.warnings.first { $0.kind == .contractEnd })
        #expect(warning.service == "zoom")
        #expect(warning.gapDays == 4)
        #expect(plan.risk("contract-end-zoom")?.parameter("contractEnd") == .date(d("2027-03-25")))
        // Closing the account needs the service: it is due by the contract's end, in the phase
        // that runs then, not in decommissioning.
        #expect(plan.phase("decommissioning")?.checklist.contains { $0.id == "account-close" } == false)
        let close = try #require(plan.phases.flatMap(\.checklist).first { $0.id == "account-close" })
        #expect(close.due == d("2027-03-25"))
    }

    @Test func aContractEndingDuringDecommissioningLimitsTheRecordingsExport() {
        let plan = Self.simple.plan(
            inventory: Self.inventory(
                contractEnd: d("2027-03-31"), recordingsGB: 80,
                start: d("2027-03-01")),
            catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        #expect(plan.warnings.isEmpty)
        #expect(plan.risk("recordings-export-window-zoom") != nil)
        #expect(plan.risk("recordings-move")?.parameter("method") == .text("manual"))
        #expect(plan.facts.recordingsGB == 80)
    }

    // MARK: Gaps, questions, risks

    @Test func featureGapsCarryTheCatalogsWorkaround() throws {
        let inventory = Self.inventory(
            features: ["breakout_rooms", "recording.cloud", "polls", "transcription"], peak: 150,
            want: [Want(capability: "breakout_rooms", weight: 5), Want(capability: "whiteboard", weight: 2)],
            start: d("2027-03-01"))
        let plan = Self.simple.plan(
            inventory: inventory, catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        #expect(
            plan.gaps.map(\.capability) == ["breakout_rooms", "meetings.max_participants", "polls", "transcription"])
        #expect(plan.gaps.map(\.status) == [.missing, .missing, .toVerify, .toVerify])
        let breakout = plan.gaps[0]
        #expect(breakout.workaround?.ru == "обход breakout_rooms")
        #expect(breakout.services == ["zoom"])
        let limit = plan.gaps[1]
        #expect(limit.needed == 150 && limit.available == 100)
        let risk = try #require(plan.risk("gap-breakout_rooms"))
        #expect(risk.likelihood == .high && risk.impact == .high)
        #expect(risk.mitigations == ["apply-workaround", "ask-vendor-roadmap"])
        #expect(plan.risk("gap-transcription")?.likelihood == .low)
        #expect(plan.risk("gap-polls")?.likelihood == .medium)
        // Wants the catalog does not know: ask the vendor.
        #expect(plan.verifyWithVendor.map(\.capability) == ["whiteboard"])
        #expect(plan.verifyWithVendor.first?.knowledge == .unknown)
        #expect(
            plan.phase("pilot")?.checklist.first { $0.id == "pilot-verify" }?.parameter("capabilities")
                == .list(["polls", "transcription"]))
    }

    @Test func exploitedAdvisoriesAndOnPremisesRisks() throws {
        let advisory = Advisory(
            id: "CVE-2026-0001", summary: LocalizedText(ru: "x", en: "x"), cvss: 7.8, exploited: true)
        let plan = Self.simple.plan(
            inventory: Self.inventory(start: d("2027-03-01")), catalog: Self.catalog,
            choice: Self.choose(Self.product(onPremises: true, advisories: [advisory])), asOf: d("2027-03-01"))
        let risk = try #require(plan.risk("advisory-CVE-2026-0001"))
        #expect(risk.category == .security)
        #expect(
            risk.mitigations == [
                "ask-vendor-fixed-version", "install-fixed-version-before-pilot",
                "verify-update-path", "restrict-admin-access",
            ])
        #expect(plan.risk("on-premises-single-point")?.likelihood == .medium)
        #expect(plan.phase("preparation")?.checklist.contains { $0.id == "security-update" } == true)
    }

    @Test func roomSystemsAndStaffLoad() {
        var product = Self.product()
        product.capabilities["interop.sip"] = Self.fact(false)
        product.capabilities["interop.h323"] = Self.fact(false)
        let inventory = Self.inventory(
            users: 400, itStaff: 1, sites: [Site(name: "HQ", users: 400, roomSystems: 6)],
            start: d("2027-03-01"))
        let plan = Self.simple.plan(
            inventory: inventory, catalog: Self.catalog, target: product, runnerUp: nil,
            asOf: d("2027-03-01"))
        #expect(plan.risk("room-systems-no-sip")?.likelihood == .high)
        #expect(plan.risk("room-systems-no-sip")?.impact == .high)
        #expect(plan.facts.targetConnectsRoomSystems == false)
        #expect(plan.facts.pilotCriteria.roomSystemsConnected == 0)
        #expect(plan.risk("staff-load")?.likelihood == .high)
        #expect(plan.risk("staff-load")?.parameter("usersPerITStaff") == .int(400))
    }

    @Test func risksAreOrderedByExposureThenID() {
        let inventory = Self.inventory(
            deadline: d("2027-03-10"), features: ["breakout_rooms", "polls"],
            start: d("2027-03-01"))
        let plan = Self.simple.plan(
            inventory: inventory, catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        let keys = plan.risks.map { (-$0.exposure, $0.id) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    }

    // MARK: No target

    @Test func withoutAnEligibleProductThePlanCoversProcurementOnly() throws {
        let inventory = Self.inventory(
            ownership: .federal, deadline: d("2027-03-19"), contractEnd: d("2027-03-01"),
            features: ["breakout_rooms"], start: d("2027-03-01"))
        let plan = Self.simple.plan(
            inventory: inventory, catalog: Self.catalog, target: nil, runnerUp: nil,
            asOf: d("2027-03-01"))
        #expect(plan.status == .noEligibleProduct)
        #expect(plan.target == nil)
        #expect(plan.phases.map(\.id) == ["preparation"])
        #expect(plan.cutOver == nil)
        #expect(plan.end == d("2027-03-05"))
        #expect(plan.gaps.isEmpty && plan.verifyWithVendor.isEmpty && plan.warnings.isEmpty)
        #expect(plan.risks.map(\.id).contains("no-eligible-product"))
        let ids = try #require(plan.phase("preparation")).checklist.map(\.id)
        #expect(ids.contains("market-research") && ids.contains("procurement-exception"))
        #expect(plan.facts.deployment == nil)
    }

    // MARK: Determinism

    @Test func sameInputsGiveEqualPlans() {
        let inventory = Self.inventory(
            name: "МБОУ СОШ № 1", sector: .education, ownership: .municipal, users: 300,
            itStaff: 2, deadline: d("2027-06-01"),
            sites: [Site(name: "A", users: 200, roomSystems: 2), Site(name: "B", users: 100)],
            contractEnd: d("2027-05-31"), features: ["breakout_rooms", "polls", "auth.ldap"],
            recordingsGB: 120, start: d("2027-01-11"),
            blackouts: [Blackout(from: d("2027-08-01"), to: d("2027-08-31"), reason: "отпуска")])
        let advisory = Advisory(id: "CVE-1", summary: LocalizedText(ru: "x", en: "x"), exploited: true)
        let first = MigrationPlanner().plan(
            inventory: inventory, catalog: Self.catalog,
            target: Self.product(onPremises: true, advisories: [advisory]),
            runnerUp: Self.product(id: "other"), asOf: d("2027-01-11"))
        for _ in 0..<5 {
            let again = MigrationPlanner().plan(
                inventory: inventory, catalog: Self.catalog,
                target: Self.product(onPremises: true, advisories: [advisory]),
                runnerUp: Self.product(id: "other"), asOf: d("2027-01-11"))
            #expect(again == first)
        }
    }

    @Test func theShippedCatalogPlansDeterministically() throws {
        let catalog = try CatalogLoader(asOf: d("2026-11-29")).load().get()
        let target = try #require(catalog.product("trueconf"))
        let inventory = Self.inventory(
            name: "МБОУ «Гимназия № 5»", sector: .education, ownership: .municipal,
            users: 140, itStaff: 2, deadline: d("2027-08-31"),
            sites: [
                Site(name: "Главный корпус", users: 120, roomSystems: 2),
                Site(name: "Филиал", users: 20),
            ],
            contractEnd: d("2027-06-30"),
            features: [
                "breakout_rooms", "polls", "recording.cloud", "interop.sip",
                "integrations.moodle", "auth.ldap",
            ],
            recordingsGB: 80, start: d("2027-01-15"))
        let one = MigrationPlanner.plan(
            inventory: inventory, catalog: catalog, target: target, runnerUp: nil,
            asOf: d("2026-11-29"))
        let two = MigrationPlanner.plan(
            inventory: inventory, catalog: catalog, target: target, runnerUp: nil,
            asOf: d("2026-11-29"))
        #expect(one == two)
        #expect(one.status == .ready)
        #expect(one.risks.contains { $0.kind == "advisory" })
        #expect(one.facts.hasMoodle && one.facts.needsLDAP)
    }

    // MARK: Vocabulary

    @Test func everyIDThePlannerEmitsIsInTheVocabulary() {
        let advisory = Advisory(id: "CVE-1", summary: LocalizedText(ru: "x", en: "x"), exploited: true)
        var noRooms = Self.product(onPremises: true, advisories: [advisory])
        noRooms.capabilities["interop.sip"] = nil
        let inventories = [
            Self.inventory(
                users: 400, itStaff: 0, deadline: d("2027-03-10"),
                sites: [Site(name: "A", users: 300, roomSystems: 2), Site(name: "B", users: 100)],
                contractEnd: d("2027-03-12"),
                features: [
                    "breakout_rooms", "polls", "auth.ldap",
                    "integrations.moodle", "transcription",
                ],
                recordingsGB: 900, peak: 300, want: [Want(capability: "whiteboard", weight: 1)],
                start: d("2027-03-01")),
            Self.inventory(
                ownership: .municipal, deadline: d("2027-05-01"), contractEnd: d("2027-04-01"),
                recordingsGB: 10, start: d("2027-03-01")),
            Self.inventory(ownership: .stateCompany, start: d("2027-03-01")),
        ]
        var checklist: Set<String> = []
        var kinds: Set<String> = []
        var mitigations: Set<String> = []
        for inventory in inventories {
            for target in [Self.product(), noRooms, nil] as [Product?] {
                let plan = MigrationPlanner().plan(
                    inventory: inventory, catalog: Self.catalog, target: target,
                    runnerUp: nil, asOf: d("2027-03-01"))
                for phase in plan.phases {
                    for item in phase.checklist {
                        // A step that needs the old service may move to an earlier phase.
                        #expect(
                            PlanVocabulary.checklistIDs[phase.kind]?.contains(item.id) == true
                                || PlanVocabulary.oldServiceIDs.contains(item.id), "\(item.id)")
                        checklist.insert(item.id)
                    }
                }
                for risk in plan.risks {
                    #expect(PlanVocabulary.riskKinds.contains(risk.kind), "\(risk.kind)")
                    #expect(risk.id == risk.kind || risk.id.hasPrefix(risk.kind + "-"))
                    kinds.insert(risk.kind)
                    for mitigation in risk.mitigations {
                        #expect(PlanVocabulary.mitigationIDs.contains(mitigation), "\(mitigation)")
                        mitigations.insert(mitigation)
                    }
                }
            }
        }
        #expect(PlanVocabulary.riskKinds == PlanVocabulary.riskKinds.sorted())
        #expect(PlanVocabulary.mitigationIDs == PlanVocabulary.mitigationIDs.sorted())
        // The fixtures reach most of the vocabulary.
        #expect(kinds.count >= 10)
        #expect(checklist.count >= 35)
    }

    // MARK: Limits

    @Test func hugeInventoriesStayBoundedAndOrdered() {
        // 2 000 sites with 10 000 room systems each and no IT staff: waves are capped at
        // maxWaveDays, the plan ends long after year 9999 is out of reach of holidays, and
        // nothing traps.
        let sites = (0..<2000).map { Site(name: "S\($0)", users: 300, roomSystems: 10_000) }
        let inventory = Self.inventory(users: 600_000, itStaff: 0, sites: sites, start: d("2027-01-15"))
        let plan = MigrationPlanner().plan(
            inventory: inventory, catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-01-15"))
        #expect(plan.waves.count == 4000)
        #expect(plan.waves.allSatisfy { $0.workingDays <= PlanningAssumptions.standard.maxWaveDays })
        #expect(plan.waves.first?.parameter("capped") == .bool(true))
        #expect(zip(plan.phases, plan.phases.dropFirst()).allSatisfy { $0.end < $1.start })
        #expect(plan.risk("staff-load")?.likelihood == .high)
    }
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
