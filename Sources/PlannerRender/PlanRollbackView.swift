import PlannerCore

// View models of the plan: the rollback section.

/// Facts for the rollback section.
public struct RollbackView: TemplateObject {
    /// A contract of a service in use ends before the cut-over.
    public var contractEndsBeforeCutOver: Bool
    /// A contract of a service in use ends before the pilot does: the pilot group cannot go
    /// back to it.
    public var pilotWithoutOldService: Bool = false
    /// The services still under contract when the cut-over ends: what a failed cut-over can
    /// return to (empty: only the new system's previous configuration).
    public var fallback: [Listed<NameView>] = []
    /// The services whose contract ends before the cut-over.
    public var ended: [Listed<NameView>] = []
    /// The services a rule in force already bars from use: a failed pilot's group works as
    /// decided at the start of preparation, not in them.
    public var barred: [Listed<NameView>] = []
    /// A service in use is excluded by a rule or restriction: going back to it is not allowed.
    public var currentExcluded: Bool
    /// The vendor has ended service for organizations like this one.
    public var currentServiceEnded: Bool
    /// The pilot and parallel run phases, when the plan has them.
    public var pilot: PhaseView?
    public var parallelRun: PhaseView?
    public var cutOver: PhaseView?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "contractEndsBeforeCutOver": return .of(contractEndsBeforeCutOver)
        case "pilotWithoutOldService": return .of(pilotWithoutOldService)
        case "fallback": return .of(fallback)
        case "hasFallback": return .of(!fallback.isEmpty)
        case "ended": return .of(ended)
        case "barred": return .of(barred)
        case "hasBarred": return .of(!barred.isEmpty)
        case "currentExcluded": return .of(currentExcluded)
        case "currentServiceEnded": return .of(currentServiceEnded)
        case "pilot": return .of(pilot)
        case "parallelRun": return .of(parallelRun)
        case "cutOver": return .of(cutOver)
        default: return nil
        }
    }
}
