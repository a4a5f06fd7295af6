/// Checks of a read inventory as a whole that warn, not refuse: the file is valid, but the
/// user would want to know before planning on it. Each check is small and named.
enum InventoryChecks {
    /// Every warning for `inventory`, whose plan starts on `plan.start` or else `asOf`.
    static func warnings(for inventory: Inventory, locations: InventoryLocations, asOf: CalendarDate?) -> [Diagnostic] {
        guard let start = inventory.plan.start ?? asOf else { return [] }
        let startText = inventory.plan.start == nil ? "the as-of date (\(start))" : "plan.start (\(start))"
        return deadlineBeforeStart(inventory, locations, start, startText)
            + contractsEndedBeforeStart(inventory, locations, start, startText)
    }

    /// A deadline before the plan starts cannot be met: usually a typo in a year.
    static func deadlineBeforeStart(
        _ inventory: Inventory, _ locations: InventoryLocations,
        _ start: CalendarDate, _ startText: String
    ) -> [Diagnostic] {
        guard let deadline = inventory.organization.deadline, deadline < start else { return [] }
        return [
            .warning(
                "organization.deadline: \(deadline) is before \(startText); the plan cannot finish in time",
                at: locations.deadline)
        ]
    }

    /// A contract that has already ended when the plan starts: the service may already be
    /// gone, or the date is stale, and the plan's cut-over dates depend on it.
    static func contractsEndedBeforeStart(
        _ inventory: Inventory, _ locations: InventoryLocations,
        _ start: CalendarDate, _ startText: String
    ) -> [Diagnostic] {
        inventory.services.enumerated().compactMap { index, service in
            guard let end = service.contractEnd, end < start else { return nil }
            return .warning(
                "services[\(index)].contract_end: the contract ends on \(end), before \(startText); "
                    + "check the date or whether the service is still in use",
                at: locations.contractEnds[index])
        }
    }
}
