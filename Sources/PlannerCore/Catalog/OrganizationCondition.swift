/// Whom an organization condition names: every given field must match; a list means any of.
/// Used by rules (`when`) and vendor restrictions (`applies_to`).
public struct OrganizationCondition: Sendable, Hashable {
    public var country: [String]?
    public var ownership: [Ownership]?
    public var sector: [Sector]?
    /// Procurement regime ids (`44-FZ`).
    public var procurement: [String]?
    public var kii: [KIIStatus]?
    /// For education: the kinds of institution named. An organization that does not state
    /// its kind is not named (a restriction on universities is not assumed to reach it).
    public var institution: [InstitutionKind]?
    /// What a service is used for: the condition names an organization that uses a service
    /// for one of these purposes.
    public var purposes: [Purpose]?
    public var personalData: Bool?
    public var stateInformationSystem: Bool?
    /// A municipality is among the founders or shareholders (Decree 166 excludes such
    /// organizations).
    public var municipalParticipation: Bool?

    /// Creates a condition; nil fields match everyone.
    public init(
        country: [String]? = nil, ownership: [Ownership]? = nil, sector: [Sector]? = nil,
        procurement: [String]? = nil, kii: [KIIStatus]? = nil, institution: [InstitutionKind]? = nil,
        purposes: [Purpose]? = nil,
        personalData: Bool? = nil, stateInformationSystem: Bool? = nil, municipalParticipation: Bool? = nil
    ) {
        self.country = country
        self.ownership = ownership
        self.sector = sector
        self.procurement = procurement
        self.kii = kii
        self.institution = institution
        self.purposes = purposes
        self.personalData = personalData
        self.stateInformationSystem = stateInformationSystem
        self.municipalParticipation = municipalParticipation
    }

}
