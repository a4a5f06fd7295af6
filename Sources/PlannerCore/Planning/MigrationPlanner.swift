/// Turns an inventory, the catalog and the recommended product into a `MigrationPlan`:
/// phases dated in working days from the start date, rollout waves per site, pilot and
/// cut-over moved past blackouts, deadline and contract checks, feature gaps, vendor
/// questions, a risk register and checklist facts.
///
/// Pure: no clock, no randomness, no dictionary-order iteration; the calendar is read from
/// the embedded `Catalog/calendars/<country>.yaml` unless one is given.
public struct MigrationPlanner: Sendable {
    /// Durations and limits (Docs/Planning.md).
    public var assumptions: PlanningAssumptions
    /// The holiday calendar to use; nil reads the shipped one for the organization's country
    /// (weekends only when none is shipped).
    public var calendar: HolidayCalendar?

    /// Creates a planner with the given assumptions and, optionally, a calendar.
    public init(assumptions: PlanningAssumptions = .standard, calendar: HolidayCalendar? = nil) {
        self.assumptions = assumptions
        self.calendar = calendar
    }

    /// The plan with the standard assumptions and the shipped calendar.
    public static func plan(inventory: Inventory, catalog: Catalog, assessment: Assessment) -> MigrationPlan {
        MigrationPlanner().plan(inventory: inventory, catalog: catalog, assessment: assessment)
    }

    /// The plan that follows the assessment's recommendation for the primary category, with
    /// each product run the way the assessment costed it (on premises or in the cloud), so
    /// that the plan's steps match the cost.
    public func plan(inventory: Inventory, catalog: Catalog, assessment: Assessment) -> MigrationPlan {
        var choice = PlanChoice(assessment: assessment, catalog: catalog)
        let justification = PriceJustification.build(
            inventory: inventory, assessment: assessment, catalog: catalog,
            recipients: PriceRequestRecipients.of(inventory: inventory, assessment: assessment))
        choice.route = ProcurementRoute.choose(
            regime: catalog.procurementRegime(inventory.organization.procurement), justification: justification,
            target: choice.target?.product.id, fallbackDays: assumptions.procurementDays)
        return plan(inventory: inventory, catalog: catalog, choice: choice, asOf: assessment.asOf)
    }

    /// The plan for moving `inventory`'s services to the chosen target. With no target
    /// (nothing is eligible) the plan holds the preparation and procurement phase only, with
    /// status `noEligibleProduct`.
    public func plan(inventory: Inventory, catalog: Catalog, choice: PlanChoice, asOf: CalendarDate) -> MigrationPlan {
        let target = choice.target?.product
        let organization = inventory.organization
        let a = assumptions
        let (holidayCalendar, available) = resolveCalendar(country: organization.country, catalog: catalog)
        let requested = inventory.plan.start ?? asOf
        let days = workingDays(holidayCalendar, from: requested, organization: organization, shared: calendar == nil)
        let institution: InstitutionKind? =
            organization.sector == .education
            ? organization.institution ?? holidayCalendar.institution(forName: organization.name) : nil
        let usage = UsageSummary(inventory)
        let deployment = choice.target?.deployment
        let staff = max(1, organization.itStaff)
        var gaps = target.map { FeatureGapFinder.gaps(inventory: inventory, catalog: catalog, target: $0) } ?? []
        gaps = gaps.filter { $0.status == .missing } + gaps.filter { $0.status == .toVerify }
        let questions =
            target.map { FeatureGapFinder.vendorQuestions(inventory: inventory, catalog: catalog, target: $0) } ?? []
        let facts = Self.facts(
            inventory: inventory, target: target, deployment: deployment, usage: usage, assumptions: a,
            domesticRegister: catalog.domesticRegister(for: organization.country)?.id)

        var timeline = Timeline(
            days: days, start: requested, inventoryBlackouts: inventory.plan.blackouts,
            institution: institution)
        var phases: [Phase] = []

        // Preparation and procurement.
        let regime = catalog.procurementRegime(organization.procurement)
        let procurementDays = choice.route?.days ?? regime?.procurementDays ?? a.procurementDays
        let serverDays = deployment == .onPremises ? a.serverSetupDays : 0
        let preparationLength = a.preparationDays + procurementDays + serverDays
        let preparation = timeline.next(length: preparationLength)
        phases.append(
            Phase(
                id: "preparation", kind: .preparation, start: preparation.start, end: preparation.end,
                workingDays: preparationLength,
                checklist: Checklists.preparation(
                    inventory: inventory, target: target, regime: regime, facts: facts, gaps: gaps,
                    questions: questions),
                parameters: [
                    PlanParameter("procurement", .text(organization.procurement)),
                    PlanParameter("preparationDays", .int(a.preparationDays)),
                    PlanParameter("procurementDays", .int(procurementDays)),
                    PlanParameter("serverSetupDays", .int(serverDays)),
                ]))

        var cutOverDate: CalendarDate?
        var shifts: [ScheduleShift] = []
        if target != nil {
            // Pilot: a small group on the first site, moved past any blackout.
            let pilotSite =
                (organization.sites.first { $0.users > 0 } ?? organization.sites.first)?.name ?? organization.name
            let pilot = timeline.nextAvoidingBlackouts(phase: "pilot", kind: .pilot, length: a.pilotDays)
            shifts += pilot.shifts
            phases.append(
                Phase(
                    id: "pilot", kind: .pilot, start: pilot.start, end: pilot.end, workingDays: a.pilotDays,
                    after: ["preparation"], shifts: pilot.shifts,
                    checklist: Checklists.pilot(facts: facts, gaps: gaps, site: pilotSite),
                    parameters: [
                        PlanParameter("users", .int(facts.pilotUsers)),
                        PlanParameter("site", .text(pilotSite)),
                        PlanParameter("meetingsWithoutFailure", .int(facts.pilotCriteria.meetingsWithoutFailure)),
                        PlanParameter("successfulJoinPercent", .int(facts.pilotCriteria.successfulJoinPercent)),
                        PlanParameter("satisfiedUsersPercent", .int(facts.pilotCriteria.satisfiedUsersPercent)),
                        PlanParameter("roomSystemsConnected", .int(facts.pilotCriteria.roomSystemsConnected)),
                    ]))

            // Rollout waves: one per site, or per block of a large site, kept out of the
            // breaks that keep waves out (teachers' leave); they share one checklist, held by
            // the last wave.
            var previous = "pilot"
            let waves = Self.waves(for: organization, assumptions: a)
            for wave in waves {
                let length = Self.waveLength(wave, staff: staff, assumptions: a)
                let id = "wave-\(wave.number)"
                let span = timeline.nextAvoidingBlackouts(phase: id, kind: .wave, length: length)
                shifts += span.shifts
                phases.append(
                    Phase(
                        id: id, kind: .wave, start: span.start, end: span.end, workingDays: length, after: [previous],
                        wave: wave, shifts: span.shifts,
                        checklist: wave.number == waves.count ? Checklists.waves(waves, facts: facts) : [],
                        parameters: [
                            PlanParameter("site", .text(wave.site)),
                            PlanParameter("users", .int(wave.users)),
                            PlanParameter("roomSystems", .int(wave.roomSystems)),
                            PlanParameter("part", .int(wave.part)),
                            PlanParameter("parts", .int(wave.parts)),
                            PlanParameter(
                                "capped", .bool(Self.uncappedWaveLength(wave, staff: staff, assumptions: a) > length)),
                        ]))
                previous = id
            }

            // Parallel run, then the cut-over moved past blackouts; the parallel run lasts
            // until the day before the cut-over.
            let parallelStart = timeline.cursor
            let minimumParallel = timeline.next(length: a.parallelRunDays)
            let cutOver = timeline.nextAvoidingBlackouts(phase: "cut-over", kind: .cutOver, length: a.cutOverDays)
            shifts += cutOver.shifts
            let parallelEnd = max(minimumParallel.end, days.adding(-1, workingDaysTo: cutOver.start))
            let parallelLength = days.count(from: parallelStart, through: parallelEnd)
            phases.append(
                Phase(
                    id: "parallel-run", kind: .parallelRun, start: parallelStart, end: parallelEnd,
                    workingDays: parallelLength, after: [previous],
                    checklist: Checklists.parallelRun(inventory: inventory, facts: facts),
                    parameters: [
                        PlanParameter("services", .list(inventory.services.map(\.product))),
                        PlanParameter("extendedDays", .int(parallelLength - a.parallelRunDays)),
                    ]))
            phases.append(
                Phase(
                    id: "cut-over", kind: .cutOver, start: cutOver.start, end: cutOver.end, workingDays: a.cutOverDays,
                    after: ["parallel-run"], shifts: cutOver.shifts,
                    checklist: Checklists.cutOver(inventory: inventory, facts: facts),
                    parameters: [PlanParameter("services", .list(inventory.services.map(\.product)))]))
            cutOverDate = cutOver.end

            // Decommissioning: close the foreign accounts, delete their data (the recordings are
            // exported before, while the service still runs).
            let decommissioningLength = a.decommissioningDays
            let decommissioning = timeline.next(length: decommissioningLength)
            phases.append(
                Phase(
                    id: "decommissioning", kind: .decommissioning, start: decommissioning.start,
                    end: decommissioning.end,
                    workingDays: decommissioningLength, after: ["cut-over"],
                    checklist: Checklists.decommissioning(inventory: inventory, facts: facts),
                    parameters: [
                        PlanParameter("services", .list(inventory.services.map(\.product))),
                        PlanParameter("recordingsGB", .number(usage.recordingsGB)),
                    ]))
        }

        // The steps the law asks of the organization; the steps that need the old service, dated
        // by its contract, and every task's due date; then: two services of one product or two
        // sites of one name would give two tasks one id.
        phases = Checklists.adding(choice.legalTasks, to: phases)
        OldServiceTasks.add(
            to: &phases, inventory: inventory, facts: facts, cutOver: cutOverDate, excluded: choice.excludedServices,
            useBarred: choice.useBarringEffects, regulated: regime?.regulated ?? false, asOf: asOf, days: days,
            assumptions: a)
        TaskID.makeUnique(&phases)
        let firstDay = phases.first?.start ?? days.firstWorkingDay(onOrAfter: requested)
        let end = phases.last?.end ?? firstDay
        let warnings = cutOverDate.map { Self.warnings(inventory: inventory, cutOver: $0, days: days) } ?? []
        let blackouts = timeline.blackouts(from: firstDay, through: end)
        let years = Array(firstDay.year...max(firstDay.year, min(end.year, WorkingDays.lastYear)))
        let summary = CalendarSummary(
            country: organization.country, available: available,
            transfersKnown: years.filter { holidayCalendar.transferYears.contains($0) },
            transfersUnknown: years.filter { !holidayCalendar.transferYears.contains($0) },
            institution: institution,
            sources: holidayCalendar.sources
                + holidayCalendar.transfers.filter { years.contains($0.year) }.map(\.source))
        let planPhases = phases
        let decommissioningEnd = planPhases.last { $0.kind == .decommissioning }?.end
        let risks = RiskRegister.risks(
            inventory: inventory, target: target, deployment: deployment, facts: facts, gaps: gaps,
            questions: questions, warnings: warnings, cutOver: cutOverDate, decommissioningEnd: decommissioningEnd,
            calendar: summary, usage: usage, assumptions: a, days: days)

        var migrationPlan = MigrationPlan(
            status: target == nil ? .noEligibleProduct : .ready,
            organizationID: organization.id, asOf: asOf, start: requested,
            target: target.map { PlanProduct(id: $0.id, name: $0.name, deployment: deployment ?? .unknown) },
            runnerUp: choice.runnerUp.map {
                PlanProduct(id: $0.product.id, name: $0.product.name, deployment: $0.deployment)
            },
            replacedServices: inventory.services.map(\.product), calendar: summary, phases: planPhases,
            cutOver: cutOverDate, end: end, totalWorkingDays: days.count(from: firstDay, through: end),
            shifts: shifts, holidaysSkipped: days.holidaySpans(from: firstDay, through: end), blackouts: blackouts,
            warnings: warnings, gaps: gaps, verifyWithVendor: questions, risks: risks, facts: facts, assumptions: a)
        migrationPlan.route = choice.route
        migrationPlan.useBarredServices = choice.useBarredServices
        if serverDays > 0, let preparation = phases.first(where: { $0.kind == .preparation }) {
            migrationPlan.serverInstallFrom = days.adding(-(serverDays - 1), workingDaysTo: preparation.end)
        }
        return migrationPlan
    }

    // MARK: Calendar

    /// The planner's own calendar, else the catalog's for the country; weekends only (and
    /// `available: false`, which the plan states) when the catalog has none.
    private func resolveCalendar(country: String, catalog: Catalog) -> (HolidayCalendar, Bool) {
        if let calendar { return (calendar, true) }
        if let known = catalog.calendar(for: country) { return (known, true) }
        return (.weekendsOnly(country: country), false)
    }

    /// The working days of the calendar: the process-wide tables of a catalog calendar (which
    /// compute and keep any year outside their first ones when first asked), else tables
    /// computed for this plan.
    private func workingDays(
        _ holidays: HolidayCalendar, from start: CalendarDate, organization: Organization, shared: Bool
    ) -> WorkingDays {
        if shared { return WorkingDays.shared(for: holidays) }
        return WorkingDays(calendar: holidays, years: yearRange(from: start, organization: organization))
    }

    /// Years to precompute: enough for the longest plan the inventory can produce, so the
    /// arithmetic stays a table lookup.
    private func yearRange(from start: CalendarDate, organization: Organization) -> ClosedRange<Int> {
        let staff = max(1, organization.itStaff)
        let a = assumptions
        let waveDays = Self.waves(for: organization, assumptions: a)
            .reduce(0) { $0 + Self.waveLength($1, staff: staff, assumptions: a) }
        let total =
            a.preparationDays + Self.longestProcurementDays + a.serverSetupDays + a.pilotDays + waveDays
            + a.parallelRunDays + a.cutOverDays + a.decommissioningDays + 400
        let years = total / 240 + 3
        return max(1, start.year - 1)...min(9999, start.year + years)
    }

    /// Procurement days enough for any regime when sizing the year tables (a longer regime
    /// only computes a later year's table on demand).
    static let longestProcurementDays = 120

    // MARK: Waves

    /// The most blocks one site is split into; a larger site gets larger blocks.
    static let maxBlocksPerSite = 20

    /// One wave per site with users or room systems, in inventory order; a site with more
    /// than `maxWaveUsers` users is split into equal blocks (the first blocks take the
    /// remainder, the first block the room systems).
    static func waves(for organization: Organization, assumptions: PlanningAssumptions) -> [Wave] {
        var waves: [Wave] = []
        for (index, site) in organization.sites.enumerated() where site.users > 0 || site.roomSystems > 0 {
            let limit = max(1, assumptions.maxWaveUsers)
            let parts = min(maxBlocksPerSite, max(1, (site.users + limit - 1) / limit))
            let base = site.users / parts
            let remainder = site.users % parts
            for part in 1...parts {
                waves.append(
                    Wave(
                        number: waves.count + 1, site: site.name, siteIndex: index, part: part, parts: parts,
                        users: base + (part <= remainder ? 1 : 0),
                        roomSystems: part == 1 ? site.roomSystems : 0))
            }
        }
        return waves
    }

    /// Working days a wave takes: users over what the staff moves a day, plus room systems,
    /// never less than `minWaveDays` nor more than `maxWaveDays`.
    static func waveLength(_ wave: Wave, staff: Int, assumptions a: PlanningAssumptions) -> Int {
        max(a.minWaveDays, min(a.maxWaveDays, uncappedWaveLength(wave, staff: staff, assumptions: a)))
    }

    static func uncappedWaveLength(_ wave: Wave, staff: Int, assumptions a: PlanningAssumptions) -> Int {
        let userDays = ceilDiv(wave.users, staff * max(1, a.usersPerStaffDay))
        let roomDays = ceilDiv(wave.roomSystems, staff * max(1, a.roomSystemsPerStaffDay))
        return userDays + roomDays
    }

    /// Working days to export `gb` of recordings: the organization's rate, whatever its staff
    /// (the download from the old service and its limits are the bottleneck, not hands).
    static func recordingsExportDays(_ gb: Double, assumptions a: PlanningAssumptions) -> Int {
        guard gb > 0 else { return 0 }
        return Int(saturating: min(1_000_000, (gb / Double(max(1, a.recordingsGBPerDay))).rounded(.up)))
    }

    static func ceilDiv(_ a: Int, _ b: Int) -> Int { a <= 0 ? 0 : (a + b - 1) / b }

    // MARK: Facts

    static func facts(
        inventory: Inventory, target: Product?, deployment: Deployment?, usage: UsageSummary,
        assumptions a: PlanningAssumptions, domesticRegister: String?
    ) -> PlanFacts {
        let organization = inventory.organization
        let wanted = Set(inventory.requirements.must.map(\.capability) + inventory.requirements.want.map(\.capability))
        func uses(_ id: String) -> Bool { usage.features.contains(id) || wanted.contains(id) }
        let sip = target.map { FeatureGapFinder.knowledge(of: "interop.sip", in: $0) }
        let h323 = target.map { FeatureGapFinder.knowledge(of: "interop.h323", in: $0) }
        var connects: Bool?
        if sip == .confirmedTrue || h323 == .confirmedTrue {
            connects = true
        } else if sip == .confirmedFalse && h323 == .confirmedFalse {
            connects = false
        }
        let share = (organization.users * a.pilotSharePercent + 99) / 100
        let pilotUsers = min(organization.users, min(a.pilotMaxUsers, max(a.pilotMinUsers, share)))
        let pilotSite = organization.sites.first { $0.users > 0 } ?? organization.sites.first
        let pilotRooms = connects == false ? 0 : min(2, pilotSite?.roomSystems ?? 0)
        let entry = domesticRegister.flatMap { target?.registries[$0] }
        return PlanFacts(
            procurement: organization.procurement, deployment: deployment,
            needsServerSizing: deployment == .onPremises, needsLDAP: uses("auth.ldap"), needsSSO: uses("auth.sso"),
            hasMoodle: uses("integrations.moodle"), hasOutlook: uses("integrations.outlook"),
            hasCalendar: uses("integrations.calendar"), hasWebinars: uses("webinars") || usage.webinarAttendees > 0,
            roomSystems: organization.roomSystems, targetConnectsRoomSystems: target == nil ? nil : connects,
            recordingsGB: usage.recordingsGB,
            migrationPaths: (target?.migration ?? []).sorted { $0.kind.rawValue < $1.kind.rawValue },
            users: organization.users, sites: organization.sites.count, itStaff: organization.itStaff,
            usersPerITStaff: organization.itStaff > 0
                ? ceilDiv(organization.users, organization.itStaff) : organization.users,
            pilotUsers: pilotUsers,
            pilotCriteria: PilotCriteria(
                meetingsWithoutFailure: 10, successfulJoinPercent: 95, satisfiedUsersPercent: 80,
                roomSystemsConnected: pilotRooms),
            latestContractEnd: inventory.services.compactMap(\.contractEnd).max(),
            deadline: organization.deadline,
            registryNumber: entry?.number, registryListed: entry.map { $0.listed && $0.provenance.isReliable })
    }

    // MARK: Warnings

    /// A warning when the cut-over comes after the deadline, and one per service whose
    /// contract ends before it; in date order.
    static func warnings(inventory: Inventory, cutOver: CalendarDate, days: WorkingDays) -> [ScheduleWarning] {
        var warnings: [ScheduleWarning] = []
        if let deadline = inventory.organization.deadline, deadline < cutOver {
            warnings.append(
                ScheduleWarning(
                    kind: .deadlineMiss, date: deadline, cutOver: cutOver,
                    gapWorkingDays: days.count(from: deadline.adding(days: 1), through: cutOver)))
        }
        for service in inventory.services {
            guard let end = service.contractEnd, end < cutOver else { continue }
            warnings.append(
                ScheduleWarning(
                    kind: .contractEnd, date: end, cutOver: cutOver,
                    gapWorkingDays: days.count(from: end.adding(days: 1), through: cutOver),
                    service: service.product))
        }
        return warnings.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(
            \.element)
    }
}
