/// What a rollback can fall back to, decided from the plan's dates and the old contracts: the
/// services whose contract still runs at the cut-over (a rollback returns to them), those whose
/// contract has ended by then (no rollback relies on them), and whether the pilot runs past a
/// contract's end (the pilot then has no old service to fall back to).
public struct RollbackFacts: Sendable, Hashable {
    /// The products of the services still under contract at the cut-over, each once, in
    /// inventory order; none when the plan has no cut-over date.
    public var fallback: [String]
    /// The products of the services whose contract ends before the cut-over.
    public var ended: [String]
    /// True when a service's contract ends before the pilot does.
    public var pilotWithoutOldService: Bool
    /// The products of the services a rule in force already bars from use
    /// (`MigrationPlan.useBarredServices`): a failed pilot cannot send its group back to them.
    public var barred: [String] = []
}

extension MigrationPlan {
    /// The rollback's facts for the inventory's services (a contract without an end date runs on).
    public func rollback(_ services: [Service]) -> RollbackFacts {
        func products(_ services: [Service]) -> [String] {
            services.map(\.product).uniqued()
        }
        let pilotEnd = phase("pilot")?.end
        let pilotAlone = pilotEnd.map { end in services.contains { ($0.contractEnd ?? end) < end } } ?? false
        let barred = products(services.filter { useBarredServices.contains($0.product) })
        guard let cutOver else {
            return RollbackFacts(fallback: [], ended: [], pilotWithoutOldService: pilotAlone, barred: barred)
        }
        return RollbackFacts(
            fallback: products(services.filter { ($0.contractEnd ?? cutOver) >= cutOver }),
            ended: products(services.filter { ($0.contractEnd ?? cutOver) < cutOver }),
            pilotWithoutOldService: pilotAlone, barred: barred)
    }
}
