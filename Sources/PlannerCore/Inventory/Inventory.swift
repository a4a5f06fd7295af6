/// An organization's inventory (format v1, see Docs/Inventory.md): who it is, which foreign
/// services it uses and how, what it requires of a replacement. Always fully valid: the
/// loader returns one only when the file had no errors, with every default filled in.
public struct Inventory: Sendable {
    /// The path the inventory was read from, as given (for plan titles and messages).
    public var file: String
    /// The format version; always 1.
    public var schema: Int
    /// Who the organization is; decides which laws apply.
    public var organization: Organization
    /// Foreign services in use today (at least one).
    public var services: [Service]
    /// What a replacement must and should do, and how scores combine.
    public var requirements: Requirements
    /// Commercial offers received, by product id, sorted by product id.
    public var quotes: [Quote]
    /// Settings for the generated plan.
    public var plan: PlanSettings
    /// Warnings the loader found (things worth knowing that do not make the file invalid),
    /// in file order.
    public var warnings: [Diagnostic]
    /// A fingerprint of the file's bytes (16 hex digits), so the history can tell when the
    /// organization's answers changed; empty for an inventory built in code.
    public var fingerprint: String = ""

    /// Creates an inventory from its parts.
    public init(
        file: String, schema: Int = 1, organization: Organization, services: [Service],
        requirements: Requirements = Requirements(), quotes: [Quote] = [], plan: PlanSettings = PlanSettings(),
        warnings: [Diagnostic] = []
    ) {
        self.file = file
        self.schema = schema
        self.organization = organization
        self.organization.purposes = Set(services.flatMap(\.purposes))
        self.services = services
        self.requirements = requirements
        self.quotes = quotes.sorted { $0.product < $1.product }
        self.plan = plan
        self.warnings = warnings
    }

    /// The quote for a product, if one was received.
    public func quote(for product: String) -> Quote? {
        quotes.first { $0.product == product }
    }

    /// One line for `plan validate`: `МБОУ «Гимназия № 5», 1 service`. The name is the
    /// user's text, so control characters (a terminal escape, a line break) and bidirectional
    /// overrides are shown as `?`.
    public var summary: String {
        let name = String(organization.name.unicodeScalars.map { TerminalText.isUnsafe($0) ? "?" : Character($0) })
        return "\(name), \(services.count) \(services.count == 1 ? "service" : "services")"
    }
}

/// Who the organization is.
public struct Organization: Sendable {
    /// Its name, any Unicode; never trusted as a path or as Markdown.
    public var name: String
    /// A slug `[a-z0-9][a-z0-9-]*` used for file names; derived from the name when not given.
    public var id: String
    /// ISO 3166-1 alpha-2 country code.
    public var country: String
    public var sector: Sector
    public var ownership: Ownership
    /// For education: a school or a university, when the inventory says so. Some vendor
    /// restrictions and the exam periods depend on it.
    public var institution: InstitutionKind?
    /// The procurement regime's id (`44-FZ`), from the catalog's regimes: the inventory's, or
    /// the default for the organization's country and ownership.
    public var procurement: String
    /// True when the inventory names no regime and `procurement` is the catalog's default.
    public var procurementDefaulted = false
    /// Processes personal data of citizens (default true).
    public var personalData: Bool
    public var kii: KIIStatus
    /// Operates a state information system (default false).
    public var stateInformationSystem: Bool
    /// A municipality is among the founders or shareholders (revision 2; default: true for
    /// municipal ownership, false otherwise). Decree 166 excludes such organizations.
    public var municipalParticipation: Bool
    /// People who will use the replacement (> 0).
    public var users: Int
    /// IT staff who will carry out the move (default 1; may be 0).
    public var itStaff: Int
    /// The date by which the migration must be finished.
    public var deadline: CalendarDate?
    /// The budget, when given.
    public var budget: Budget
    /// Sites; when the file gives none, one site holding all users.
    public var sites: [Site]
    /// What the services in use are used for, over all of them (`services[].purposes`), so
    /// that rules can name purposes.
    public var purposes: Set<Purpose> = []
    /// True when the id was made from the name (the inventory gives no `organization.id`):
    /// two organizations whose names make the same slug then share an id, and only the name
    /// tells their plans and runs apart.
    public var idFromName = false

    /// Creates an organization.
    public init(
        name: String, id: String, country: String, sector: Sector, ownership: Ownership,
        procurement: String, personalData: Bool = true, kii: KIIStatus = .none,
        stateInformationSystem: Bool = false, users: Int, itStaff: Int = 1, deadline: CalendarDate? = nil,
        budget: Budget = Budget(), sites: [Site] = [], institution: InstitutionKind? = nil,
        municipalParticipation: Bool? = nil
    ) {
        self.name = name
        self.id = id
        self.country = country
        self.sector = sector
        self.ownership = ownership
        self.institution = institution
        self.procurement = procurement
        self.personalData = personalData
        self.kii = kii
        self.stateInformationSystem = stateInformationSystem
        self.municipalParticipation = municipalParticipation ?? (ownership == .municipal)
        self.users = users
        self.itStaff = itStaff
        self.deadline = deadline
        self.budget = budget
        self.sites = sites.isEmpty ? [Site(name: name, users: users, roomSystems: 0)] : sites
    }

    /// SIP/H.323 room systems on all sites.
    public var roomSystems: Int { sites.reduce(0) { $0 + $1.roomSystems } }
}

/// Money the organization has.
public struct Budget: Sendable {
    /// ISO 4217 currency of every amount in the inventory (default RUB).
    public var currency: String
    /// The yearly budget for the replacement, if given.
    public var annual: Double?

    /// Creates a budget.
    public init(currency: String = "RUB", annual: Double? = nil) {
        self.currency = currency
        self.annual = annual
    }
}

/// One site of the organization.
public struct Site: Sendable {
    public var name: String
    public var users: Int
    /// SIP/H.323 meeting-room endpoints on this site.
    public var roomSystems: Int

    /// Creates a site.
    public init(name: String, users: Int, roomSystems: Int = 0) {
        self.name = name
        self.users = users
        self.roomSystems = roomSystems
    }
}

/// A foreign service in use today.
public struct Service: Sendable {
    /// Catalog product id.
    public var product: String
    /// The plan bought, free text.
    public var plan: String?
    public var licenses: Int?
    /// What it costs a year, in the budget currency.
    public var annualCost: Double?
    public var contractEnd: CalendarDate?
    /// True when the inventory says the service costs nothing and names no contract end: a
    /// free plan, with no contract to close or renew.
    public var isFree: Bool { annualCost == 0 && contractEnd == nil }
    public var usage: Usage
    /// Capability ids of the features used today, in file order.
    public var featuresUsed: [String]
    /// What the service is used for (revision 2), in file order; empty when not stated.
    public var purposes: [Purpose]

    /// Creates a service.
    public init(
        product: String, plan: String? = nil, licenses: Int? = nil, annualCost: Double? = nil,
        contractEnd: CalendarDate? = nil, usage: Usage = Usage(), featuresUsed: [String] = [],
        purposes: [Purpose] = []
    ) {
        self.product = product
        self.plan = plan
        self.licenses = licenses
        self.annualCost = annualCost
        self.contractEnd = contractEnd
        self.usage = usage
        self.featuresUsed = featuresUsed
        self.purposes = purposes
    }
}

/// How a service is used.
public struct Usage: Sendable {
    public var peakParticipants: Int?
    public var meetingsPerWeek: Int?
    public var webinarAttendees: Int?
    public var recordingsGB: Double?

    /// Creates a usage record.
    public init(
        peakParticipants: Int? = nil, meetingsPerWeek: Int? = nil, webinarAttendees: Int? = nil,
        recordingsGB: Double? = nil
    ) {
        self.peakParticipants = peakParticipants
        self.meetingsPerWeek = meetingsPerWeek
        self.webinarAttendees = webinarAttendees
        self.recordingsGB = recordingsGB
    }
}

/// What a replacement must and should do.
public struct Requirements: Sendable {
    /// Hard requirements: a product that fails one is excluded.
    public var must: [MustRequirement]
    /// Soft requirements with weights 1–5, in file order.
    public var want: [Want]
    /// How the four scores combine, normalized to sum 100.
    public var weights: Weights

    /// Creates requirements.
    public init(must: [MustRequirement] = [], want: [Want] = [], weights: Weights = .standard) {
        self.must = must
        self.want = want
        self.weights = weights
    }
}

/// A must-requirement: `ID`, `ID >= N` or `ID <= N`.
public struct MustRequirement: Sendable, Hashable {
    /// How the capability's value is compared.
    public enum Comparison: Sendable, Hashable {
        /// A bool capability must be true.
        case isTrue
        /// A number capability must be at least this.
        case atLeast(Double)
        /// A number capability must be at most this.
        case atMost(Double)
    }

    /// The capability id.
    public var capability: String
    public var comparison: Comparison

    /// Creates a requirement.
    public init(capability: String, comparison: Comparison) {
        self.capability = capability
        self.comparison = comparison
    }

    /// The requirement as written in an inventory: `clients.astra_linux`, `meetings.max_participants >= 200`.
    public var expression: String {
        switch comparison {
        case .isTrue: return capability
        case .atLeast(let n): return "\(capability) >= \(n.formatted())"
        case .atMost(let n): return "\(capability) <= \(n.formatted())"
        }
    }
}

/// A soft requirement with its weight.
public struct Want: Sendable, Hashable {
    public var capability: String
    /// 1 (nice) to 5 (nearly a must).
    public var weight: Int

    /// Creates a want.
    public init(capability: String, weight: Int) {
        self.capability = capability
        self.weight = weight
    }
}

/// The weights of the four scores in the total; they sum to 100.
public struct Weights: Sendable, Hashable, Codable {
    public var fit: Double
    public var cost: Double
    public var effort: Double
    public var risk: Double

    /// The default 40/30/20/10.
    public static let standard = Weights(fit: 40, cost: 30, effort: 20, risk: 10)

    /// Weights as given; `normalized()` scales them to sum 100.
    public init(fit: Double, cost: Double, effort: Double, risk: Double) {
        self.fit = fit
        self.cost = cost
        self.effort = effort
        self.risk = risk
    }

    /// The sum of the four.
    public var sum: Double { fit + cost + effort + risk }

    /// The weights scaled to sum 100 (unchanged when the sum is 0).
    public func normalized() -> Weights {
        let total = sum
        guard total > 0 else { return self }
        return Weights(
            fit: fit * 100 / total, cost: cost * 100 / total, effort: effort * 100 / total, risk: risk * 100 / total)
    }
}

/// A commercial offer received for a product.
public struct Quote: Sendable {
    /// Catalog product id.
    public var product: String
    /// Yearly cost, in the budget currency.
    public var annual: Double?
    /// One-time cost (server licences, installation), in the budget currency.
    public var oneTime: Double?
    /// The offer's date.
    public var date: CalendarDate?
    /// The offer's reference, free text.
    public var note: String?
    /// The licence metric and quantity the offer covers, when it states one
    /// (`connections`, `named_users` or `participants`, inventory revision 2).
    public var licences: LicenceQuantity?

    /// Creates a quote.
    public init(
        product: String, annual: Double? = nil, oneTime: Double? = nil, date: CalendarDate? = nil, note: String? = nil,
        licences: LicenceQuantity? = nil
    ) {
        self.product = product
        self.annual = annual
        self.oneTime = oneTime
        self.date = date
        self.note = note
        self.licences = licences
    }
}

/// What a commercial offer licenses: a metric and how many.
public struct LicenceQuantity: Sendable, Hashable {
    /// How a vendor counts licences.
    public enum Metric: String, Sendable, Hashable, CaseIterable, Codable {
        /// Simultaneous connections to a server (a room system takes one too).
        case connections
        /// Named accounts of the organization's own people.
        case namedUsers = "named_users"
        /// Simultaneous participants of meetings and webinars.
        case participants
    }

    public var metric: Metric
    /// How many the offer covers (> 0).
    public var quantity: Int

    /// Creates a quantity.
    public init(metric: Metric, quantity: Int) {
        self.metric = metric
        self.quantity = quantity
    }
}

/// Settings for the generated plan.
public struct PlanSettings: Sendable {
    /// The plan's language: `plan.language`, Russian when the file names none.
    public var language: Language
    /// The language the file names in `plan.language`; nil when it names none. Reports and
    /// messages follow it, else the user's locale (a plan defaults to Russian instead).
    public var statedLanguage: Language?
    /// The first day of the migration; the as-of date when not given.
    public var start: CalendarDate?
    /// Periods with no pilot or cut-over, besides public holidays.
    public var blackouts: [Blackout]

    /// Creates plan settings.
    public init(language: Language = .ru, start: CalendarDate? = nil, blackouts: [Blackout] = []) {
        self.language = language
        self.start = start
        self.blackouts = blackouts
    }
}

/// A period with no pilot or cut-over.
public struct Blackout: Sendable, Hashable {
    public var from: CalendarDate
    public var to: CalendarDate
    public var reason: String

    /// Creates a blackout; `from` ≤ `to`.
    public init(from: CalendarDate, to: CalendarDate, reason: String) {
        self.from = from
        self.to = to
        self.reason = reason
    }

    /// True when the date falls inside the period.
    public func contains(_ date: CalendarDate) -> Bool { from <= date && date <= to }
}
