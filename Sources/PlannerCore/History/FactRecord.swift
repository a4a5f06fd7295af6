/// One catalog fact of one product as a run saw it: what it is about, its value as a typed
/// value (an amount, a register entry, a capability's value), and how sure the catalog was.
/// A later run compares snapshots to say what changed without the old catalog; the templates
/// word the values.
public struct FactRecord: Sendable, Hashable {
    /// What the fact is about.
    public var subject: FactSubject
    public var value: FactValue
    /// How sure the catalog was of it; nil when the run did not record it (a run recorded
    /// before confidence was kept, whose value did not say "unconfirmed").
    public var confidence: Confidence?

    /// Creates a fact.
    public init(_ subject: FactSubject, _ value: FactValue, confidence: Confidence? = .confirmed) {
        self.subject = subject
        self.value = value
        self.confidence = confidence
    }

    /// The dotted key the history stores the subject as (`registries.ru_software`).
    public var key: String { subject.key }

    /// True when `other` says the same: the same value, and the same confidence as far as both
    /// runs recorded it (an unconfirmed fact that became reliable, or the other way round, changed).
    public func says(the other: FactRecord) -> Bool {
        guard subject == other.subject, value == other.value else { return false }
        guard let mine = confidence, let theirs = other.confidence else {
            return (confidence == .unconfirmed) == (other.confidence == .unconfirmed)
        }
        return mine == theirs
    }
}

/// What a recorded fact is about. Stored as a dotted key, which is also how SQL finds it
/// (`WHERE key = 'cost.annual'`).
public enum FactSubject: Sendable, Hashable {
    /// How the cost was found (`cost.basis`).
    case costBasis
    /// The yearly cost (`cost.annual`).
    case costAnnual
    /// The one-time cost (`cost.one_time`).
    case costOneTime
    /// The vendor's country (`vendor.country`).
    case vendorCountry
    /// Where the cloud keeps data (`data_residency`).
    case dataResidency
    /// The product's entry in a register (`registries.ID`).
    case registry(String)
    /// A certificate of a kind (`certification.KIND`).
    case certification(String)
    /// A price plan (`price.PLAN`).
    case price(String)
    /// A capability (`capability.ID`).
    case capability(String)
    /// A key this version does not know (kept, shown as recorded).
    case other(String)

    /// The dotted key.
    public var key: String {
        switch self {
        case .costBasis: return "cost.basis"
        case .costAnnual: return "cost.annual"
        case .costOneTime: return "cost.one_time"
        case .vendorCountry: return "vendor.country"
        case .dataResidency: return "data_residency"
        case .registry(let id): return "registries." + id
        case .certification(let kind): return "certification." + kind
        case .price(let plan): return "price." + plan
        case .capability(let id): return "capability." + id
        case .other(let key): return key
        }
    }

    /// The subject a dotted key names.
    public init(key: String) {
        let fixed: [String: FactSubject] = [
            "cost.basis": .costBasis, "cost.annual": .costAnnual, "cost.one_time": .costOneTime,
            "vendor.country": .vendorCountry, "data_residency": .dataResidency,
        ]
        if let subject = fixed[key] {
            self = subject
            return
        }
        let prefixed: [(String, (String) -> FactSubject)] = [
            ("registries.", FactSubject.registry), ("certification.", FactSubject.certification),
            ("price.", FactSubject.price), ("capability.", FactSubject.capability),
        ]
        for (prefix, make) in prefixed where key.hasPrefix(prefix) && key.count > prefix.count {
            self = make(String(key.dropFirst(prefix.count)))
            return
        }
        self = .other(key)
    }
}

/// The value of a recorded fact.
public enum FactValue: Sendable, Hashable {
    /// An amount (a cost).
    case money(Double, currency: String)
    /// A price plan's price and how it is counted.
    case price(Double, currency: String, model: PricingPlan.Model)
    /// How the cost was found.
    case basis(CostEstimate.Basis)
    /// A country code (the vendor's).
    case country(String)
    /// Country codes (where the cloud keeps data; empty: nowhere in a cloud).
    case countries([String])
    /// Listed in the register, with the record's number when known.
    case listed(number: String?)
    /// Recorded as not listed.
    case notListed
    /// A certificate is recorded, with its number when known.
    case certificate(number: String?)
    /// A yes/no capability.
    case flag(Bool)
    /// A number capability.
    case number(Double)
    /// A value this version cannot read (from an older run or another tool), kept as recorded.
    case text(String)
}
