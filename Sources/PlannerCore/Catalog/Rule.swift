/// A legal requirement as data (`Catalog/rules/<country>.yaml`): to whom it applies, from
/// when, what it means to break it (`effect`), and the one predicate it requires of every
/// product checked against it (none for an obligation of the organization itself).
public struct Rule: Sendable, Hashable {
    /// What breaking a rule does to a product.
    public enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
        /// Not met: the product is excluded.
        case blocker
        /// Not met: the product stays eligible and the plan shows a risk.
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .blocker
        }
    }

    /// From a date on, the rule has another severity (152-FZ localization became a blocker
    /// on 2025-07-01).
    public struct SeverityChange: Sendable, Hashable {
        public var from: CalendarDate
        public var severity: Severity
        public var note: LocalizedText?

        /// Creates a change.
        public init(from: CalendarDate, severity: Severity, note: LocalizedText? = nil) {
            self.from = from
            self.severity = severity
            self.note = note
        }
    }

    /// The law or decree the rule stands for.
    public struct Citation: Sendable, Hashable {
        /// The act's official title with article and part.
        public var title: String
        public var url: String?

        /// Creates a citation.
        public init(title: String, url: String? = nil) {
            self.title = title
            self.url = url
        }
    }

    /// Stable id, reported by `plan compare --format json` (e.g. `RU-1236-REGISTRY`).
    public var id: String
    public var title: LocalizedText
    /// What it requires, in plain words.
    public var summary: LocalizedText?
    public var citation: Citation
    public var sources: [String]
    public var effectiveFrom: CalendarDate
    public var effectiveUntil: CalendarDate?
    /// The rule applies when any condition matches (each condition: every field matches).
    public var when: [OrganizationCondition]
    /// Organizations the rule may reach, which the research does not confirm: the rule is
    /// listed for them as one to check (`checkNote` says what), and decides nothing.
    public var checkWhen: [OrganizationCondition]
    /// What to check for an organization named only by `checkWhen`.
    public var checkNote: LocalizedText?
    /// What it requires of each product; nil for an obligation or information rule, which
    /// judges no product.
    public var require: Predicate?
    /// What breaking it means, for the plan's wording.
    public var effect: Effect
    /// The uses of a service the rule is about (the education law reaches `lessons`); nil:
    /// the whole organization.
    public var purposes: [Purpose]?
    /// The severity from `effectiveFrom`, before any change.
    public var severity: Severity
    public var severityChanges: [SeverityChange]
    public var advice: LocalizedText?
    /// Citation, summary or advice for some organizations or dates (the first that matches).
    public var variants: [Variant]
    /// Steps the rule adds to the work plan of an organization it applies to.
    public var tasks: [Task]
    /// Clauses the rule adds to the technical specification of an organization it applies to.
    public var specification: [Clause] = []
    public var confidence: Confidence
    public var note: String?
    /// Where the rule is written.
    public var location: SourceLocation?

    /// Creates a rule.
    public init(
        id: String, title: LocalizedText, summary: LocalizedText? = nil, citation: Citation, sources: [String] = [],
        effectiveFrom: CalendarDate, effectiveUntil: CalendarDate? = nil, when: [OrganizationCondition],
        require: Predicate?, severity: Severity, severityChanges: [SeverityChange] = [],
        advice: LocalizedText? = nil, confidence: Confidence = .confirmed, note: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.citation = citation
        self.sources = sources
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.when = when
        self.checkWhen = []
        self.checkNote = nil
        self.require = require
        self.effect = Effect.default(procurement: when.contains { $0.procurement != nil })
        self.purposes = nil
        self.severity = severity
        self.severityChanges = severityChanges.sorted { $0.from < $1.from }
        self.advice = advice
        self.variants = []
        self.tasks = []
        self.confidence = confidence
        self.note = note
        self.location = location
    }

    /// True when the rule is in force on the date.
    public func isInForce(on date: CalendarDate) -> Bool {
        effectiveFrom <= date && (effectiveUntil.map { date <= $0 } ?? true)
    }

    /// The severity in force on a date: the last change on or before it, else `severity`.
    public func severity(on date: CalendarDate) -> Severity {
        severityChanges.last { $0.from <= date }?.severity ?? severity
    }

    /// True when the rule is a blocker on some date of its period.
    public var isEverBlocker: Bool {
        severity == .blocker || severityChanges.contains { $0.severity == .blocker }
    }
}

/// What a rule requires of a product: one of a small fixed set, implemented once in
/// `PredicateEvaluator`. No expression language.
public enum Predicate: Sendable, Hashable {
    /// Listed in the named register.
    case registry(String)
    /// Not listed in the named register (e.g. RKN's list of foreign messengers).
    case notInRegistry(String)
    /// The vendor is from one of these countries.
    case vendorCountry([String])
    /// Cloud data is stored in one of these countries, or the product runs on premises.
    case dataResidency([String])
    /// Holds a certificate of this kind.
    case certification(String)
    /// Has this bool capability.
    case capability(String)

    /// The predicate's key in YAML.
    public var key: String {
        switch self {
        case .registry: return "registry"
        case .notInRegistry: return "not_in_registry"
        case .vendorCountry: return "vendor_country"
        case .dataResidency: return "data_residency"
        case .certification: return "certification"
        case .capability: return "capability"
        }
    }

    /// Every predicate key, for messages.
    public static let keys = [
        "registry", "not_in_registry", "vendor_country", "data_residency", "certification", "capability",
    ]

    /// The predicate as written: `registry: ru_software`.
    public var expression: String {
        switch self {
        case .registry(let name), .notInRegistry(let name), .certification(let name), .capability(let name):
            return "\(key): \(name)"
        case .vendorCountry(let countries), .dataResidency(let countries):
            return "\(key): [\(countries.joined(separator: ", "))]"
        }
    }
}
