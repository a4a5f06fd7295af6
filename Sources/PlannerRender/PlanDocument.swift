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
    /// The recommended product's vendor is of the organization's own country (confirmed):
    /// only then is the move one to "domestic" software.
    public var targetDomestic = false
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
        case "targetDomestic": return .of(targetDomestic)
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
    /// The inventory says it costs nothing (and names no contract end): a free plan.
    public var free = false

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "free": return .of(free)
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
        // The id of the procurement check that confirms it before the notice is published.
        case "confirmTaskID": return .of(TaskID.make("procurement-check", ["confirm", capability?.id ?? rule]))
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
    /// For a listed product whose entry rests on a secondary or stale source: that source's
    /// date, and whether it is secondary (`secondary`), so that the plan asks to check the
    /// register itself before buying; nil otherwise.
    public var registryCheck: RegistryCheckView? = nil
    /// The total's range over the unknown facts (ranked options).
    public var range: RangeView? = nil
    /// The quote's licences against the needs.
    public var licences: [Listed<LicenceView>] = []

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
        case "registryCheck": return .of(registryCheck)
        case "range": return .of(range)
        case "licences": return .of(licences)
        case "licencesShort": return .of(licences.filter { $0.element.shortfall != nil })
        case "hasLicencesShort": return .of(licences.contains { $0.element.shortfall != nil })
        default: return nil
        }
    }
}

/// Why a product's register entry must be checked in the register before buying.
public struct RegistryCheckView: TemplateObject {
    /// The date the source shows.
    public var asOf: TemplateValue?
    /// True when a third party relays the entry (not the register or the vendor).
    public var secondary: Bool
    /// True when the source is older than the catalog's staleness limit.
    public var stale: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "asOf": return .of(asOf)
        case "secondary": return .of(secondary)
        case "stale": return .of(stale)
        default: return nil
        }
    }
}
