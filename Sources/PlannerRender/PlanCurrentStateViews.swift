import PlannerCore

// View models of the plan: the current state section.

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
