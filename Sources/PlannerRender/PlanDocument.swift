import PlannerCore

// The view model of a migration plan: every value a template needs, already formatted for
// the plan's language and already escaped where it comes from an inventory or the catalog.
// No sentences: ids, flags and numbers; the templates say the words. Docs/Templates.md lists
// every key. Built by `PlanDocument.build(...)` (PlanDocumentBuilder.swift).

/// The root of the view model of one plan.
public struct PlanDocument: TemplateObject {
    /// `ru` or `en`.
    public var lang: String
    public var organization: OrganizationView
    /// The as-of date.
    public var asOf: TemplateValue
    /// `Catalog.version`: the newest fact date and the fingerprint.
    public var catalogVersion: String
    /// The inventory's file name (last path component), escaped.
    public var inventoryFile: String
    /// A target was chosen.
    public var ready: Bool
    /// No product is eligible: the plan covers preparation, procurement and the exception.
    public var noEligibleProduct: Bool
    /// The recommended product and the second choice.
    public var target: OptionView?
    public var runnerUp: OptionView?
    /// The services in use today.
    public var services: [Listed<ServiceView>]
    public var summary: SummaryView
    public var legal: LegalView
    public var current: CurrentView
    public var options: OptionsView
    public var recommendation: RecommendationView?
    public var costs: CostsView
    public var timeline: TimelineView
    public var procurement: ProcurementView
    public var risks: RisksView
    public var rollback: RollbackView
    public var sources: SourcesView

    public func value(for name: String) -> Any?? {
        switch name {
        case "lang": return .some(lang)
        case "ru": return .some(lang == "ru")
        case "en": return .some(lang == "en")
        case "organization": return .some(organization)
        case "asOf": return .some(asOf)
        case "catalogVersion": return .some(catalogVersion)
        case "inventoryFile": return .some(inventoryFile)
        case "ready": return .some(ready)
        case "noEligibleProduct": return .some(noEligibleProduct)
        case "target": return .some(target)
        case "runnerUp": return .some(runnerUp)
        case "services": return .some(services)
        case "summary": return .some(summary)
        case "legal": return .some(legal)
        case "current": return .some(current)
        case "options": return .some(options)
        case "recommendation": return .some(recommendation)
        case "costs": return .some(costs)
        case "timeline": return .some(timeline)
        case "procurement": return .some(procurement)
        case "risks": return .some(risks)
        case "rollback": return .some(rollback)
        case "sources": return .some(sources)
        default: return nil
        }
    }
}

/// Who the organization is.
public struct OrganizationView: TemplateObject {
    /// Escaped name.
    public var name: String
    public var id: String
    public var country: String
    /// Flags: the sector id (`education`, `energy`, …).
    public var sector: TemplateValue
    /// Flags: `federal`, `regional`, `municipal`, `state_company`, `private`.
    public var ownership: TemplateValue
    /// Flags: `fz44`, `fz223`, `none`; text `44-FZ`, `223-FZ`, `none`.
    public var procurement: TemplateValue
    public var personalData: Bool
    /// Flags: `none`, `kii`, `significant`.
    public var kii: TemplateValue
    public var stateInformationSystem: Bool
    public var users: TemplateValue
    public var itStaff: TemplateValue
    public var siteCount: TemplateValue
    public var roomSystems: TemplateValue
    public var deadline: TemplateValue?
    /// The yearly budget, when given.
    public var budget: TemplateValue?
    public var currency: String

    public func value(for name: String) -> Any?? {
        switch name {
        case "name": return .some(self.name)
        case "id": return .some(id)
        case "country": return .some(country)
        case "sector": return .some(sector)
        case "ownership": return .some(ownership)
        case "procurement": return .some(procurement)
        case "personalData": return .some(personalData)
        case "kii": return .some(kii)
        case "stateInformationSystem": return .some(stateInformationSystem)
        case "users": return .some(users)
        case "itStaff": return .some(itStaff)
        case "siteCount": return .some(siteCount)
        case "roomSystems": return .some(roomSystems)
        case "deadline": return .some(deadline)
        case "budget": return .some(budget)
        case "currency": return .some(currency)
        default: return nil
        }
    }
}

/// A capability named by id, with its name in the plan's language.
public struct CapabilityView: TemplateObject {
    public var id: String
    /// The vocabulary's name, escaped; the id when the vocabulary lacks it.
    public var name: String
    /// A want's weight 1–5, when it is a want.
    public var weight: TemplateValue?
    /// The must expression (`meetings.max_participants >= 150`), escaped, for requirements.
    public var requirement: String?

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "name": return .some(name)
        case "weight": return .some(weight)
        case "requirement": return .some(requirement)
        default: return nil
        }
    }
}

/// A service in use today.
public struct ServiceView: TemplateObject {
    /// Catalog id and name.
    public var id: String
    public var name: String
    /// The plan bought (escaped inventory text).
    public var plan: String?
    public var licenses: TemplateValue?
    public var annualCost: TemplateValue?
    public var threeYearCost: TemplateValue?
    public var contractEnd: TemplateValue?
    public var peakParticipants: TemplateValue?
    public var meetingsPerWeek: TemplateValue?
    public var webinarAttendees: TemplateValue?
    public var recordingsGB: TemplateValue?
    public var features: [Listed<CapabilityView>]
    /// The option of this product: its status and blockers.
    public var option: OptionView?
    /// A vendor restriction in force names the organization.
    public var restricted: Bool

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "name": return .some(name)
        case "plan": return .some(plan)
        case "licenses": return .some(licenses)
        case "annualCost": return .some(annualCost)
        case "threeYearCost": return .some(threeYearCost)
        case "contractEnd": return .some(contractEnd)
        case "peakParticipants": return .some(peakParticipants)
        case "meetingsPerWeek": return .some(meetingsPerWeek)
        case "webinarAttendees": return .some(webinarAttendees)
        case "recordingsGB": return .some(recordingsGB)
        case "features": return .some(features)
        case "hasFeatures": return .some(!features.isEmpty)
        case "option": return .some(option)
        case "restricted": return .some(restricted)
        default: return nil
        }
    }
}

/// One rule, restriction or requirement checked against a product.
public struct CheckView: TemplateObject {
    /// Rule id, `VENDOR-RESTRICTION` or `REQUIREMENT`.
    public var rule: String
    /// Flags: `law`, `vendor_restriction`, `requirement`.
    public var kind: TemplateValue
    /// The rule's title (escaped), or for a requirement the capability's name.
    public var title: String
    /// The act's title (escaped); the restriction id for a restriction; nil for a requirement.
    public var citation: String?
    /// A Markdown link or escaped text.
    public var source: String?
    /// Flags: `met`, `not_met`, `unknown`.
    public var outcome: TemplateValue
    /// Flags: `blocker`, `warning`.
    public var severity: TemplateValue
    /// Flags: `none`, `blocker`, `condition`, `warning`.
    public var effect: TemplateValue
    /// The catalog's advice (escaped), when it has one.
    public var advice: String?
    /// For a requirement: the capability and the expression.
    public var capability: CapabilityView?
    /// For a vendor restriction: its summary, date and effect (`no_sales`, `service_ended`).
    public var restriction: RestrictionView?

    public func value(for key: String) -> Any?? {
        switch key {
        case "rule": return .some(rule)
        case "kind": return .some(kind)
        case "title": return .some(title)
        case "citation": return .some(citation)
        case "source": return .some(source)
        case "outcome": return .some(outcome)
        case "severity": return .some(severity)
        case "effect": return .some(effect)
        case "advice": return .some(advice)
        case "capability": return .some(capability)
        case "restriction": return .some(restriction)
        default: return nil
        }
    }
}

/// A vendor's own restriction.
public struct RestrictionView: TemplateObject {
    public var id: String
    /// The product it belongs to.
    public var product: String
    public var summary: String?
    public var since: TemplateValue
    /// Flags: `no_sales`, `service_ended`.
    public var effect: TemplateValue
    public var source: String?
    public var asOf: TemplateValue?
    public var confirmed: Bool

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "product": return .some(product)
        case "summary": return .some(summary)
        case "since": return .some(since)
        case "effect": return .some(effect)
        case "source": return .some(source)
        case "asOf": return .some(asOf)
        case "confirmed": return .some(confirmed)
        default: return nil
        }
    }
}

/// What a product would cost.
public struct CostView: TemplateObject {
    public var known: Bool
    public var oneTime: TemplateValue?
    public var annual: TemplateValue?
    public var threeYear: TemplateValue?
    /// Flags: `quote`, `current_contract`, `catalog`, `unknown`.
    public var basis: TemplateValue
    /// The quote it uses (quote basis).
    public var quote: QuoteView?
    /// Servers and administration the tool assumes for an on-premises product.
    public var servers: TemplateValue?
    public var serversOneTime: TemplateValue?
    public var administrationAnnual: TemplateValue?
    /// On-premises costs were left out: the assumption is in another currency.
    public var serversNotIncluded: Bool

    public func value(for key: String) -> Any?? {
        switch key {
        case "known": return .some(known)
        case "oneTime": return .some(oneTime)
        case "annual": return .some(annual)
        case "threeYear": return .some(threeYear)
        case "basis": return .some(basis)
        case "quote": return .some(quote)
        case "servers": return .some(servers)
        case "serversOneTime": return .some(serversOneTime)
        case "administrationAnnual": return .some(administrationAnnual)
        case "serversNotIncluded": return .some(serversNotIncluded)
        default: return nil
        }
    }
}

/// A commercial offer from the inventory.
public struct QuoteView: TemplateObject {
    public var product: String
    public var annual: TemplateValue?
    public var oneTime: TemplateValue?
    public var date: TemplateValue?
    /// Escaped inventory text.
    public var note: String?

    public func value(for key: String) -> Any?? {
        switch key {
        case "product": return .some(product)
        case "annual": return .some(annual)
        case "oneTime": return .some(oneTime)
        case "date": return .some(date)
        case "note": return .some(note)
        default: return nil
        }
    }
}

/// The four scores and the total.
public struct ScoresView: TemplateObject {
    public var fit: TemplateValue
    /// Null when the cost is unknown (the total then uses the documented stand-in).
    public var cost: TemplateValue
    public var effort: TemplateValue
    public var risk: TemplateValue
    public var total: TemplateValue

    public func value(for key: String) -> Any?? {
        switch key {
        case "fit": return .some(fit)
        case "cost": return .some(cost)
        case "effort": return .some(effort)
        case "risk": return .some(risk)
        case "total": return .some(total)
        default: return nil
        }
    }
}

/// One product considered.
public struct OptionView: TemplateObject {
    public var id: String
    /// Escaped catalog name.
    public var name: String
    public var vendor: String
    public var vendorCountry: String
    /// The catalog's summary in the plan's language, escaped.
    public var about: String?
    public var category: String
    /// Flags: `eligible`, `conditional`, `excluded`.
    public var status: TemplateValue
    public var eligible: Bool
    public var rank: TemplateValue?
    public var inUse: Bool
    public var isTarget: Bool
    public var isRunnerUp: Bool
    /// Flags: `on_premises`, `cloud`, `unknown`.
    public var deployment: TemplateValue
    public var scores: ScoresView
    public var cost: CostView
    public var blockers: [Listed<CheckView>]
    /// Blockers after the first (null when none), for "and N more".
    public var moreBlockers: TemplateValue
    public var conditions: [Listed<CheckView>]
    public var warnings: [Listed<CheckView>]
    public var unmetWants: [Listed<CapabilityView>]
    public var unknown: [Listed<CapabilityView>]
    /// Register of Russian software: flags `listed`, `not_listed`, `unknown`.
    public var registry: TemplateValue

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "name": return .some(name)
        case "vendor": return .some(vendor)
        case "vendorCountry": return .some(vendorCountry)
        case "about": return .some(about)
        case "category": return .some(category)
        case "status": return .some(status)
        case "eligible": return .some(eligible)
        case "rank": return .some(rank)
        case "inUse": return .some(inUse)
        case "isTarget": return .some(isTarget)
        case "isRunnerUp": return .some(isRunnerUp)
        case "deployment": return .some(deployment)
        case "scores": return .some(scores)
        case "cost": return .some(cost)
        case "blockers": return .some(blockers)
        case "firstBlocker": return .some(blockers.first)
        case "moreBlockers": return .some(moreBlockers)
        case "conditions": return .some(conditions)
        case "warnings": return .some(warnings)
        case "unmetWants": return .some(unmetWants)
        case "unknown": return .some(unknown)
        case "registry": return .some(registry)
        default: return nil
        }
    }
}

// MARK: - Sections

/// Figures the summary states besides the target and the runner-up.
public struct SummaryView: TemplateObject {
    /// Services in use that are excluded (may not be bought or renewed), with their first blocker.
    public var blockedServices: [Listed<OptionView>]
    /// Features the target has and the runner-up lacks (unmet wants of the runner-up that the
    /// target meets), for "…but it lacks X".
    public var runnerUpLacks: [Listed<CapabilityView>]
    /// The runner-up's three-year cost against the target's: flags `cheaper`, `dearer`, `same`;
    /// `percent` the difference relative to the target.
    public var runnerUpCost: ComparisonView?
    /// The main risk: the first of the register.
    public var mainRisk: RiskView?
    /// The scores in which the target is best among the ranked options: flags `fit`,
    /// `cost`, `effort`, `risk`, in that order.
    public var strengths: [Listed<NameView>]
    /// Products of the category, and how many of them are ranked.
    public var productCount: TemplateValue
    public var rankedCount: TemplateValue

    public func value(for key: String) -> Any?? {
        switch key {
        case "blockedServices": return .some(blockedServices)
        case "runnerUpLacks": return .some(runnerUpLacks)
        case "hasRunnerUpLacks": return .some(!runnerUpLacks.isEmpty)
        case "runnerUpCost": return .some(runnerUpCost)
        case "mainRisk": return .some(mainRisk)
        case "strengths": return .some(strengths)
        case "hasStrengths": return .some(!strengths.isEmpty)
        case "productCount": return .some(productCount)
        case "rankedCount": return .some(rankedCount)
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

    public func value(for key: String) -> Any?? {
        switch key {
        case "cheaper": return .some(cheaper)
        case "dearer": return .some(dearer)
        case "same": return .some(same)
        case "difference": return .some(difference)
        case "percent": return .some(percent)
        default: return nil
        }
    }
}

/// The legal constraints section.
public struct LegalView: TemplateObject {
    public var rules: [Listed<LegalRuleView>]
    /// Vendor restrictions in force that name the organization, for services in use.
    public var restrictions: [Listed<RestrictionView>]

    public func value(for key: String) -> Any?? {
        switch key {
        case "rules": return .some(rules)
        case "hasRules": return .some(!rules.isEmpty)
        case "restrictions": return .some(restrictions)
        case "hasRestrictions": return .some(!restrictions.isEmpty)
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

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "is": return .some(IDMatcher(id))
        case "title": return .some(title)
        case "summary": return .some(summary)
        case "citation": return .some(citation)
        case "url": return .some(url)
        case "effectiveFrom": return .some(effectiveFrom)
        case "severity": return .some(severity)
        case "blockerSince": return .some(blockerSince)
        case "advice": return .some(advice)
        case "unconfirmed": return .some(unconfirmed)
        case "impacts": return .some(impacts)
        case "procurement": return .some(procurement)
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
    /// Flags: `none`, `blocker`, `condition`, `warning`.
    public var effect: TemplateValue

    public func value(for key: String) -> Any?? {
        switch key {
        case "product": return .some(product)
        case "name": return .some(name)
        case "inUse": return .some(inUse)
        case "isTarget": return .some(isTarget)
        case "isRunnerUp": return .some(isRunnerUp)
        case "outcome": return .some(outcome)
        case "effect": return .some(effect)
        default: return nil
        }
    }
}

/// The current state section.
public struct CurrentView: TemplateObject {
    public var services: [Listed<ServiceView>]
    public var sites: [Listed<SiteView>]
    /// The yearly cost of all services, when every one is known.
    public var annualCost: TemplateValue?
    public var threeYearCost: TemplateValue?
    public var recordingsGB: TemplateValue?
    /// The union of features used, in first-use order.
    public var features: [Listed<CapabilityView>]
    public var latestContractEnd: TemplateValue?

    public func value(for key: String) -> Any?? {
        switch key {
        case "services": return .some(services)
        case "sites": return .some(sites)
        case "annualCost": return .some(annualCost)
        case "threeYearCost": return .some(threeYearCost)
        case "recordingsGB": return .some(recordingsGB)
        case "features": return .some(features)
        case "hasFeatures": return .some(!features.isEmpty)
        case "latestContractEnd": return .some(latestContractEnd)
        default: return nil
        }
    }
}

/// A site of the organization.
public struct SiteView: TemplateObject {
    /// Escaped name.
    public var name: String
    public var users: TemplateValue
    public var roomSystems: TemplateValue

    public func value(for key: String) -> Any?? {
        switch key {
        case "name": return .some(name)
        case "users": return .some(users)
        case "roomSystems": return .some(roomSystems)
        default: return nil
        }
    }
}

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

    public func value(for key: String) -> Any?? {
        switch key {
        case "rows": return .some(rows)
        case "weights": return .some(weights)
        case "robustness": return .some(robustness)
        case "severalCategories": return .some(severalCategories)
        case "ranked": return .some(rows.filter { $0.element.eligible }.count)
        default: return nil
        }
    }
}

/// The smallest weight change that swaps the first two options.
public struct RobustnessView: TemplateObject {
    public var robust: Bool
    /// Flags: `fit`, `cost`, `effort`, `risk`: the weight that would have to move.
    public var weight: TemplateValue?
    public var from: TemplateValue?
    public var to: TemplateValue?
    /// The product that would come first.
    public var second: String?

    public func value(for key: String) -> Any?? {
        switch key {
        case "robust": return .some(robust)
        case "fragile": return .some(!robust)
        case "weight": return .some(weight)
        case "from": return .some(from)
        case "to": return .some(to)
        case "second": return .some(second)
        default: return nil
        }
    }
}

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

    public func value(for key: String) -> Any?? {
        switch key {
        case "product": return .some(product)
        case "musts": return .some(musts)
        case "hasMusts": return .some(!musts.isEmpty)
        case "metWants": return .some(metWants)
        case "hasMetWants": return .some(!metWants.isEmpty)
        case "unmetWants": return .some(unmetWants)
        case "hasUnmetWants": return .some(!unmetWants.isEmpty)
        case "gaps": return .some(gaps)
        case "hasGaps": return .some(!gaps.isEmpty)
        case "verifyWithVendor": return .some(verifyWithVendor)
        case "hasVerifyWithVendor": return .some(!verifyWithVendor.isEmpty)
        case "conditions": return .some(conditions)
        case "hasConditions": return .some(!conditions.isEmpty)
        case "warnings": return .some(warnings)
        case "hasWarnings": return .some(!warnings.isEmpty)
        case "advisories": return .some(advisories)
        case "hasAdvisories": return .some(!advisories.isEmpty)
        default: return nil
        }
    }
}

/// A must-requirement against the target.
public struct RequirementView: TemplateObject {
    public var capability: CapabilityView
    /// Flags: `met`, `not_met`, `unknown`.
    public var outcome: TemplateValue

    public func value(for key: String) -> Any?? {
        switch key {
        case "capability": return .some(capability)
        case "outcome": return .some(outcome)
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

    public func value(for key: String) -> Any?? {
        switch key {
        case "capability": return .some(capability)
        case "status": return .some(status)
        case "workaround": return .some(workaround)
        case "services": return .some(services)
        case "needed": return .some(needed)
        case "available": return .some(available)
        case "unit": return .some(unit)
        default: return nil
        }
    }
}

/// A plain name in a list; `{{#is.ID}}` tests its id.
public struct NameView: TemplateObject {
    public var id: String
    public var name: String

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "is": return .some(IDMatcher(id))
        case "name": return .some(name)
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

    public func value(for key: String) -> Any?? {
        switch key {
        case "capability": return .some(capability)
        case "origin": return .some(origin)
        case "knowledge": return .some(knowledge)
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

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "summary": return .some(summary)
        case "cvss": return .some(cvss)
        case "exploited": return .some(exploited)
        case "fixedIn": return .some(fixedIn)
        case "published": return .some(published)
        case "source": return .some(source)
        default: return nil
        }
    }
}

/// The costs section.
public struct CostsView: TemplateObject {
    public var currency: String
    /// Today's service over one and three years, when every cost is known.
    public var currentAnnual: TemplateValue?
    public var currentThreeYear: TemplateValue?
    /// The target's three years against today's three years.
    public var againstCurrent: ComparisonView?
    /// The target's yearly cost against the budget, when both are known.
    public var budget: TemplateValue?
    public var withinBudget: Bool
    public var overBudget: Bool
    /// Every price the catalog holds for the target and the runner-up, with sources.
    public var prices: [Listed<PriceView>]
    /// Commercial offers from the inventory, by product.
    public var quotes: [Listed<QuoteView>]
    /// Products ranked whose cost is unknown: ask for a commercial offer.
    public var unknownCosts: [Listed<NameView>]

    public func value(for key: String) -> Any?? {
        switch key {
        case "currency": return .some(currency)
        case "currentAnnual": return .some(currentAnnual)
        case "currentThreeYear": return .some(currentThreeYear)
        case "againstCurrent": return .some(againstCurrent)
        case "budget": return .some(budget)
        case "withinBudget": return .some(withinBudget)
        case "overBudget": return .some(overBudget)
        case "prices": return .some(prices)
        case "hasPrices": return .some(!prices.isEmpty)
        case "quotes": return .some(quotes)
        case "hasQuotes": return .some(!quotes.isEmpty)
        case "unknownCosts": return .some(unknownCosts)
        case "hasUnknownCosts": return .some(!unknownCosts.isEmpty)
        default: return nil
        }
    }
}

/// One price plan of the catalog.
public struct PriceView: TemplateObject {
    public var product: String
    public var plan: String
    /// Flags: `per_user_year`, `per_user_month`, `per_server`, `per_concurrent`, `free`.
    public var model: TemplateValue
    public var price: TemplateValue
    public var oneTime: TemplateValue?
    public var minimumUsers: TemplateValue?
    public var source: String?
    public var asOf: TemplateValue?
    public var confirmed: Bool

    public func value(for key: String) -> Any?? {
        switch key {
        case "product": return .some(product)
        case "plan": return .some(plan)
        case "model": return .some(model)
        case "price": return .some(price)
        case "oneTime": return .some(oneTime)
        case "minimumUsers": return .some(minimumUsers)
        case "source": return .some(source)
        case "asOf": return .some(asOf)
        case "confirmed": return .some(confirmed)
        default: return nil
        }
    }
}

/// The timeline section.
public struct TimelineView: TemplateObject {
    public var phases: [Listed<PhaseView>]
    /// Phases grouped for the Gantt chart: flags `preparation`, `pilot`, `rollout`, `closing`.
    public var ganttSections: [Listed<GanttSectionView>]
    public var start: TemplateValue
    public var end: TemplateValue
    public var cutOver: TemplateValue?
    public var totalWorkingDays: TemplateValue
    /// Calendar weeks from the start to the cut-over (rounded up).
    public var weeks: TemplateValue?
    public var deadline: TemplateValue?
    /// The cut-over is on or before the deadline.
    public var deadlineMet: Bool
    /// Calendar days between the cut-over and the deadline.
    public var deadlineMargin: TemplateValue?
    public var latestContractEnd: TemplateValue?
    public var warnings: [Listed<ScheduleWarningView>]
    public var shifts: [Listed<ShiftView>]
    public var holidays: [Listed<HolidayView>]
    public var blackouts: [Listed<BlackoutView>]
    /// The country has a holiday calendar in the tool.
    public var calendarAvailable: Bool
    public var calendarCountry: String
    /// Years whose transfers of days off are not in the data.
    public var transfersUnknown: [Listed<NameView>]
    /// Flags `school`, `university`, `unknown`; nil outside education.
    public var institution: TemplateValue?

    public func value(for key: String) -> Any?? {
        switch key {
        case "phases": return .some(phases)
        case "ganttSections": return .some(ganttSections)
        case "start": return .some(start)
        case "end": return .some(end)
        case "cutOver": return .some(cutOver)
        case "totalWorkingDays": return .some(totalWorkingDays)
        case "weeks": return .some(weeks)
        case "deadline": return .some(deadline)
        case "deadlineMet": return .some(deadlineMet)
        case "deadlineMissed": return .some(deadline != nil && !deadlineMet)
        case "deadlineMargin": return .some(deadlineMargin)
        case "latestContractEnd": return .some(latestContractEnd)
        case "warnings": return .some(warnings)
        case "hasWarnings": return .some(!warnings.isEmpty)
        case "shifts": return .some(shifts)
        case "hasShifts": return .some(!shifts.isEmpty)
        case "holidays": return .some(holidays)
        case "hasHolidays": return .some(!holidays.isEmpty)
        case "blackouts": return .some(blackouts)
        case "hasBlackouts": return .some(!blackouts.isEmpty)
        case "calendarAvailable": return .some(calendarAvailable)
        case "calendarCountry": return .some(calendarCountry)
        case "transfersUnknown": return .some(transfersUnknown)
        case "hasTransfersUnknown": return .some(!transfersUnknown.isEmpty)
        case "institution": return .some(institution)
        default: return nil
        }
    }
}

/// A group of phases in the Gantt chart.
public struct GanttSectionView: TemplateObject {
    /// Flags: `preparation`, `pilot`, `rollout`, `closing`.
    public var section: TemplateValue
    public var phases: [Listed<PhaseView>]

    public func value(for key: String) -> Any?? {
        switch key {
        case "section": return .some(section)
        case "phases": return .some(phases)
        default: return nil
        }
    }
}

/// One phase of the plan.
public struct PhaseView: TemplateObject {
    public var id: String
    /// Flags: `preparation`, `pilot`, `wave`, `parallel_run`, `cut_over`, `decommissioning`.
    public var kind: TemplateValue
    public var number: TemplateValue
    public var start: TemplateValue
    public var end: TemplateValue
    /// The day after the end, for the Gantt chart (its end dates are exclusive).
    public var endExclusive: TemplateValue
    public var workingDays: TemplateValue
    /// A Mermaid-safe task id (`wave_1`).
    public var ganttID: String
    /// Mermaid-safe ids of the phases before it.
    public var after: String?
    public var wave: WaveView?
    public var shifts: [Listed<ShiftView>]
    public var checklist: [Listed<ChecklistItemView>]
    /// The phase's parameters: `{{p.NAME}}`.
    public var p: ParameterView
    /// The name of the phase's keep block: `phase-<id>`.
    public var keep: String
    /// The phase ends after the deadline or a contract end (`crit` in the chart).
    public var late: Bool

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "is": return .some(IDMatcher(id))
        case "kind": return .some(kind)
        case "number": return .some(number)
        case "start": return .some(start)
        case "end": return .some(end)
        case "endExclusive": return .some(endExclusive)
        case "workingDays": return .some(workingDays)
        case "ganttID": return .some(ganttID)
        case "after": return .some(after)
        case "wave": return .some(wave)
        case "shifts": return .some(shifts)
        case "checklist": return .some(checklist)
        case "p": return .some(p)
        case "keep": return .some(keep)
        case "late": return .some(late)
        default: return nil
        }
    }
}

/// A rollout wave.
public struct WaveView: TemplateObject {
    public var number: TemplateValue
    /// The site's name, escaped for Markdown.
    public var site: String
    /// The site's name made safe for a Mermaid label.
    public var siteLabel: String
    public var part: TemplateValue
    public var parts: TemplateValue
    /// The site is split into several waves.
    public var split: Bool
    public var users: TemplateValue
    public var roomSystems: TemplateValue

    public func value(for key: String) -> Any?? {
        switch key {
        case "number": return .some(number)
        case "site": return .some(site)
        case "siteLabel": return .some(siteLabel)
        case "part": return .some(part)
        case "parts": return .some(parts)
        case "split": return .some(split)
        case "users": return .some(users)
        case "roomSystems": return .some(roomSystems)
        default: return nil
        }
    }
}

/// A checklist item: `{{>*template}}` includes its sentence, the template `checklist/ID`;
/// `known` is false when the set has no such template (the id and parameters are printed).
public struct ChecklistItemView: TemplateObject {
    public var id: String
    public var p: ParameterView
    /// `checklist/ID`, when the template set has it.
    public var template: String?

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "is": return .some(IDMatcher(id))
        case "p": return .some(p)
        case "template": return .some(template)
        case "known": return .some(template != nil)
        default: return nil
        }
    }
}

/// Named parameters of a checklist item, phase or risk: `{{p.users}}`, `{{p.date.long}}`,
/// `{{p.capability.name}}`; `{{#p.all}}{{name}}: {{value}}{{/p.all}}` lists them.
public struct ParameterView: TemplateObject {
    /// The parameters in the planner's order.
    public var values: [(name: String, value: TemplateValue)]

    public func value(for key: String) -> Any?? {
        if key == "all" { return Listed.list(values.map { ParameterEntry(name: $0.name, value: $0.value) }) }
        return values.first { $0.name == key }?.value
    }
}

/// One parameter, for listing.
public struct ParameterEntry: TemplateObject {
    public var name: String
    public var value: TemplateValue

    public func value(for key: String) -> Any?? {
        switch key {
        case "name": return .some(name)
        case "value": return .some(value)
        default: return nil
        }
    }
}

/// A date that is missed.
public struct ScheduleWarningView: TemplateObject {
    /// Flags: `deadline_miss`, `contract_end`.
    public var kind: TemplateValue
    public var date: TemplateValue
    public var cutOver: TemplateValue
    public var gapDays: TemplateValue
    public var gapWorkingDays: TemplateValue
    /// The service whose contract ends.
    public var service: String?

    public func value(for key: String) -> Any?? {
        switch key {
        case "kind": return .some(kind)
        case "date": return .some(date)
        case "cutOver": return .some(cutOver)
        case "gapDays": return .some(gapDays)
        case "gapWorkingDays": return .some(gapWorkingDays)
        case "service": return .some(service)
        default: return nil
        }
    }
}

/// A pilot or cut-over moved past a blackout.
public struct ShiftView: TemplateObject {
    public var phase: String
    public var originalStart: TemplateValue
    public var newStart: TemplateValue
    public var days: TemplateValue
    public var blackout: BlackoutView

    public func value(for key: String) -> Any?? {
        switch key {
        case "phase": return .some(phase)
        case "is": return .some(IDMatcher(phase))
        case "originalStart": return .some(originalStart)
        case "newStart": return .some(newStart)
        case "days": return .some(days)
        case "blackout": return .some(blackout)
        default: return nil
        }
    }
}

/// A period with no pilot or cut-over.
public struct BlackoutView: TemplateObject {
    /// Flags: `holiday_break`, `exam_period`, `inventory`.
    public var source: TemplateValue
    public var id: String
    public var from: TemplateValue
    public var to: TemplateValue
    /// The calendar's name in the plan's language, or the inventory's reason; escaped.
    public var name: String?

    public func value(for key: String) -> Any?? {
        switch key {
        case "source": return .some(source)
        case "id": return .some(id)
        case "is": return .some(IDMatcher(id))
        case "from": return .some(from)
        case "to": return .some(to)
        case "name": return .some(name)
        default: return nil
        }
    }
}

/// Non-working days inside the plan.
public struct HolidayView: TemplateObject {
    public var from: TemplateValue
    public var to: TemplateValue
    /// One day only.
    public var single: Bool
    /// Flags: the break id (`new_year_holidays`, `may_holidays`), when it is one.
    public var breakID: TemplateValue?
    /// Holiday ids inside.
    public var holidays: [Listed<NameView>]

    public func value(for key: String) -> Any?? {
        switch key {
        case "from": return .some(from)
        case "to": return .some(to)
        case "single": return .some(single)
        case "breakID": return .some(breakID)
        case "holidays": return .some(holidays)
        default: return nil
        }
    }
}

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

    public func value(for key: String) -> Any?? {
        switch key {
        case "law": return .some(law)
        case "regulated": return .some(regulated)
        case "registry": return .some(registry)
        case "registryNumber": return .some(registryNumber)
        case "registrySince": return .some(registrySince)
        case "registrySource": return .some(registrySource)
        case "registryAsOf": return .some(registryAsOf)
        case "registryUnconfirmed": return .some(registryUnconfirmed)
        case "rules": return .some(rules)
        case "hasRules": return .some(!rules.isEmpty)
        case "quoteCount": return .some(quoteCount)
        case "needsMoreQuotes": return .some(needsMoreQuotes)
        case "kiiApproval": return .some(kiiApproval)
        default: return nil
        }
    }
}

/// The risk register.
public struct RisksView: TemplateObject {
    public var items: [Listed<RiskView>]

    public func value(for key: String) -> Any?? {
        switch key {
        case "items": return .some(items)
        case "hasItems": return .some(!items.isEmpty)
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

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "kind": return .some(kind)
        case "category": return .some(category)
        case "likelihood": return .some(likelihood)
        case "impact": return .some(impact)
        case "exposure": return .some(exposure)
        case "p": return .some(p)
        case "mitigations": return .some(mitigations)
        case "template": return .some(template)
        case "known": return .some(template != nil)
        default: return nil
        }
    }
}

/// A mitigation step of a risk: `{{>*template}}` includes its phrase (`inline/mitigation/ID`).
public struct MitigationView: TemplateObject {
    public var id: String
    /// `inline/mitigation/ID`, when the template set has it.
    public var template: String?

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "is": return .some(IDMatcher(id))
        case "template": return .some(template)
        case "known": return .some(template != nil)
        default: return nil
        }
    }
}

/// Facts for the rollback section.
public struct RollbackView: TemplateObject {
    /// A contract of a service in use ends before the cut-over.
    public var contractEndsBeforeCutOver: Bool
    /// A service in use is excluded by a rule or restriction: going back to it is not allowed.
    public var currentExcluded: Bool
    /// The vendor has ended service for organizations like this one.
    public var currentServiceEnded: Bool
    /// The pilot and parallel run phases, when the plan has them.
    public var pilot: PhaseView?
    public var parallelRun: PhaseView?
    public var cutOver: PhaseView?

    public func value(for key: String) -> Any?? {
        switch key {
        case "contractEndsBeforeCutOver": return .some(contractEndsBeforeCutOver)
        case "currentExcluded": return .some(currentExcluded)
        case "currentServiceEnded": return .some(currentServiceEnded)
        case "pilot": return .some(pilot)
        case "parallelRun": return .some(parallelRun)
        case "cutOver": return .some(cutOver)
        default: return nil
        }
    }
}

/// The sources section.
public struct SourcesView: TemplateObject {
    /// Every rule in force.
    public var laws: [Listed<LawSourceView>]
    /// Product facts the plan relies on, one row per product and source.
    public var facts: [Listed<FactSourceView>]
    /// Where the holiday calendar comes from.
    public var calendar: [Listed<NameView>]

    public func value(for key: String) -> Any?? {
        switch key {
        case "laws": return .some(laws)
        case "hasLaws": return .some(!laws.isEmpty)
        case "facts": return .some(facts)
        case "hasFacts": return .some(!facts.isEmpty)
        case "calendar": return .some(calendar)
        case "hasCalendar": return .some(!calendar.isEmpty)
        default: return nil
        }
    }
}

/// A law the plan relies on.
public struct LawSourceView: TemplateObject {
    public var id: String
    public var citation: String
    public var url: String?
    public var effectiveFrom: TemplateValue
    /// Other sources the catalog lists for the rule.
    public var more: [Listed<NameView>]

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return .some(id)
        case "citation": return .some(citation)
        case "url": return .some(url)
        case "effectiveFrom": return .some(effectiveFrom)
        case "more": return .some(more)
        default: return nil
        }
    }
}

/// The facts of one product that one source supports.
public struct FactSourceView: TemplateObject {
    public var product: String
    /// The facts: flags of their kinds in `kinds`, names in `items`.
    public var items: [Listed<FactView>]
    /// A Markdown link or escaped text; nil when the catalog gives none.
    public var source: String?
    /// The newest date of these facts.
    public var asOf: TemplateValue?
    /// Some of the facts are unconfirmed.
    public var unconfirmed: Bool

    public func value(for key: String) -> Any?? {
        switch key {
        case "product": return .some(product)
        case "items": return .some(items)
        case "source": return .some(source)
        case "asOf": return .some(asOf)
        case "unconfirmed": return .some(unconfirmed)
        default: return nil
        }
    }
}

/// One product fact: flags `registry`, `price`, `restriction`, `advisory`, `capability`,
/// `vendor`, `certification`, `residency`; `name` says which.
public struct FactView: TemplateObject {
    public var kind: TemplateValue
    public var name: String

    public func value(for key: String) -> Any?? {
        switch key {
        case "kind": return .some(kind)
        case "name": return .some(name)
        default: return nil
        }
    }
}
