import PlannerCore

// View models of the plan: the procurement section.

/// The procurement section.
public struct ProcurementView: TemplateObject {
    /// Flags: `fz44`, `fz223`, `none`.
    public var law: TemplateValue
    /// The organization buys under a procurement law.
    public var regulated: Bool
    /// The target's register entry: flags `listed`, `not_listed`, `unknown`.
    public var registry: TemplateValue
    public var registryNumber: String?
    public var registrySince: TemplateValue?
    public var registrySource: String?
    public var registryAsOf: TemplateValue?
    /// The register entry is reported but not confirmed by the catalog.
    public var registryUnconfirmed: Bool
    /// Procurement rules in force (register, national regime, KII approval).
    public var rules: [Listed<LegalRuleView>]
    /// Commercial offers in the inventory, and whether 44-FZ's usual three are short.
    public var quoteCount: TemplateValue
    public var needsMoreQuotes: Bool
    /// The KII approval procedure applies (223-FZ, significant KII).
    public var kiiApproval: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "law": return .of(law)
        case "regulated": return .of(regulated)
        case "registry": return .of(registry)
        case "registryNumber": return .of(registryNumber)
        case "registrySince": return .of(registrySince)
        case "registrySource": return .of(registrySource)
        case "registryAsOf": return .of(registryAsOf)
        case "registryUnconfirmed": return .of(registryUnconfirmed)
        case "rules": return .of(rules)
        case "hasRules": return .of(!rules.isEmpty)
        case "quoteCount": return .of(quoteCount)
        case "needsMoreQuotes": return .of(needsMoreQuotes)
        case "kiiApproval": return .of(kiiApproval)
        default: return nil
        }
    }
}
