import PlannerCore

// View models of the plan: the legal constraints section.

/// The legal constraints section.
public struct LegalView: TemplateObject {
    public var rules: [Listed<LegalRuleView>]
    /// Vendor restrictions in force that name the organization, for services in use.
    public var restrictions: [Listed<RestrictionView>]
    /// Blocker rules that reach every purpose the inventory states (a school that holds only
    /// lessons): the law itself says where those uses go, before any purchase.
    public var rulesForAllPurposes: [Listed<LegalRuleView>] = []

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "rulesForAllPurposes": return .of(rulesForAllPurposes)
        case "hasRulesForAllPurposes": return .of(!rulesForAllPurposes.isEmpty)
        case "rules": return .of(rules)
        case "hasRules": return .of(!rules.isEmpty)
        case "restrictions": return .of(restrictions)
        case "hasRestrictions": return .of(!restrictions.isEmpty)
        default: return nil
        }
    }
}

/// A rule in force for the organization.
public struct LegalRuleView: TemplateObject {
    public var id: String
    public var title: String
    public var summary: String?
    public var citation: String
    /// A Markdown link to the act, or nil.
    public var url: String?
    public var effectiveFrom: TemplateValue
    /// Flags: `blocker`, `warning` (on the as-of date).
    public var severity: TemplateValue
    /// The date the rule became a blocker, when it changed severity (152-FZ, 2025-07-01).
    public var blockerSince: TemplateValue?
    public var advice: String?
    /// The catalog marks the rule unconfirmed: it never excludes, it asks to verify.
    public var unconfirmed: Bool
    /// What the rule means for each service in use, then the target and the runner-up.
    public var impacts: [Listed<RuleImpactView>]
    /// A procurement rule (its predicate is the register; it applies to a procurement law).
    public var procurement: Bool
    /// Flags: what breaking it means (`purchase_ban`, `use_ban`, `data_transfer_ban`, …).
    public var effect: TemplateValue = .choice("use_ban")
    /// The research does not confirm that the rule applies to this organization.
    public var toCheck = false
    /// What the organization must check then.
    public var checkNote: String?
    /// The uses the rule is about (`lessons`); empty for the whole organization.
    public var purposes: [Listed<NameView>] = []
    /// The organization's stated uses the rule reaches.
    public var purposesReached: [Listed<NameView>] = []
    /// The rule names purposes, and the inventory states none.
    public var purposesUnstated = false
    /// The inventory's purposes are all outside the rule's.
    public var notReached = false
    /// The rule adds steps to the work plan.
    public var hasTasks = false

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "effect": return .of(effect)
        case "toCheck": return .of(toCheck)
        case "checkNote": return .of(checkNote)
        case "purposes": return .of(purposes)
        case "hasPurposes": return .of(!purposes.isEmpty)
        case "purposesReached": return .of(purposesReached)
        case "purposesUnstated": return .of(purposesUnstated)
        case "notReached": return .of(notReached)
        case "hasImpacts": return .of(!impacts.isEmpty)
        case "hasTasks": return .of(hasTasks)
        case "id": return .of(id)
        case "is": return .of(IDMatcher(id))
        case "title": return .of(title)
        case "summary": return .of(summary)
        case "citation": return .of(citation)
        case "url": return .of(url)
        case "effectiveFrom": return .of(effectiveFrom)
        case "severity": return .of(severity)
        case "blockerSince": return .of(blockerSince)
        case "advice": return .of(advice)
        case "unconfirmed": return .of(unconfirmed)
        case "impacts": return .of(impacts)
        case "procurement": return .of(procurement)
        default: return nil
        }
    }
}

/// What one rule means for one product.
public struct RuleImpactView: TemplateObject {
    public var product: String
    public var name: String
    public var inUse: Bool
    public var isTarget: Bool
    public var isRunnerUp: Bool
    /// Flags: `met`, `not_met`, `unknown`.
    public var outcome: TemplateValue
    /// Flags: `none`, `blocker`, `condition`, `warning`, `limited`.
    public var effect: TemplateValue
    /// Flags: what breaking the rule means (`purchase_ban`, `use_ban`, …).
    public var law: TemplateValue = .choice("use_ban")
    /// The uses a `limited` product may not serve.
    public var purposes: [Listed<NameView>] = []
    /// The product is excluded (by this or another rule): a limit is then no permission for
    /// the other uses.
    public var excluded = false
    /// The outcome (met or not) rests on a fact from a secondary source only: the plan says so.
    public var secondary = false
    /// The product fails the requirement, but the rule itself is unconfirmed, so the outcome
    /// is unknown (caveat `rule-unconfirmed`): the plan says "does not comply if the rule
    /// applies", not "unconfirmed", which a reader takes for an unknown fact of the product.
    public var ifApplies = false

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "excluded": return .of(excluded)
        case "secondary": return .of(secondary)
        case "ifApplies": return .of(ifApplies)
        case "law": return .of(law)
        case "purposes": return .of(purposes)
        case "product": return .of(product)
        case "name": return .of(name)
        case "inUse": return .of(inUse)
        case "isTarget": return .of(isTarget)
        case "isRunnerUp": return .of(isRunnerUp)
        case "outcome": return .of(outcome)
        case "effect": return .of(effect)
        default: return nil
        }
    }
}
