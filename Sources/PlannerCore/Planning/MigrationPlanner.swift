/// Turns an inventory, the catalog and the recommended product into a `MigrationPlan`.
public struct MigrationPlanner: Sendable {
    /// Durations and limits (Docs/Planning.md).
    public var assumptions: PlanningAssumptions

    /// Creates a planner with the given assumptions.
    public init(assumptions: PlanningAssumptions = .standard) {
        self.assumptions = assumptions
    }

    /// The plan for moving `inventory`'s services to `target` (nil when no product is
    /// eligible: the plan then covers preparation and procurement only).
    public func plan(inventory: Inventory, catalog: Catalog, target: Product?, runnerUp: Product?,
                     asOf: CalendarDate) -> MigrationPlan {
        let start = inventory.plan.start ?? asOf
        return MigrationPlan(
            status: target == nil ? .noEligibleProduct : .ready, organizationID: inventory.organization.id,
            asOf: asOf, start: start, target: nil, runnerUp: nil, replacedServices: inventory.services.map(\.product),
            calendar: CalendarSummary(country: inventory.organization.country, available: false), phases: [],
            cutOver: nil, end: start, totalWorkingDays: 0, shifts: [], holidaysSkipped: [], blackouts: [],
            warnings: [], gaps: [], verifyWithVendor: [], risks: [],
            facts: PlanFacts(procurement: inventory.organization.procurement, deployment: nil, needsServerSizing: false,
                             needsLDAP: false, needsSSO: false, hasMoodle: false, hasOutlook: false, hasCalendar: false,
                             hasWebinars: false, roomSystems: 0, targetConnectsRoomSystems: nil, recordingsGB: 0,
                             migrationPaths: [], users: inventory.organization.users, sites: 0, itStaff: 0,
                             usersPerITStaff: 0, pilotUsers: 0,
                             pilotCriteria: PilotCriteria(meetingsWithoutFailure: 0, successfulJoinPercent: 0,
                                                          satisfiedUsersPercent: 0, roomSystemsConnected: 0),
                             latestContractEnd: nil, deadline: nil, registryNumber: nil, registryListed: nil),
            assumptions: assumptions)
    }
}

extension MigrationPlanner {
    /// The plan with the standard assumptions.
    public static func plan(inventory: Inventory, catalog: Catalog, target: Product?, runnerUp: Product?,
                            asOf: CalendarDate) -> MigrationPlan {
        MigrationPlanner().plan(inventory: inventory, catalog: catalog, target: target, runnerUp: runnerUp, asOf: asOf)
    }
}
