/// The steps that need the service being replaced, and every task's due date.
///
/// For each service being replaced the plan has `old-service-notice:<product>` (tell the vendor
/// or reseller the contract will not be renewed) at the start, and `old-service-export:<product>`
/// (export the recordings, chats and contacts to keep) while the service still runs; when its
/// contract ends before the cut-over, also `contract-gap:<product>` (decide how the gap is
/// bridged) beside the notice; when a rule in force already bars using it (a use ban, a
/// data-location rule), first `interim-use:<product>` (decide in writing how to work with it
/// until the cut-over), due within two weeks of the plan's date (its as-of date, or the first
/// day when that comes earlier): the rule is broken every day the service runs, so a project
/// that starts later does not put the decision off.
///
/// Due dates (Docs/Planning.md §7):
/// - a task is due on the last day of its phase;
/// - a task that needs an old service (its export, closing its account, deleting its data, and
///   a step the law asks for during the parallel run or decommissioning, which concerns the old
///   services' data: then the latest `contract_end` counts) is due no later than the last
///   working day on or before that service's `contract_end`; when
///   that day comes before the task's phase starts, the task moves to the last phase that
///   starts on or before it (the first phase when none does);
/// - the notice (and the decision on a gap) is due `contractNoticeDays` calendar days before
///   `contract_end` (the last working day on or before), and no later than the end of
///   preparation; never before the plan's first day.
///
/// So when a contract ends before the cut-over, nothing that needs the service is due after
/// it ends; the parallel run then names only the services still under contract, and the
/// cut-over's rollback falls back only on those (`fallback`).
enum OldServiceTasks {
    /// Kinds of step that need the old service to be running.
    static let needOldService = PlanVocabulary.oldServiceIDs

    /// `useBarred` names the services a rule bars from use altogether (their free tier is no
    /// bridge over a gap), with the effects of those rules. `regulated` is true for a buyer
    /// under a procurement law: its contract ends on its term and is closed by whoever keeps it
    /// (acceptance, last payment), so the notice task asks for that instead of a notice against
    /// an automatic renewal; `excluded` (the rules exclude the service) says that it cannot be
    /// renewed or bought again.
    static func add(
        to phases: inout [Phase], inventory: Inventory, facts: PlanFacts, cutOver: CalendarDate?,
        excluded: Set<String> = [], useBarred: [String: Set<Rule.Effect>] = [:], regulated: Bool = false,
        asOf: CalendarDate, days: WorkingDays,
        assumptions a: PlanningAssumptions
    ) {
        for p in phases.indices {
            for i in phases[p].checklist.indices { phases[p].checklist[i].due = phases[p].end }
        }
        // Without a target nothing is replaced yet: the interim service stays as it is.
        guard let cutOver, let preparation = phases.firstIndex(where: { $0.kind == .preparation }),
            let firstDay = phases.first?.start
        else { return }

        var early: [ChecklistItem] = []
        // Two weeks from today, not from the project's start or the end of preparation: the
        // service breaks the rule every day it runs.
        let today = min(asOf, firstDay)
        let urgent = max(
            today, min(phases[preparation].end, lastWorkingDay(onOrBefore: today.adding(days: 14), days)))
        for service in inventory.services {
            if let effects = useBarred[service.product] {
                early.append(
                    ChecklistItem(
                        "interim-use",
                        [
                            PlanParameter("service", .text(service.product)), PlanParameter("cutOver", .date(cutOver)),
                            PlanParameter("dataLocation", .bool(effects.contains(.dataLocation))),
                            PlanParameter("useBan", .bool(effects.contains(.useBan))),
                        ], subjects: [service.product], due: urgent))
            }
            let end = service.contractEnd
            var noticeDue = phases[preparation].end
            if let end {
                let byNotice = lastWorkingDay(onOrBefore: end.adding(days: -a.contractNoticeDays), days)
                noticeDue = max(firstDay, min(noticeDue, byNotice))
            }
            var parameters = [PlanParameter("service", .text(service.product))]
            if let end { parameters.append(PlanParameter("contractEnd", .date(end))) }
            if let end, end < cutOver {
                early.append(
                    ChecklistItem(
                        "contract-gap",
                        parameters + [
                            PlanParameter("cutOver", .date(cutOver)),
                            PlanParameter("gapDays", .int(end.days(until: cutOver))),
                            // An excluded service cannot be renewed to bridge the gap, and one
                            // barred from use cannot bridge it on its free tier either.
                            PlanParameter("excluded", .bool(excluded.contains(service.product))),
                            PlanParameter("useBarred", .bool(useBarred[service.product] != nil)),
                        ], subjects: [service.product], due: noticeDue))
            }
            early.append(
                ChecklistItem(
                    "old-service-notice",
                    parameters + [
                        PlanParameter("noticeDays", .int(a.contractNoticeDays)),
                        PlanParameter("regulated", .bool(regulated)),
                        PlanParameter("excluded", .bool(excluded.contains(service.product))),
                        PlanParameter("free", .bool(service.isFree)),
                    ],
                    subjects: [service.product], due: noticeDue))
        }
        let afterTeam = phases[preparation].checklist.firstIndex { $0.id == "project-team" }.map { $0 + 1 } ?? 0
        phases[preparation].checklist.insert(contentsOf: early, at: afterTeam)

        // The export, while both services run; a larger archive starts earlier (`startBy`).
        let method = facts.migrationPaths.first { $0.kind == .importRecordings }?.method.rawValue ?? "unknown"
        if let parallel = phases.firstIndex(where: { $0.kind == .parallelRun }) {
            let exports = inventory.services.map { service in
                let gb = max(0, service.usage.recordingsGB ?? 0)
                var parameters = [
                    PlanParameter("service", .text(service.product)), PlanParameter("recordingsGB", .number(gb)),
                    PlanParameter("method", .text(method)),
                    PlanParameter("exportDays", .int(MigrationPlanner.recordingsExportDays(gb, assumptions: a))),
                ]
                if let end = service.contractEnd { parameters.append(PlanParameter("contractEnd", .date(end))) }
                return ChecklistItem(
                    "old-service-export", parameters, subjects: [service.product], due: phases[parallel].end)
            }
            phases[parallel].checklist.insert(contentsOf: exports, at: min(1, phases[parallel].checklist.count))
            let parallelStart = phases[parallel].start
            narrow("parallel-old-service-limited", "services", in: &phases, inventory: inventory) {
                $0 >= parallelStart
            }
            // The phase names the services that still run beside the new one (none: it is a
            // run with extra support, not a parallel run).
            let running = inventory.services.filter { ($0.contractEnd ?? parallelStart) >= parallelStart }
            if let index = phases[parallel].parameters.firstIndex(where: { $0.name == "services" }) {
                phases[parallel].parameters[index].value = .list(running.map(\.product))
            }
        }
        narrow("cutover-rollback-ready", "fallback", in: &phases, inventory: inventory) { $0 >= cutOver }
        if let last = phases.firstIndex(where: { $0.kind == .decommissioning }) {
            let start = phases[last].start
            let running = inventory.services.filter { ($0.contractEnd ?? start) >= start }
            if let index = phases[last].parameters.firstIndex(where: { $0.name == "services" }) {
                phases[last].parameters[index].value = .list(running.map(\.product))
            }
        }
        bringForward(&phases, inventory: inventory, days: days)
        for p in phases.indices {
            for i in phases[p].checklist.indices where phases[p].checklist[i].id == "old-service-export" {
                addStart(to: &phases[p].checklist[i], days: days)
            }
        }
    }

    /// Keeps in an item's list parameter only the services whose contract end passes `keep`
    /// (or that have none); drops an item left with no service, except the rollback, whose
    /// empty `fallback` says there is nothing to fall back on.
    private static func narrow(
        _ kind: String, _ name: String, in phases: inout [Phase], inventory: Inventory,
        keep: (CalendarDate) -> Bool
    ) {
        let kept = inventory.services.filter { $0.contractEnd.map(keep) ?? true }.map(\.product)
        for p in phases.indices {
            for i in phases[p].checklist.indices.reversed() where phases[p].checklist[i].id == kind {
                if kept.isEmpty, kind != "cutover-rollback-ready" {
                    phases[p].checklist.remove(at: i)
                    continue
                }
                let index = phases[p].checklist[i].parameters.firstIndex { $0.name == name }
                if let index { phases[p].checklist[i].parameters[index].value = .list(kept) }
            }
        }
    }

    /// Dates each step that needs an old service no later than its contract's last working
    /// day, moving it into an earlier phase when that day comes before its own.
    private static func bringForward(_ phases: inout [Phase], inventory: Inventory, days: WorkingDays) {
        var ends: [String: CalendarDate] = [:]
        for service in inventory.services {
            guard let end = service.contractEnd else { continue }
            ends[service.product] = min(ends[service.product] ?? end, end)
        }
        // A step the law asks for during the parallel run or decommissioning is about the old
        // services' data: it is due while the last of them still runs, when all of them end.
        let lastEnd = inventory.services.allSatisfy { $0.contractEnd != nil } ? ends.values.max() : nil
        func end(of item: ChecklistItem, in phase: Phase) -> CalendarDate? {
            if needOldService.contains(item.id), case .text(let product)? = item.parameter("service") {
                return ends[product]
            }
            if item.id == "legal-task", phase.kind == .parallelRun || phase.kind == .decommissioning { return lastEnd }
            return nil
        }
        var moved: [(phase: Int, item: ChecklistItem)] = []
        for p in phases.indices {
            var kept: [ChecklistItem] = []
            for var item in phases[p].checklist {
                guard let end = end(of: item, in: phases[p]) else {
                    kept.append(item)
                    continue
                }
                let limit = lastWorkingDay(onOrBefore: end, days)
                item.due = min(item.due ?? phases[p].end, limit)
                if limit >= phases[p].start {
                    kept.append(item)
                } else {
                    let target = phases.lastIndex { $0.start <= limit } ?? 0
                    moved.append((target, item))
                }
            }
            phases[p].checklist = kept
        }
        for entry in moved { phases[entry.phase].checklist.append(entry.item) }
    }

    /// The export's latest start: its working days counted back from its due date.
    private static func addStart(to item: inout ChecklistItem, days: WorkingDays) {
        guard case .int(let length)? = item.parameter("exportDays"), length > 1, let due = item.due else { return }
        item.parameters.append(PlanParameter("startBy", .date(days.adding(-(length - 1), workingDaysTo: due))))
    }

    /// The date itself when it is a working day, else the working day before it.
    static func lastWorkingDay(onOrBefore date: CalendarDate, _ days: WorkingDays) -> CalendarDate {
        days.isWorkingDay(date) ? date : days.adding(-1, workingDaysTo: date)
    }
}
