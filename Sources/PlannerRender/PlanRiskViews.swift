import PlannerCore

// View models of the plan: the risks section.

/// The risk register.
public struct RisksView: TemplateObject {
    public var items: [Listed<RiskView>]

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "items": return .of(items)
        case "hasItems": return .of(!items.isEmpty)
        default: return nil
        }
    }
}

/// One risk: `{{>*template}}` includes its sentence (`inline/risk/KIND`), `{{p.NAME}}` its data.
public struct RiskView: TemplateObject {
    public var id: String
    /// Flags: the kind (`gap`, `advisory`, `deadline-miss`, …).
    public var kind: TemplateValue
    /// Flags: the category.
    public var category: TemplateValue
    /// Flags: `low`, `medium`, `high`.
    public var likelihood: TemplateValue
    public var impact: TemplateValue
    public var exposure: Int
    public var p: ParameterView
    public var mitigations: [Listed<MitigationView>]
    /// `inline/risk/KIND`, when the template set has it.
    public var template: String?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "kind": return .of(kind)
        case "category": return .of(category)
        case "likelihood": return .of(likelihood)
        case "impact": return .of(impact)
        case "exposure": return .of(exposure)
        case "p": return .of(p)
        case "mitigations": return .of(mitigations)
        case "template": return .of(template)
        case "known": return .of(template != nil)
        default: return nil
        }
    }
}

/// A mitigation step of a risk: `{{>*template}}` includes its phrase (`inline/mitigation/ID`).
public struct MitigationView: TemplateObject {
    public var id: String
    /// `inline/mitigation/ID`, when the template set has it.
    public var template: String?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "is": return .of(IDMatcher(id))
        case "template": return .of(template)
        case "known": return .of(template != nil)
        default: return nil
        }
    }
}
