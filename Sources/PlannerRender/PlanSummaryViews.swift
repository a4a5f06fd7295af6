import PlannerCore

// View models of the plan: the summary section and the comparison it draws on.

/// Figures the summary states besides the target and the runner-up.
public struct SummaryView: TemplateObject {
    /// Services in use that are excluded (may not be bought or renewed), with their first blocker.
    public var blockedServices: [Listed<OptionView>]
    /// True when every service in use is excluded: what they cost is then for reference only,
    /// not an option to stay with.
    public var currentBlocked = false
    /// Wants the target meets and the runner-up is known not to meet (confirmed), for "…but it
    /// lacks X".
    public var runnerUpLacks: [Listed<CapabilityView>]
    /// The runner-up's three-year cost against the target's: flags `cheaper`, `dearer`, `same`;
    /// `percent` the difference relative to the target.
    public var runnerUpCost: ComparisonView?
    /// The main risk: the first of the register.
    public var mainRisk: RiskView?
    /// The scores in which the target is best whatever the unknown facts turn out to be:
    /// flags `fit`, `cost`, `effort`, `risk`, in that order.
    public var strengths: [Listed<NameView>]
    /// Products of the category, and how many of them are ranked.
    public var productCount: TemplateValue
    public var rankedCount: TemplateValue
    /// Wants the runner-up is not known to meet (the catalog cannot tell) that the target meets.
    public var runnerUpUnconfirmed: [Listed<CapabilityView>] = []
    /// How firm the recommendation is and what could change it.
    public var verdict: VerdictView?
    /// What the target's three-year cost leaves out (`OptionAssessment.costOmissions`): flags
    /// `licences`, `servers`, in that order; empty when the figure is complete.
    public var costOmissions: [Listed<NameView>] = []
    /// True when what admits the target rests in part on facts from secondary sources only
    /// (`OptionAssessment.secondaryGrounds`): its eligibility is to be checked before the purchase.
    public var eligibilitySecondary = false

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "blockedServices": return .of(blockedServices)
        case "currentBlocked": return .of(currentBlocked)
        case "runnerUpLacks": return .of(runnerUpLacks)
        case "hasRunnerUpLacks": return .of(!runnerUpLacks.isEmpty)
        case "runnerUpCost": return .of(runnerUpCost)
        case "mainRisk": return .of(mainRisk)
        case "strengths": return .of(strengths)
        case "hasStrengths": return .of(!strengths.isEmpty)
        case "productCount": return .of(productCount)
        case "rankedCount": return .of(rankedCount)
        case "runnerUpUnconfirmed": return .of(runnerUpUnconfirmed)
        case "hasRunnerUpUnconfirmed": return .of(!runnerUpUnconfirmed.isEmpty)
        case "verdict": return .of(verdict)
        case "costOmissions": return .of(costOmissions)
        case "hasCostOmissions": return .of(!costOmissions.isEmpty)
        case "eligibilitySecondary": return .of(eligibilitySecondary)
        default: return nil
        }
    }
}

/// Two amounts compared: the difference and its share of the reference.
public struct ComparisonView: TemplateObject {
    public var cheaper: Bool
    public var dearer: Bool
    public var same: Bool
    /// The absolute difference.
    public var difference: TemplateValue
    /// The absolute difference as a percentage of the reference amount.
    public var percent: TemplateValue

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "cheaper": return .of(cheaper)
        case "dearer": return .of(dearer)
        case "same": return .of(same)
        case "difference": return .of(difference)
        case "percent": return .of(percent)
        default: return nil
        }
    }
}
