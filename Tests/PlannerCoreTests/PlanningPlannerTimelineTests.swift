import Testing

@testable import PlannerCore

/// The timeline: phases dated in working days, procurement by the law, waves, blackouts.
extension PlanningPlannerTests {
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

    @Test func procurementLengthFollowsTheLaw() throws {
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
        // The sizing and the servers' own purchase come before the purchase they feed.
        let ids = onPrem.phase("preparation")?.checklist.map(\.id) ?? []
        let sizing = try #require(ids.firstIndex(of: "server-sizing"))
        let hardware = try #require(ids.firstIndex(of: "server-hardware"))
        let purchase = try #require(ids.firstIndex { $0.hasPrefix("procurement-") })
        let install = try #require(ids.firstIndex(of: "server-install"))
        #expect(sizing < hardware && hardware < purchase && purchase < install, "\(ids)")
        // The software is due when the server's installation starts: its last days of preparation.
        let installFrom = try #require(onPrem.serverInstallFrom)
        let preparationEnd = try #require(onPrem.phase("preparation")?.end)
        #expect(
            WorkingDays.shared(for: .weekendsOnly(country: "RU")).count(from: installFrom, through: preparationEnd)
                == a.serverSetupDays)
        let cloud = planner.plan(
            inventory: Self.inventory(start: d("2027-03-01"), catalog: Self.catalogWithShippedRegimes),
            catalog: Self.catalogWithShippedRegimes, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        #expect(cloud.serverInstallFrom == nil)
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
}
