/// Whether a rule or a vendor's restriction names an organization: the one place conditions
/// (`when` of a rule, `applies_to` of a restriction) are matched against an inventory.
extension OrganizationCondition {
    /// True when the organization matches every given field.
    public func matches(_ organization: Organization) -> Bool {
        if let country, !country.contains(organization.country) { return false }
        if let ownership, !ownership.contains(organization.ownership) { return false }
        if let sector, !sector.contains(organization.sector) { return false }
        if let procurement, !procurement.contains(organization.procurement) { return false }
        if let kii, !kii.contains(organization.kii) { return false }
        if let institution {
            guard let stated = organization.institution, institution.contains(stated) else { return false }
        }
        if let purposes, organization.purposes.isDisjoint(with: purposes) { return false }
        if let personalData, personalData != organization.personalData { return false }
        if let stateInformationSystem, stateInformationSystem != organization.stateInformationSystem { return false }
        if let municipalParticipation, municipalParticipation != organization.municipalParticipation { return false }
        return true
    }
}

extension Rule {
    /// True when the rule is in force on the date and names the organization.
    public func applies(to organization: Organization, on date: CalendarDate) -> Bool {
        isInForce(on: date) && when.contains { $0.matches(organization) }
    }
}
