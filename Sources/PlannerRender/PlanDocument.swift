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
    /// What changed since the last plan; nil on a first plan, without a history, or when
    /// every earlier plan had the same inputs.
    public var changes: ChangesView?
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

    public func data(for name: String) -> TemplateData? {
        switch name {
        case "lang": return .of(lang)
        case "ru": return .of(lang == "ru")
        case "en": return .of(lang == "en")
        case "organization": return .of(organization)
        case "asOf": return .of(asOf)
        case "catalogVersion": return .of(catalogVersion)
        case "inventoryFile": return .of(inventoryFile)
        case "ready": return .of(ready)
        case "noEligibleProduct": return .of(noEligibleProduct)
        case "target": return .of(target)
        case "runnerUp": return .of(runnerUp)
        case "services": return .of(services)
        case "summary": return .of(summary)
        case "changes": return .of(changes)
        case "legal": return .of(legal)
        case "current": return .of(current)
        case "options": return .of(options)
        case "recommendation": return .of(recommendation)
        case "costs": return .of(costs)
        case "timeline": return .of(timeline)
        case "procurement": return .of(procurement)
        case "risks": return .of(risks)
        case "rollback": return .of(rollback)
        case "sources": return .of(sources)
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

    public func data(for name: String) -> TemplateData? {
        switch name {
        case "name": return .of(self.name)
        case "id": return .of(id)
        case "country": return .of(country)
        case "sector": return .of(sector)
        case "ownership": return .of(ownership)
        case "procurement": return .of(procurement)
        case "personalData": return .of(personalData)
        case "kii": return .of(kii)
        case "stateInformationSystem": return .of(stateInformationSystem)
        case "users": return .of(users)
        case "itStaff": return .of(itStaff)
        case "siteCount": return .of(siteCount)
        case "roomSystems": return .of(roomSystems)
        case "deadline": return .of(deadline)
        case "budget": return .of(budget)
        case "currency": return .of(currency)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "name": return .of(name)
        case "weight": return .of(weight)
        case "requirement": return .of(requirement)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "name": return .of(name)
        case "plan": return .of(plan)
        case "licenses": return .of(licenses)
        case "annualCost": return .of(annualCost)
        case "threeYearCost": return .of(threeYearCost)
        case "contractEnd": return .of(contractEnd)
        case "peakParticipants": return .of(peakParticipants)
        case "meetingsPerWeek": return .of(meetingsPerWeek)
        case "webinarAttendees": return .of(webinarAttendees)
        case "recordingsGB": return .of(recordingsGB)
        case "features": return .of(features)
        case "hasFeatures": return .of(!features.isEmpty)
        case "option": return .of(option)
        case "restricted": return .of(restricted)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "rule": return .of(rule)
        case "kind": return .of(kind)
        case "title": return .of(title)
        case "citation": return .of(citation)
        case "source": return .of(source)
        case "outcome": return .of(outcome)
        case "severity": return .of(severity)
        case "effect": return .of(effect)
        case "advice": return .of(advice)
        case "capability": return .of(capability)
        case "restriction": return .of(restriction)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "product": return .of(product)
        case "summary": return .of(summary)
        case "since": return .of(since)
        case "effect": return .of(effect)
        case "source": return .of(source)
        case "asOf": return .of(asOf)
        case "confirmed": return .of(confirmed)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "known": return .of(known)
        case "oneTime": return .of(oneTime)
        case "annual": return .of(annual)
        case "threeYear": return .of(threeYear)
        case "basis": return .of(basis)
        case "quote": return .of(quote)
        case "servers": return .of(servers)
        case "serversOneTime": return .of(serversOneTime)
        case "administrationAnnual": return .of(administrationAnnual)
        case "serversNotIncluded": return .of(serversNotIncluded)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "product": return .of(product)
        case "annual": return .of(annual)
        case "oneTime": return .of(oneTime)
        case "date": return .of(date)
        case "note": return .of(note)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "fit": return .of(fit)
        case "cost": return .of(cost)
        case "effort": return .of(effort)
        case "risk": return .of(risk)
        case "total": return .of(total)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "name": return .of(name)
        case "vendor": return .of(vendor)
        case "vendorCountry": return .of(vendorCountry)
        case "about": return .of(about)
        case "category": return .of(category)
        case "status": return .of(status)
        case "eligible": return .of(eligible)
        case "rank": return .of(rank)
        case "inUse": return .of(inUse)
        case "isTarget": return .of(isTarget)
        case "isRunnerUp": return .of(isRunnerUp)
        case "deployment": return .of(deployment)
        case "scores": return .of(scores)
        case "cost": return .of(cost)
        case "blockers": return .of(blockers)
        case "firstBlocker": return .of(blockers.first)
        case "moreBlockers": return .of(moreBlockers)
        case "conditions": return .of(conditions)
        case "warnings": return .of(warnings)
        case "unmetWants": return .of(unmetWants)
        case "unknown": return .of(unknown)
        case "registry": return .of(registry)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "blockedServices": return .of(blockedServices)
        case "runnerUpLacks": return .of(runnerUpLacks)
        case "hasRunnerUpLacks": return .of(!runnerUpLacks.isEmpty)
        case "runnerUpCost": return .of(runnerUpCost)
        case "mainRisk": return .of(mainRisk)
        case "strengths": return .of(strengths)
        case "hasStrengths": return .of(!strengths.isEmpty)
        case "productCount": return .of(productCount)
        case "rankedCount": return .of(rankedCount)
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

/// The legal constraints section.
public struct LegalView: TemplateObject {
    public var rules: [Listed<LegalRuleView>]
    /// Vendor restrictions in force that name the organization, for services in use.
    public var restrictions: [Listed<RestrictionView>]

    public func data(for key: String) -> TemplateData? {
        switch key {
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

    public func data(for key: String) -> TemplateData? {
        switch key {
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
    /// Flags: `none`, `blocker`, `condition`, `warning`.
    public var effect: TemplateValue

    public func data(for key: String) -> TemplateData? {
        switch key {
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "services": return .of(services)
        case "sites": return .of(sites)
        case "annualCost": return .of(annualCost)
        case "threeYearCost": return .of(threeYearCost)
        case "recordingsGB": return .of(recordingsGB)
        case "features": return .of(features)
        case "hasFeatures": return .of(!features.isEmpty)
        case "latestContractEnd": return .of(latestContractEnd)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "name": return .of(name)
        case "users": return .of(users)
        case "roomSystems": return .of(roomSystems)
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
    /// Flags: `fit`, `cost`, `effort`, `risk`: the weight that would have to move.
    public var weight: TemplateValue?
    public var from: TemplateValue?
    public var to: TemplateValue?
    /// The product that would come first.
    public var second: String?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "robust": return .of(robust)
        case "fragile": return .of(!robust)
        case "weight": return .of(weight)
        case "from": return .of(from)
        case "to": return .of(to)
        case "second": return .of(second)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "product": return .of(product)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "currency": return .of(currency)
        case "currentAnnual": return .of(currentAnnual)
        case "currentThreeYear": return .of(currentThreeYear)
        case "againstCurrent": return .of(againstCurrent)
        case "budget": return .of(budget)
        case "withinBudget": return .of(withinBudget)
        case "overBudget": return .of(overBudget)
        case "prices": return .of(prices)
        case "hasPrices": return .of(!prices.isEmpty)
        case "quotes": return .of(quotes)
        case "hasQuotes": return .of(!quotes.isEmpty)
        case "unknownCosts": return .of(unknownCosts)
        case "hasUnknownCosts": return .of(!unknownCosts.isEmpty)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "product": return .of(product)
        case "plan": return .of(plan)
        case "model": return .of(model)
        case "price": return .of(price)
        case "oneTime": return .of(oneTime)
        case "minimumUsers": return .of(minimumUsers)
        case "source": return .of(source)
        case "asOf": return .of(asOf)
        case "confirmed": return .of(confirmed)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "phases": return .of(phases)
        case "ganttSections": return .of(ganttSections)
        case "start": return .of(start)
        case "end": return .of(end)
        case "cutOver": return .of(cutOver)
        case "totalWorkingDays": return .of(totalWorkingDays)
        case "weeks": return .of(weeks)
        case "deadline": return .of(deadline)
        case "deadlineMet": return .of(deadlineMet)
        case "deadlineMissed": return .of(deadline != nil && !deadlineMet)
        case "deadlineMargin": return .of(deadlineMargin)
        case "latestContractEnd": return .of(latestContractEnd)
        case "warnings": return .of(warnings)
        case "hasWarnings": return .of(!warnings.isEmpty)
        case "shifts": return .of(shifts)
        case "hasShifts": return .of(!shifts.isEmpty)
        case "holidays": return .of(holidays)
        case "hasHolidays": return .of(!holidays.isEmpty)
        case "blackouts": return .of(blackouts)
        case "hasBlackouts": return .of(!blackouts.isEmpty)
        case "calendarAvailable": return .of(calendarAvailable)
        case "calendarCountry": return .of(calendarCountry)
        case "transfersUnknown": return .of(transfersUnknown)
        case "hasTransfersUnknown": return .of(!transfersUnknown.isEmpty)
        case "institution": return .of(institution)
        default: return nil
        }
    }
}

/// A group of phases in the Gantt chart.
public struct GanttSectionView: TemplateObject {
    /// Flags: `preparation`, `pilot`, `rollout`, `closing`.
    public var section: TemplateValue
    public var phases: [Listed<PhaseView>]

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "section": return .of(section)
        case "phases": return .of(phases)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "is": return .of(IDMatcher(id))
        case "kind": return .of(kind)
        case "number": return .of(number)
        case "start": return .of(start)
        case "end": return .of(end)
        case "endExclusive": return .of(endExclusive)
        case "workingDays": return .of(workingDays)
        case "ganttID": return .of(ganttID)
        case "after": return .of(after)
        case "wave": return .of(wave)
        case "shifts": return .of(shifts)
        case "checklist": return .of(checklist)
        case "p": return .of(p)
        case "keep": return .of(keep)
        case "late": return .of(late)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "number": return .of(number)
        case "site": return .of(site)
        case "siteLabel": return .of(siteLabel)
        case "part": return .of(part)
        case "parts": return .of(parts)
        case "split": return .of(split)
        case "users": return .of(users)
        case "roomSystems": return .of(roomSystems)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "is": return .of(IDMatcher(id))
        case "p": return .of(p)
        case "template": return .of(template)
        case "known": return .of(template != nil)
        default: return nil
        }
    }
}

/// Named parameters of a checklist item, phase or risk: `{{p.users}}`, `{{p.date.long}}`,
/// `{{p.capability.name}}`; `{{#p.all}}{{name}}: {{value}}{{/p.all}}` lists them.
public struct ParameterView: TemplateObject {
    /// The parameters in the planner's order.
    public var values: [(name: String, value: TemplateValue)]

    public func data(for key: String) -> TemplateData? {
        if key == "all" { return .of(Listed.list(values.map { ParameterEntry(name: $0.name, value: $0.value) })) }
        return .of(values.first { $0.name == key }?.value)
    }
}

/// One parameter, for listing.
public struct ParameterEntry: TemplateObject {
    public var name: String
    public var value: TemplateValue

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "name": return .of(name)
        case "value": return .of(value)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "kind": return .of(kind)
        case "date": return .of(date)
        case "cutOver": return .of(cutOver)
        case "gapDays": return .of(gapDays)
        case "gapWorkingDays": return .of(gapWorkingDays)
        case "service": return .of(service)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "phase": return .of(phase)
        case "is": return .of(IDMatcher(phase))
        case "originalStart": return .of(originalStart)
        case "newStart": return .of(newStart)
        case "days": return .of(days)
        case "blackout": return .of(blackout)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "source": return .of(source)
        case "id": return .of(id)
        case "is": return .of(IDMatcher(id))
        case "from": return .of(from)
        case "to": return .of(to)
        case "name": return .of(name)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "from": return .of(from)
        case "to": return .of(to)
        case "single": return .of(single)
        case "breakID": return .of(breakID)
        case "holidays": return .of(holidays)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "contractEndsBeforeCutOver": return .of(contractEndsBeforeCutOver)
        case "currentExcluded": return .of(currentExcluded)
        case "currentServiceEnded": return .of(currentServiceEnded)
        case "pilot": return .of(pilot)
        case "parallelRun": return .of(parallelRun)
        case "cutOver": return .of(cutOver)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "laws": return .of(laws)
        case "hasLaws": return .of(!laws.isEmpty)
        case "facts": return .of(facts)
        case "hasFacts": return .of(!facts.isEmpty)
        case "calendar": return .of(calendar)
        case "hasCalendar": return .of(!calendar.isEmpty)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "citation": return .of(citation)
        case "url": return .of(url)
        case "effectiveFrom": return .of(effectiveFrom)
        case "more": return .of(more)
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

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "product": return .of(product)
        case "items": return .of(items)
        case "source": return .of(source)
        case "asOf": return .of(asOf)
        case "unconfirmed": return .of(unconfirmed)
        default: return nil
        }
    }
}

/// One product fact: flags `registry`, `price`, `restriction`, `advisory`, `capability`,
/// `vendor`, `certification`, `residency`; `name` says which.
public struct FactView: TemplateObject {
    public var kind: TemplateValue
    public var name: String

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "kind": return .of(kind)
        case "name": return .of(name)
        default: return nil
        }
    }
}
