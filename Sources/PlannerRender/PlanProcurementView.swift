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
    /// The regime's name in the plan's language (`44-ФЗ`, `Закон РК № 106-VIII`).
    public var name: String = ""
    /// The regime's act, and a Markdown link to it.
    public var citation: String?
    public var url: String?
    /// The inventory names no regime: it was inferred from country and ownership.
    public var defaulted = false
    /// The research does not confirm the regime itself (its entry into force, whom it binds).
    public var unconfirmed = false
    /// The organization's country has a register of domestic software in the catalog.
    public var hasDomesticRegister = false
    /// What the regime asks of this purchase, in order.
    public var steps: [Listed<ProcurementStepView>] = []
    /// Rules in force about where data is kept (the organization's own country's law).
    public var dataRules: [Listed<LegalRuleView>] = []
    /// The procurement documents written beside the plan and the purchase's route
    /// (`ProcurementDocumentBuilder.planLinks`); nil for a plan built without them.
    public var documents: TemplateRecord?
    /// What the regime's drafts and the publication are called (`procurement/<key>/terms`); nil
    /// for a plan built without templates.
    public var terms: ProcurementTermsView?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "name": return .of(name)
        case "citation": return .of(citation)
        case "url": return .of(url)
        case "defaulted": return .of(defaulted)
        case "unconfirmed": return .of(unconfirmed)
        case "hasDomesticRegister": return .of(hasDomesticRegister)
        case "steps": return .of(steps)
        case "hasSteps": return .of(!steps.isEmpty)
        case "documents": return .of(documents)
        case "terms": return .of(terms)
        case "dataRules": return .of(dataRules)
        case "hasDataRules": return .of(!dataRules.isEmpty)
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

/// One step the procurement regime asks of a purchase.
public struct ProcurementStepView: TemplateObject {
    public var id: String
    public var title: String
    public var text: String
    /// The act and article, and a Markdown link to it.
    public var citation: String?
    public var url: String?
    /// The research does not confirm the step: the plan says "check", never states it as a fact.
    public var check: Bool
    /// The step rests on a secondary source.
    public var secondary: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "is": return .of(IDMatcher(id))
        case "title": return .of(title)
        case "text": return .of(text)
        case "citation": return .of(citation)
        case "url": return .of(url)
        case "check": return .of(check)
        case "secondary": return .of(secondary)
        default: return nil
        }
    }
}
