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
        case "lang": return lang
        case "ru": return lang == "ru"
        case "en": return lang == "en"
        case "organization": return organization
        case "asOf": return asOf
        case "catalogVersion": return catalogVersion
        case "inventoryFile": return inventoryFile
        case "ready": return ready
        case "noEligibleProduct": return noEligibleProduct
        case "target": return target
        case "runnerUp": return runnerUp
        case "services": return services
        case "summary": return summary
        case "legal": return legal
        case "current": return current
        case "options": return options
        case "recommendation": return recommendation
        case "costs": return costs
        case "timeline": return timeline
        case "procurement": return procurement
        case "risks": return risks
        case "rollback": return rollback
        case "sources": return sources
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
        case "name": return self.name
        case "id": return id
        case "country": return country
        case "sector": return sector
        case "ownership": return ownership
        case "procurement": return procurement
        case "personalData": return personalData
        case "kii": return kii
        case "stateInformationSystem": return stateInformationSystem
        case "users": return users
        case "itStaff": return itStaff
        case "siteCount": return siteCount
        case "roomSystems": return roomSystems
        case "deadline": return deadline
        case "budget": return budget
        case "currency": return currency
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
        case "id": return id
        case "name": return name
        case "weight": return weight
        case "requirement": return requirement
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
        case "id": return id
        case "name": return name
        case "plan": return plan
        case "licenses": return licenses
        case "annualCost": return annualCost
        case "threeYearCost": return threeYearCost
        case "contractEnd": return contractEnd
        case "peakParticipants": return peakParticipants
        case "meetingsPerWeek": return meetingsPerWeek
        case "webinarAttendees": return webinarAttendees
        case "recordingsGB": return recordingsGB
        case "features": return features
        case "hasFeatures": return !features.isEmpty
        case "option": return option
        case "restricted": return restricted
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
        case "rule": return rule
        case "kind": return kind
        case "title": return title
        case "citation": return citation
        case "source": return source
        case "outcome": return outcome
        case "severity": return severity
        case "effect": return effect
        case "advice": return advice
        case "capability": return capability
        case "restriction": return restriction
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
        case "id": return id
        case "product": return product
        case "summary": return summary
        case "since": return since
        case "effect": return effect
        case "source": return source
        case "asOf": return asOf
        case "confirmed": return confirmed
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
        case "known": return known
        case "oneTime": return oneTime
        case "annual": return annual
        case "threeYear": return threeYear
        case "basis": return basis
        case "quote": return quote
        case "servers": return servers
        case "serversOneTime": return serversOneTime
        case "administrationAnnual": return administrationAnnual
        case "serversNotIncluded": return serversNotIncluded
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
        case "product": return product
        case "annual": return annual
        case "oneTime": return oneTime
        case "date": return date
        case "note": return note
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
        case "fit": return fit
        case "cost": return cost
        case "effort": return effort
        case "risk": return risk
        case "total": return total
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
        case "id": return id
        case "name": return name
        case "vendor": return vendor
        case "vendorCountry": return vendorCountry
        case "about": return about
        case "category": return category
        case "status": return status
        case "eligible": return eligible
        case "rank": return rank
        case "inUse": return inUse
        case "isTarget": return isTarget
        case "isRunnerUp": return isRunnerUp
        case "deployment": return deployment
        case "scores": return scores
        case "cost": return cost
        case "blockers": return blockers
        case "firstBlocker": return blockers.first
        case "moreBlockers": return moreBlockers
        case "conditions": return conditions
        case "warnings": return warnings
        case "unmetWants": return unmetWants
        case "unknown": return unknown
        case "registry": return registry
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
        case "blockedServices": return blockedServices
        case "runnerUpLacks": return runnerUpLacks
        case "hasRunnerUpLacks": return !runnerUpLacks.isEmpty
        case "runnerUpCost": return runnerUpCost
        case "mainRisk": return mainRisk
        case "strengths": return strengths
        case "hasStrengths": return !strengths.isEmpty
        case "productCount": return productCount
        case "rankedCount": return rankedCount
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
        case "cheaper": return cheaper
        case "dearer": return dearer
        case "same": return same
        case "difference": return difference
        case "percent": return percent
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
        case "rules": return rules
        case "hasRules": return !rules.isEmpty
        case "restrictions": return restrictions
        case "hasRestrictions": return !restrictions.isEmpty
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
        case "id": return id
        case "is": return IDMatcher(id)
        case "title": return title
        case "summary": return summary
        case "citation": return citation
        case "url": return url
        case "effectiveFrom": return effectiveFrom
        case "severity": return severity
        case "blockerSince": return blockerSince
        case "advice": return advice
        case "unconfirmed": return unconfirmed
        case "impacts": return impacts
        case "procurement": return procurement
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
        case "product": return product
        case "name": return name
        case "inUse": return inUse
        case "isTarget": return isTarget
        case "isRunnerUp": return isRunnerUp
        case "outcome": return outcome
        case "effect": return effect
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
        case "services": return services
        case "sites": return sites
        case "annualCost": return annualCost
        case "threeYearCost": return threeYearCost
        case "recordingsGB": return recordingsGB
        case "features": return features
        case "hasFeatures": return !features.isEmpty
        case "latestContractEnd": return latestContractEnd
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
        case "name": return name
        case "users": return users
        case "roomSystems": return roomSystems
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
        case "rows": return rows
        case "weights": return weights
        case "robustness": return robustness
        case "severalCategories": return severalCategories
        case "ranked": return rows.filter { $0.element.eligible }.count
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
        case "robust": return robust
        case "fragile": return !robust
        case "weight": return weight
        case "from": return from
        case "to": return to
        case "second": return second
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
        case "product": return product
        case "musts": return musts
        case "hasMusts": return !musts.isEmpty
        case "metWants": return metWants
        case "hasMetWants": return !metWants.isEmpty
        case "unmetWants": return unmetWants
        case "hasUnmetWants": return !unmetWants.isEmpty
        case "gaps": return gaps
        case "hasGaps": return !gaps.isEmpty
        case "verifyWithVendor": return verifyWithVendor
        case "hasVerifyWithVendor": return !verifyWithVendor.isEmpty
        case "conditions": return conditions
        case "hasConditions": return !conditions.isEmpty
        case "warnings": return warnings
        case "hasWarnings": return !warnings.isEmpty
        case "advisories": return advisories
        case "hasAdvisories": return !advisories.isEmpty
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
        case "capability": return capability
        case "outcome": return outcome
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
        case "capability": return capability
        case "status": return status
        case "workaround": return workaround
        case "services": return services
        case "needed": return needed
        case "available": return available
        case "unit": return unit
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
        case "id": return id
        case "is": return IDMatcher(id)
        case "name": return name
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
        case "capability": return capability
        case "origin": return origin
        case "knowledge": return knowledge
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
        case "id": return id
        case "summary": return summary
        case "cvss": return cvss
        case "exploited": return exploited
        case "fixedIn": return fixedIn
        case "published": return published
        case "source": return source
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
        case "currency": return currency
        case "currentAnnual": return currentAnnual
        case "currentThreeYear": return currentThreeYear
        case "againstCurrent": return againstCurrent
        case "budget": return budget
        case "withinBudget": return withinBudget
        case "overBudget": return overBudget
        case "prices": return prices
        case "hasPrices": return !prices.isEmpty
        case "quotes": return quotes
        case "hasQuotes": return !quotes.isEmpty
        case "unknownCosts": return unknownCosts
        case "hasUnknownCosts": return !unknownCosts.isEmpty
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
        case "product": return product
        case "plan": return plan
        case "model": return model
        case "price": return price
        case "oneTime": return oneTime
        case "minimumUsers": return minimumUsers
        case "source": return source
        case "asOf": return asOf
        case "confirmed": return confirmed
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
        case "phases": return phases
        case "ganttSections": return ganttSections
        case "start": return start
        case "end": return end
        case "cutOver": return cutOver
        case "totalWorkingDays": return totalWorkingDays
        case "weeks": return weeks
        case "deadline": return deadline
        case "deadlineMet": return deadlineMet
        case "deadlineMissed": return deadline != nil && !deadlineMet
        case "deadlineMargin": return deadlineMargin
        case "latestContractEnd": return latestContractEnd
        case "warnings": return warnings
        case "hasWarnings": return !warnings.isEmpty
        case "shifts": return shifts
        case "hasShifts": return !shifts.isEmpty
        case "holidays": return holidays
        case "hasHolidays": return !holidays.isEmpty
        case "blackouts": return blackouts
        case "hasBlackouts": return !blackouts.isEmpty
        case "calendarAvailable": return calendarAvailable
        case "calendarCountry": return calendarCountry
        case "transfersUnknown": return transfersUnknown
        case "hasTransfersUnknown": return !transfersUnknown.isEmpty
        case "institution": return institution
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
        case "section": return section
        case "phases": return phases
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
        case "id": return id
        case "is": return IDMatcher(id)
        case "kind": return kind
        case "number": return number
        case "start": return start
        case "end": return end
        case "endExclusive": return endExclusive
        case "workingDays": return workingDays
        case "ganttID": return ganttID
        case "after": return after
        case "wave": return wave
        case "shifts": return shifts
        case "checklist": return checklist
        case "p": return p
        case "keep": return keep
        case "late": return late
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
        case "number": return number
        case "site": return site
        case "siteLabel": return siteLabel
        case "part": return part
        case "parts": return parts
        case "split": return split
        case "users": return users
        case "roomSystems": return roomSystems
        default: return nil
        }
    }
}

/// A checklist item: `{{#is.ID}}` picks its sentence; `known` is false for an id the
/// templates do not cover (they then print the id and its parameters).
public struct ChecklistItemView: TemplateObject {
    public var id: String
    public var p: ParameterView
    public var known: Bool

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return id
        case "is": return IDMatcher(id)
        case "p": return p
        case "known": return known
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
        case "name": return name
        case "value": return value
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
        case "kind": return kind
        case "date": return date
        case "cutOver": return cutOver
        case "gapDays": return gapDays
        case "gapWorkingDays": return gapWorkingDays
        case "service": return service
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
        case "phase": return phase
        case "is": return IDMatcher(phase)
        case "originalStart": return originalStart
        case "newStart": return newStart
        case "days": return days
        case "blackout": return blackout
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
        case "source": return source
        case "id": return id
        case "is": return IDMatcher(id)
        case "from": return from
        case "to": return to
        case "name": return name
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
        case "from": return from
        case "to": return to
        case "single": return single
        case "breakID": return breakID
        case "holidays": return holidays
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
        case "law": return law
        case "regulated": return regulated
        case "registry": return registry
        case "registryNumber": return registryNumber
        case "registrySince": return registrySince
        case "registrySource": return registrySource
        case "registryAsOf": return registryAsOf
        case "registryUnconfirmed": return registryUnconfirmed
        case "rules": return rules
        case "hasRules": return !rules.isEmpty
        case "quoteCount": return quoteCount
        case "needsMoreQuotes": return needsMoreQuotes
        case "kiiApproval": return kiiApproval
        default: return nil
        }
    }
}

/// The risk register.
public struct RisksView: TemplateObject {
    public var items: [Listed<RiskView>]

    public func value(for key: String) -> Any?? {
        switch key {
        case "items": return items
        case "hasItems": return !items.isEmpty
        default: return nil
        }
    }
}

/// One risk: `{{#kind.gap}}` picks its sentence, `{{p.NAME}}` its data.
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
    /// The templates have a sentence for this kind.
    public var known: Bool

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return id
        case "kind": return kind
        case "category": return category
        case "likelihood": return likelihood
        case "impact": return impact
        case "exposure": return exposure
        case "p": return p
        case "mitigations": return mitigations
        case "known": return known
        default: return nil
        }
    }
}

/// A mitigation step of a risk.
public struct MitigationView: TemplateObject {
    public var id: String
    public var known: Bool

    public func value(for key: String) -> Any?? {
        switch key {
        case "id": return id
        case "is": return IDMatcher(id)
        case "known": return known
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
        case "contractEndsBeforeCutOver": return contractEndsBeforeCutOver
        case "currentExcluded": return currentExcluded
        case "currentServiceEnded": return currentServiceEnded
        case "pilot": return pilot
        case "parallelRun": return parallelRun
        case "cutOver": return cutOver
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
        case "laws": return laws
        case "hasLaws": return !laws.isEmpty
        case "facts": return facts
        case "hasFacts": return !facts.isEmpty
        case "calendar": return calendar
        case "hasCalendar": return !calendar.isEmpty
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
        case "id": return id
        case "citation": return citation
        case "url": return url
        case "effectiveFrom": return effectiveFrom
        case "more": return more
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
        case "product": return product
        case "items": return items
        case "source": return source
        case "asOf": return asOf
        case "unconfirmed": return unconfirmed
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
        case "kind": return kind
        case "name": return name
        default: return nil
        }
    }
}
