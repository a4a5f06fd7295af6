/// A product of the catalog (`Catalog/products/<id>.yaml`): what it can do, what it costs,
/// and the legal facts that decide who may choose it, each with its source and date.
public struct Product: Sendable {
    /// Slug id, equal to the file name.
    public var id: String
    /// The name as the vendor writes it (in Cyrillic for some Russian products).
    public var name: String
    /// The name in English plans when `name` is written in Cyrillic (`МТС Линк` → `MTS Link`);
    /// nil when `name` serves both.
    public var nameEn: String?
    /// e.g. `videoconferencing`; products are compared within a category.
    public var category: String
    /// Names the product was known by before (e.g. Webinar.ru).
    public var formerNames: [String]
    public var summary: LocalizedText?
    public var vendor: Vendor
    /// Register entries by register name (`ru_software`, `rkn_foreign_messengers`, …), sorted.
    public var registries: [String: RegistryEntry]
    public var certifications: [Certification]
    /// Where the cloud edition keeps data; nil when unknown.
    public var dataResidency: DataResidency?
    /// Known capability values by capability id. A missing id is unknown, not false.
    public var capabilities: [String: CapabilityFact]
    public var pricing: [PricingPlan]
    public var restrictions: [Restriction]
    public var advisories: [Advisory]
    /// How data moves in, by kind (`import_users: ldap`), sorted by kind.
    public var migration: [MigrationPath]
    public var sources: [String]
    /// The file the product was read from.
    public var file: String

    /// Creates a product.
    public init(
        id: String, name: String, nameEn: String? = nil, category: String, formerNames: [String] = [],
        summary: LocalizedText? = nil,
        vendor: Vendor, registries: [String: RegistryEntry] = [:], certifications: [Certification] = [],
        dataResidency: DataResidency? = nil, capabilities: [String: CapabilityFact] = [:],
        pricing: [PricingPlan] = [], restrictions: [Restriction] = [], advisories: [Advisory] = [],
        migration: [MigrationPath] = [], sources: [String] = [], file: String = ""
    ) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.category = category
        self.formerNames = formerNames
        self.summary = summary
        self.vendor = vendor
        self.registries = registries
        self.certifications = certifications
        self.dataResidency = dataResidency
        self.capabilities = capabilities
        self.pricing = pricing
        self.restrictions = restrictions
        self.advisories = advisories
        self.migration = migration
        self.sources = sources
        self.file = file
    }

    /// The product's name in a plan of `language`: `nameEn` in English when the catalog has one.
    public func name(in language: Language) -> String {
        language == .en ? nameEn ?? name : name
    }

    /// The value of a capability, if the catalog knows it.
    public func capability(_ id: String) -> CapabilityFact? { capabilities[id] }

    /// True when the product can be installed on the organization's own servers (confirmed).
    public var canRunOnPremises: Bool {
        if case .bool(true) = capabilities["deployment.on_premises"]?.value,
            capabilities["deployment.on_premises"]?.provenance.isReliable == true
        {
            return true
        }
        return false
    }

    /// True when the product is domestic for an organization of `country`: its vendor is of
    /// that country (a reliable fact). "Domestic" is always the organization's own country.
    public func isDomestic(for country: String) -> Bool {
        vendor.provenance.isReliable && vendor.country == country
    }
}

/// The company behind a product.
public struct Vendor: Sendable, Hashable {
    public var name: String
    /// ISO alpha-2 country of the rightholder.
    public var country: String
    public var website: String?
    public var provenance: Provenance

    /// Creates a vendor.
    public init(name: String, country: String, website: String? = nil, provenance: Provenance = Provenance()) {
        self.name = name
        self.country = country
        self.website = website
        self.provenance = provenance
    }
}

/// An entry (or a known absence) in an official register.
public struct RegistryEntry: Sendable, Hashable {
    /// True when listed; false records a known absence.
    public var listed: Bool
    /// The register's record number, when confirmed.
    public var number: String?
    /// Listed since, when confirmed.
    public var since: CalendarDate?
    public var provenance: Provenance

    /// Creates an entry.
    public init(listed: Bool, number: String? = nil, since: CalendarDate? = nil, provenance: Provenance = Provenance())
    {
        self.listed = listed
        self.number = number
        self.since = since
        self.provenance = provenance
    }
}

/// A certificate, e.g. FSTEC's.
public struct Certification: Sendable, Hashable {
    /// e.g. `fstec`.
    public var kind: String
    public var number: String?
    /// Valid until.
    public var until: CalendarDate?
    public var provenance: Provenance

    /// Creates a certification.
    public init(kind: String, number: String? = nil, until: CalendarDate? = nil, provenance: Provenance = Provenance())
    {
        self.kind = kind
        self.number = number
        self.until = until
        self.provenance = provenance
    }
}

/// Where a cloud edition stores data.
public struct DataResidency: Sendable, Hashable {
    /// ISO alpha-2 countries.
    public var countries: [String]
    public var provenance: Provenance

    /// Creates a residency fact.
    public init(countries: [String], provenance: Provenance = Provenance()) {
        self.countries = countries
        self.provenance = provenance
    }
}

/// A price plan a buyer can choose.
public struct PricingPlan: Sendable, Hashable {
    /// How the price is counted.
    public enum Model: String, Sendable, CaseIterable, Codable {
        case perUserYear = "per_user_year"
        case perUserMonth = "per_user_month"
        case perServer = "per_server"
        case perConcurrent = "per_concurrent"
        case free
    }

    public var plan: String
    public var model: Model
    /// Price per unit of the model, in `currency`.
    public var price: Double
    public var currency: String
    /// One-time cost on purchase.
    public var oneTime: Double
    /// The least number of licences sold.
    public var minimumUsers: Int?
    public var provenance: Provenance

    /// Creates a price plan.
    public init(
        plan: String, model: Model, price: Double, currency: String, oneTime: Double = 0,
        minimumUsers: Int? = nil, provenance: Provenance = Provenance()
    ) {
        self.plan = plan
        self.model = model
        self.price = price
        self.currency = currency
        self.oneTime = oneTime
        self.minimumUsers = minimumUsers
        self.provenance = provenance
    }
}

/// Something the vendor itself refuses (e.g. Zoom's 2021 restriction on state customers).
public struct Restriction: Sendable, Hashable {
    /// What the vendor refuses.
    public enum Effect: String, Sendable, CaseIterable, Codable {
        /// No new sales or renewals.
        case noSales = "no_sales"
        /// Service to existing customers ended.
        case serviceEnded = "service_ended"
    }

    public var id: String
    public var summary: LocalizedText?
    public var appliesTo: OrganizationCondition
    public var effect: Effect
    public var since: CalendarDate
    public var until: CalendarDate?
    public var provenance: Provenance

    /// Creates a restriction.
    public init(
        id: String, summary: LocalizedText? = nil, appliesTo: OrganizationCondition, effect: Effect,
        since: CalendarDate, until: CalendarDate? = nil, provenance: Provenance = Provenance()
    ) {
        self.id = id
        self.summary = summary
        self.appliesTo = appliesTo
        self.effect = effect
        self.since = since
        self.until = until
        self.provenance = provenance
    }

    /// True when the restriction is in force on a date.
    public func isInForce(on date: CalendarDate) -> Bool {
        since <= date && (until.map { date <= $0 } ?? true)
    }
}

/// A known vulnerability of a product.
public struct Advisory: Sendable, Hashable {
    public var id: String
    public var summary: LocalizedText
    public var cvss: Double?
    /// Exploited in the wild (e.g. in CISA's KEV catalog).
    public var exploited: Bool
    /// The first fixed version, when confirmed.
    public var fixedIn: String?
    public var published: CalendarDate?
    public var provenance: Provenance

    /// Creates an advisory.
    public init(
        id: String, summary: LocalizedText, cvss: Double? = nil, exploited: Bool = false,
        fixedIn: String? = nil, published: CalendarDate? = nil, provenance: Provenance = Provenance()
    ) {
        self.id = id
        self.summary = summary
        self.cvss = cvss
        self.exploited = exploited
        self.fixedIn = fixedIn
        self.published = published
        self.provenance = provenance
    }
}

/// How one kind of data moves into a product.
public struct MigrationPath: Sendable, Hashable {
    /// Kinds of data a plan moves.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case importUsers = "import_users"
        case importRecordings = "import_recordings"
        case importMeetings = "import_meetings"
        case importContacts = "import_contacts"
    }

    /// How the data moves.
    public enum Method: String, Sendable, CaseIterable, Codable {
        case csv, ldap, api, manual, none
    }

    public var kind: Kind
    public var method: Method

    /// Creates a migration path.
    public init(kind: Kind, method: Method) {
        self.kind = kind
        self.method = method
    }
}
