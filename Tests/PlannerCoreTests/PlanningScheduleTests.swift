import Testing

@testable import PlannerCore

/// Schedules that respect the old contract and the organization's year (issue #12): the old
/// service's notice and export, due dates, school holidays and teachers' leave, weeks, the
/// export's length.
@Suite struct PlanningScheduleTests {
    let d = PlanningPlannerTests.date
    typealias Fixture = PlanningPlannerTests

    /// Every task with its phase, in plan order.
    static func tasks(_ plan: MigrationPlan) -> [(phase: Phase, item: ChecklistItem)] {
        plan.phases.flatMap { phase in phase.checklist.map { (phase, $0) } }
    }

    // MARK: The old service's contract

    @Test(
        "A contract that ends before the cut-over: every task that needs the old service is due by its end",
        arguments: ["2027-03-10", "2027-03-25", "2027-03-26"])
    func contractEndsBeforeTheCutOver(end: String) throws {
        let contractEnd = d(end)
        let plan = Fixture.simple.plan(
            inventory: Fixture.inventory(contractEnd: contractEnd, recordingsGB: 250, start: d("2027-03-01")),
            catalog: Fixture.catalog, choice: Fixture.choose(Fixture.product()), asOf: d("2027-03-01"))
        let cutOver = try #require(plan.cutOver)
        #expect(contractEnd < cutOver)
        let tasks = Self.tasks(plan)
        for kind in ["old-service-notice", "old-service-export", "contract-gap", "account-close", "data-deletion"] {
            let found = try #require(tasks.first { $0.item.id == kind }, "\(kind)")
            #expect(found.item.taskID == "\(kind):zoom")
            #expect(try #require(found.item.due) <= contractEnd, "\(kind) is due after the contract ends")
            // It sits in a phase that starts by then.
            #expect(found.phase.start <= max(contractEnd, plan.phases[0].start), "\(kind) in \(found.phase.id)")
        }
        // Nothing relies on the old service after it ends: the parallel run keeps it for old
        // recordings only when it starts before the end, and no rollback returns to it.
        let parallel = try #require(plan.phase("parallel-run"))
        #expect(tasks.contains { $0.item.id == "parallel-old-service-limited" } == (parallel.start <= contractEnd))
        let rollback = try #require(tasks.first { $0.item.id == "cutover-rollback-ready" })
        #expect(rollback.item.parameter("fallback") == .list([]))
        // The notice and the gap decision come first, right after the project team.
        let preparation = try #require(plan.phase("preparation"))
        #expect(preparation.checklist.prefix(3).map(\.id) == ["project-team", "contract-gap", "old-service-notice"])
    }

    @Test("A contract that ends after the cut-over: notice at the start, export in the parallel run, rollback to it")
    func contractEndsAfterTheCutOver() throws {
        let plan = Fixture.simple.plan(
            inventory: Fixture.inventory(contractEnd: d("2027-12-31"), recordingsGB: 30, start: d("2027-03-01")),
            catalog: Fixture.catalog, choice: Fixture.choose(Fixture.product()), asOf: d("2027-03-01"))
        let tasks = Self.tasks(plan)
        let notice = try #require(tasks.first { $0.item.id == "old-service-notice" })
        #expect(notice.phase.id == "preparation")
        #expect(notice.item.due == notice.phase.end)
        let export = try #require(tasks.first { $0.item.id == "old-service-export" })
        #expect(export.phase.id == "parallel-run")
        #expect(export.item.due == export.phase.end)
        #expect(!tasks.contains { $0.item.id == "contract-gap" })
        #expect(tasks.contains { $0.item.id == "parallel-old-service-limited" })
        let rollback = try #require(tasks.first { $0.item.id == "cutover-rollback-ready" })
        #expect(rollback.item.parameter("fallback") == .list(["zoom"]))
        // Every other task is due on its phase's last day.
        for (phase, item) in tasks { #expect(item.due == phase.end, "\(item.taskID)") }
    }

    @Test("The notice is due 30 days before the contract ends, never after preparation nor before the first day")
    func noticeDueDate() throws {
        func notice(_ end: String) throws -> (due: CalendarDate?, first: CalendarDate, prep: CalendarDate) {
            let plan = Fixture.simple.plan(
                inventory: Fixture.inventory(contractEnd: d(end), start: d("2027-03-01")),
                catalog: Fixture.catalog, choice: Fixture.choose(Fixture.product()), asOf: d("2027-03-01"))
            let item = try #require(plan.phases.flatMap(\.checklist).first { $0.id == "old-service-notice" })
            return (item.due, plan.phases[0].start, try #require(plan.phase("preparation")).end)
        }
        // Preparation (5 working days) ends on Friday 5 March.
        #expect(try notice("2027-12-31").due == d("2027-03-05"))
        // 30 days before 4 April is Friday 5 March; before 3 April, Thursday 4 March.
        #expect(try notice("2027-04-04").due == d("2027-03-05"))
        #expect(try notice("2027-04-03").due == d("2027-03-04"))
        // A contract ending within 30 days: at once.
        #expect(try notice("2027-03-20").due == d("2027-03-01"))
    }

    /// A buyer under a procurement law does not assume its contract renews by itself: the
    /// notice task asks its lawyer or contract manager to read the contract.
    @Test(
        "The notice knows whether the buyer buys under a procurement law",
        arguments: [(Ownership.municipal, true), (Ownership.stateCompany, true), (Ownership.private, false)])
    func noticeUnderAProcurementLaw(ownership: Ownership, regulated: Bool) throws {
        let catalog = Fixture.catalogWithShippedRegimes
        let plan = Fixture.simple.plan(
            inventory: Fixture.inventory(
                ownership: ownership, contractEnd: d("2027-12-31"), start: d("2027-03-01"), catalog: catalog),
            catalog: catalog, choice: Fixture.choose(Fixture.product()), asOf: d("2027-03-01"))
        let notice = try #require(plan.phases.flatMap(\.checklist).first { $0.id == "old-service-notice" })
        #expect(notice.parameter("regulated") == .bool(regulated))
    }

    /// A service the inventory says costs nothing, with no contract end, has no contract to close.
    @Test(
        "The notice knows a free service has no contract",
        arguments: [(0.0, nil, true), (0.0, "2027-12-31", false), (120_000.0, nil, false)] as [(Double, String?, Bool)])
    func noticeForAFreeService(annualCost: Double, contractEnd: String?, free: Bool) throws {
        var inventory = Fixture.inventory(contractEnd: contractEnd.map(d), start: d("2027-03-01"))
        inventory.services[0].annualCost = annualCost
        let plan = Fixture.simple.plan(
            inventory: inventory, catalog: Fixture.catalog, choice: Fixture.choose(Fixture.product()),
            asOf: d("2027-03-01"))
        let notice = try #require(plan.phases.flatMap(\.checklist).first { $0.id == "old-service-notice" })
        #expect(notice.parameter("free") == .bool(free))
    }

    @Test("The export takes the organization's rate whatever its staff, and a long one says when to start")
    func exportLength() throws {
        for staff in [1, 9, 30] {
            var inventory = Fixture.inventory(
                users: 300, itStaff: staff, contractEnd: d("2027-12-31"), recordingsGB: 900, start: d("2027-03-01"))
            inventory.organization.itStaff = staff
            let plan = Fixture.simple.plan(
                inventory: inventory, catalog: Fixture.catalog, choice: Fixture.choose(Fixture.product()),
                asOf: d("2027-03-01"))
            #expect(plan.risk("recordings-move")?.parameter("exportDays") == .int(9), "staff \(staff)")
            let export = try #require(plan.phases.flatMap(\.checklist).first { $0.id == "old-service-export" })
            #expect(export.parameter("exportDays") == .int(9))
            // 9 working days back from its due date (inclusive).
            let due = try #require(export.due)
            #expect(export.parameter("startBy") == .date(WorkingDays.weekendsOnly().adding(-8, workingDaysTo: due)))
        }
    }

    // MARK: Weeks and the first day

    @Test("Ten weeks are 10 weeks; a plan started on a Sunday counts from Monday")
    func weeks() throws {
        // 5 + 4 working days, then the pilot of 5, a wave of 5, a parallel run of 5 and a
        // cut-over of 1: 25 working days from Monday 1 March end on Friday 2 April (5 weeks).
        let monday = Fixture.simple.plan(
            inventory: Fixture.inventory(start: d("2027-03-01")), catalog: Fixture.catalog,
            choice: Fixture.choose(Fixture.product()), asOf: d("2027-03-01"))
        #expect(monday.firstDay == d("2027-03-01"))
        let sunday = Fixture.simple.plan(
            inventory: Fixture.inventory(start: d("2027-02-28")), catalog: Fixture.catalog,
            choice: Fixture.choose(Fixture.product()), asOf: d("2027-02-28"))
        #expect(sunday.firstDay == d("2027-03-01"))
        #expect(monday.weeksToCutOver == sunday.weeksToCutOver)
        let cutOver = try #require(monday.cutOver)
        let days = monday.firstDay.days(until: cutOver) + 1
        #expect(monday.weeksToCutOver == (days + 3) / 7)
        // Monday to the Monday ten weeks later is 10 weeks, not 11.
        var ten = monday
        ten.cutOver = d("2027-05-10")
        #expect(ten.weeksToCutOver == 10)
        ten.cutOver = d("2027-05-07")
        #expect(ten.weeksToCutOver == 10)
    }

    // MARK: Schools

    static func school(start: String, mainSite: Int = 120, blackouts: [Blackout] = []) -> MigrationPlan {
        let inventory = Fixture.inventory(
            name: "МБОУ «СОШ № 1»", sector: .education, ownership: .municipal, users: mainSite + 20, itStaff: 1,
            sites: [Site(name: "Главный корпус", users: mainSite, roomSystems: 2), Site(name: "Филиал", users: 20)],
            start: PlanningPlannerTests.date(start), blackouts: blackouts, catalog: Fixture.catalogWithShippedRegimes)
        return MigrationPlanner().plan(
            inventory: inventory, catalog: Fixture.catalogWithShippedRegimes,
            choice: Fixture.choose(Fixture.product(onPremises: true)), asOf: PlanningPlannerTests.date(start))
    }

    @Test("A school's waves and cut-over stay out of the teachers' leave; its pilot out of the holidays")
    func schoolYear() throws {
        // Preparation from 1 March 2027 ends in May: the pilot moves past the exams and the summer.
        let plan = Self.school(start: "2027-03-01")
        let leave = try #require(plan.blackouts.first { $0.id == "school_teacher_leave" })
        #expect(leave.blocks == [.pilot, .wave, .cutOver])
        #expect(leave.from == d("2027-07-01") && leave.to == d("2027-08-25"))
        for phase in plan.phases where [.pilot, .wave, .cutOver].contains(phase.kind) {
            #expect(!leave.overlaps(from: phase.start, to: phase.end), "\(phase.id) \(phase.start)–\(phase.end)")
        }
        let pilot = try #require(plan.phase("pilot"))
        #expect(!(d("2027-05-27")...d("2027-08-31")).contains(pilot.start), "a pilot needs lessons")
        // A large school whose waves run from April into the summer: the wave that would reach
        // the leave moves past it, with a shift.
        let large = Self.school(start: "2027-01-11", mainSite: 600)
        let waveShift = try #require(large.shifts.first { $0.phase.hasPrefix("wave-") })
        #expect(waveShift.blackout.id == "school_teacher_leave")
        #expect(waveShift.newStart == d("2027-08-26"))
        #expect(large.phase(waveShift.phase)?.shifts == [waveShift])
        for phase in large.waves { #expect(!leave.overlaps(from: phase.start, to: phase.end), "\(phase.id)") }
    }

    @Test("An inventory blackout named like a calendar period replaces its typical dates")
    func ownDatesReplaceTypicalOnes() {
        let own = Self.school(
            start: "2027-03-01",
            blackouts: [Blackout(from: d("2027-03-20"), to: d("2027-03-29"), reason: "Весенние каникулы")])
        #expect(!own.blackouts.contains { $0.id == "school_spring_holidays" })
        #expect(own.blackouts.contains { $0.source == .inventory && $0.reason == "Весенние каникулы" })
        let typical = Self.school(start: "2027-03-01")
        #expect(typical.blackouts.contains { $0.id == "school_spring_holidays" })
    }

    @Test("The shipped calendars carry school holidays and teachers' leave, each with a source")
    func shippedEducationBreaks() throws {
        let calendars = AssessmentFixture.catalog.calendars
        for country in ["RU", "KZ"] {
            let calendar = try #require(calendars.first { $0.country == country })
            let ids = calendar.educationBreaks.map(\.id)
            #expect(ids.contains("school_summer_holidays") && ids.contains("school_teacher_leave"), "\(country)")
            for period in calendar.educationBreaks {
                #expect(period.source?.isEmpty == false, "\(country) \(period.id)")
                #expect(period.id.hasPrefix(period.appliesTo.rawValue + "_"), "\(country) \(period.id)")
            }
            let leave = try #require(calendar.educationBreaks.first { $0.id == "school_teacher_leave" })
            #expect(leave.blocks.contains(.wave))
        }
    }
}
