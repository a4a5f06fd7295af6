/// Checks of a read inventory as a whole that warn, not refuse: the file is valid, but the
/// user would want to know before planning on it. Each check is small and named.
enum InventoryChecks {
    /// Every warning for `inventory`, whose plan starts on `plan.start` or else `asOf`, in
    /// `language`.
    static func warnings(
        for inventory: Inventory, locations: InventoryLocations, asOf: CalendarDate?, language: Language = .en
    ) -> [Diagnostic] {
        guard let start = inventory.plan.start ?? asOf else { return [] }
        let startRef: InventoryMessage.Start = inventory.plan.start == nil ? .asOf(start) : .planStart(start)
        let found =
            startInThePast(inventory, locations, asOf) + deadlineBeforeStart(inventory, locations, startRef, start)
            + contractsEndedBeforeStart(inventory, locations, startRef, start)
        return found.map { Diagnostic(.warning, $0.message.text(language), at: $0.location) }
    }

    typealias Finding = (message: InventoryMessage, location: SourceLocation?)

    /// A plan that starts before the day it is made: usually a typo in a year (2017 for
    /// 2027), which would date every phase in the past without a word.
    static func startInThePast(
        _ inventory: Inventory, _ locations: InventoryLocations, _ asOf: CalendarDate?
    ) -> [Finding] {
        guard let start = inventory.plan.start, let asOf, start < asOf else { return [] }
        return [(.startInThePast(start, asOf: asOf), locations.start)]
    }

    /// A deadline before the plan starts cannot be met: usually a typo in a year.
    static func deadlineBeforeStart(
        _ inventory: Inventory, _ locations: InventoryLocations,
        _ startRef: InventoryMessage.Start, _ start: CalendarDate
    ) -> [Finding] {
        guard let deadline = inventory.organization.deadline, deadline < start else { return [] }
        return [(.deadlineBeforeStart(deadline, startRef), locations.deadline)]
    }

    /// A contract that has already ended when the plan starts: the service may already be
    /// gone, or the date is stale, and the plan's cut-over dates depend on it.
    static func contractsEndedBeforeStart(
        _ inventory: Inventory, _ locations: InventoryLocations,
        _ startRef: InventoryMessage.Start, _ start: CalendarDate
    ) -> [Finding] {
        inventory.services.enumerated().compactMap { index, service in
            guard let end = service.contractEnd, end < start else { return nil }
            return (.contractEndedBeforeStart(index: index, end: end, startRef), locations.contractEnds[index])
        }
    }
}
