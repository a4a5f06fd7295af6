import PlannerCore

// View models of the plan: the recommended product section.

/// The recommended product section.
public struct RecommendationView: TemplateObject {
    public var product: OptionView
    /// Must-requirements and whether the target meets them.
    public var musts: [Listed<RequirementView>]
    public var metWants: [Listed<CapabilityView>]
    public var unmetWants: [Listed<CapabilityView>]
    public var gaps: [Listed<GapView>]
    public var verifyWithVendor: [Listed<VendorQuestionView>]
    /// Unknown blockers: what must be verified before buying.
    public var conditions: [Listed<CheckView>]
    /// Warning rules not met or unknown.
    public var warnings: [Listed<CheckView>]
    public var advisories: [Listed<AdvisoryView>]
    /// The plan asks the vendor questions (the work plan's `vendor-questions` task), whether
    /// they are listed with the questions or in the gaps' table.
    public var asksVendor: Bool = false
    /// Rules that bar the product from some uses (lessons) while it serves the others.
    public var limits: [Listed<CheckView>] = []
    /// The uses the product may not serve, and the organization's stated uses it may serve.
    public var excludedFor: [Listed<NameView>] = []
    public var eligibleFor: [Listed<NameView>] = []
    /// The organization's country has a register of domestic software in the catalog.
    public var hasDomesticRegister = false

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "limits": return .of(limits)
        case "hasLimits": return .of(!limits.isEmpty)
        case "excludedFor": return .of(excludedFor)
        case "eligibleFor": return .of(eligibleFor)
        case "hasEligibleFor": return .of(!eligibleFor.isEmpty)
        case "hasDomesticRegister": return .of(hasDomesticRegister)
        case "product": return .of(product)
        case "asksVendor": return .of(asksVendor)
        case "musts": return .of(musts)
        case "hasMusts": return .of(!musts.isEmpty)
        case "metWants": return .of(metWants)
        case "hasMetWants": return .of(!metWants.isEmpty)
        case "unmetWants": return .of(unmetWants)
        case "hasUnmetWants": return .of(!unmetWants.isEmpty)
        case "gaps": return .of(gaps)
        case "hasGaps": return .of(!gaps.isEmpty)
        case "verifyWithVendor": return .of(verifyWithVendor)
        case "hasVerifyWithVendor": return .of(!verifyWithVendor.isEmpty)
        case "conditions": return .of(conditions)
        case "hasConditions": return .of(!conditions.isEmpty)
        case "warnings": return .of(warnings)
        case "hasWarnings": return .of(!warnings.isEmpty)
        case "advisories": return .of(advisories)
        case "hasAdvisories": return .of(!advisories.isEmpty)
        default: return nil
        }
    }
}

/// A must-requirement against the target.
public struct RequirementView: TemplateObject {
    public var capability: CapabilityView
    /// Flags: `met`, `not_met`, `unknown`.
    public var outcome: TemplateValue

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "capability": return .of(capability)
        case "outcome": return .of(outcome)
        default: return nil
        }
    }
}

/// A feature used today that the target lacks or the catalog cannot confirm.
public struct GapView: TemplateObject {
    public var capability: CapabilityView
    /// Flags: `missing`, `to_verify`.
    public var status: TemplateValue
    /// The vocabulary's workaround, escaped.
    public var workaround: String?
    /// Names of the services that use it.
    public var services: [Listed<NameView>]
    /// For a limit: what today's usage needs and what the target offers.
    public var needed: TemplateValue?
    public var available: TemplateValue?
    /// The capability's unit, escaped.
    public var unit: String?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "capability": return .of(capability)
        case "status": return .of(status)
        case "workaround": return .of(workaround)
        case "services": return .of(services)
        case "needed": return .of(needed)
        case "available": return .of(available)
        case "unit": return .of(unit)
        default: return nil
        }
    }
}

/// A plain name in a list; `{{#is.ID}}` tests its id.
public struct NameView: TemplateObject {
    public var id: String
    public var name: String

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "is": return .of(IDMatcher(id))
        case "name": return .of(name)
        default: return nil
        }
    }
}

/// A capability to ask the vendor about.
public struct VendorQuestionView: TemplateObject {
    public var capability: CapabilityView
    /// Flags: `must`, `want`.
    public var origin: TemplateValue
    /// Flags: `unknown`, `unconfirmed`.
    public var knowledge: TemplateValue

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "capability": return .of(capability)
        case "origin": return .of(origin)
        case "knowledge": return .of(knowledge)
        default: return nil
        }
    }
}

/// A known vulnerability of the target.
public struct AdvisoryView: TemplateObject {
    public var id: String
    public var summary: String
    public var cvss: TemplateValue?
    public var exploited: Bool
    public var fixedIn: String?
    public var published: TemplateValue?
    public var source: String?
    /// The advisory is known only from a relayed copy (confidence `secondary`).
    public var secondary: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "secondary": return .of(secondary)
        case "summary": return .of(summary)
        case "cvss": return .of(cvss)
        case "exploited": return .of(exploited)
        case "fixedIn": return .of(fixedIn)
        case "published": return .of(published)
        case "source": return .of(source)
        default: return nil
        }
    }
}
