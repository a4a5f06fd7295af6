import PlannerCore

// View models of the plan: the options considered section.

/// The options section.
public struct OptionsView: TemplateObject {
    /// Ranked options first (by rank), then the excluded ones (by id).
    public var rows: [Listed<OptionView>]
    /// The normalized weights.
    public var weights: ScoresView
    /// How robust the recommendation is to the weights.
    public var robustness: RobustnessView?
    /// More than one category is compared.
    public var severalCategories: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "rows": return .of(rows)
        case "weights": return .of(weights)
        case "robustness": return .of(robustness)
        case "severalCategories": return .of(severalCategories)
        case "ranked": return .of(rows.filter { $0.element.eligible }.count)
        default: return nil
        }
    }
}

/// The smallest weight change that swaps the first two options.
public struct RobustnessView: TemplateObject {
    public var robust: Bool
    /// The first two have the same total: never robust.
    public var tie: Bool
    /// Unknown facts could change the first place: never robust, whatever the weights.
    public var open: Bool
    /// Flags: `fit`, `cost`, `effort`, `risk`: the weight that would have to move.
    public var weight: TemplateValue?
    public var from: TemplateValue?
    public var to: TemplateValue?
    /// The product that would come first.
    public var second: String?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "robust": return .of(robust)
        case "fragile": return .of(!robust && !tie && !open)
        case "tie": return .of(tie)
        case "open": return .of(open && !tie)
        case "weight": return .of(weight)
        case "from": return .of(from)
        case "to": return .of(to)
        case "second": return .of(second)
        default: return nil
        }
    }
}
