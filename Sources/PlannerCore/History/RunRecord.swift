/// One run of `plan compare` or `plan generate` for one organization, as the history keeps it.
///
/// The store's own shape: it holds what a later diff needs (ranks, scores, blockers, a
/// snapshot of facts and the rules in force) and nothing of how the assessment was computed,
/// so the assessment can change without a schema change.
public struct RunRecord: Sendable, Hashable {
    /// The command that made the run.
    public enum Command: String, Sendable, Hashable, CaseIterable {
        case compare, generate
    }

    /// The row id, assigned by ``HistoryStore/record(_:)``; nil before the run is recorded.
    public var id: Int64?
    /// The organization's id from its inventory (e.g. `gymnasium-5`).
    public var organizationID: String
    /// The organization's name as written in its inventory.
    public var organizationName: String
    /// A fingerprint of the inventory file: a change means the organization's answers changed.
    public var inventoryFingerprint: String
    /// ``Catalog/fingerprint`` of the catalog the run used.
    public var catalogFingerprint: String
    /// The date laws and facts were evaluated at (`--as-of`).
    public var asOf: CalendarDate
    /// The version of `plan` that made the run.
    public var toolVersion: String
    /// `compare` or `generate`.
    public var command: Command
    /// The order in which runs were recorded (1, 2, 3 … across the whole file), assigned by the
    /// store; nil before. A counter rather than a clock, so nothing that feeds output depends
    /// on when a run happened.
    public var recordedSequence: Int64?
    /// Every product assessed, in the order the run listed them (ranked first, by rank).
    public var products: [ProductRecord]
    /// The rules in force at `asOf` for this organization.
    public var rules: [RuleRecord]

    /// Creates a run; `id` and `recordedSequence` stay nil until the store records it.
    public init(
        id: Int64? = nil, organizationID: String, organizationName: String, inventoryFingerprint: String,
        catalogFingerprint: String, asOf: CalendarDate, toolVersion: String, command: Command,
        recordedSequence: Int64? = nil, products: [ProductRecord], rules: [RuleRecord]
    ) {
        self.id = id
        self.organizationID = organizationID
        self.organizationName = organizationName
        self.inventoryFingerprint = inventoryFingerprint
        self.catalogFingerprint = catalogFingerprint
        self.asOf = asOf
        self.toolVersion = toolVersion
        self.command = command
        self.recordedSequence = recordedSequence
        self.products = products
        self.rules = rules
    }

    /// The products with a rank, by category then rank.
    public var rankedProducts: [ProductRecord] {
        products.filter { $0.rank != nil }.sorted {
            ($0.category, $0.rank ?? 0, $0.productID) < ($1.category, $1.rank ?? 0, $1.productID)
        }
    }

    /// The product with this id, if the run assessed it.
    public func product(_ id: String) -> ProductRecord? {
        products.first { $0.productID == id }
    }
}

/// One product's outcome in one run.
public struct ProductRecord: Sendable, Hashable {
    /// The outcome of the rules and requirements for the product.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Every rule and must-requirement is met.
        case eligible
        /// Nothing is broken, but something depends on a fact the catalog does not know.
        case conditional
        /// A blocker is broken.
        case excluded

        /// True for `eligible` and `conditional`, the statuses that are ranked.
        public var isRanked: Bool { self != .excluded }
    }

    /// The catalog product id (e.g. `trueconf`).
    public var productID: String
    /// The product's display name.
    public var name: String
    /// The product's category (e.g. `videoconferencing`); ranks count within a category.
    public var category: String
    public var status: Status
    /// 1 = best within its category; nil when excluded.
    public var rank: Int?
    /// Score parts, 0–100; nil when the run did not score the product.
    public var fit: Double?
    public var cost: Double?
    public var effort: Double?
    public var risk: Double?
    /// The weighted total, 0–100.
    public var total: Double?
    /// The cost over three years in `currency`.
    public var threeYearCost: Double?
    /// An ISO 4217 code, e.g. `RUB`.
    public var currency: String?
    /// The broken rules that exclude the product (or the broken requirements, rule `REQUIREMENT`).
    public var blockers: [BlockerRecord]
    /// The catalog facts the run saw, sorted by key, each key once: the snapshot a diff compares
    /// to show price and fact changes without the old catalog.
    public private(set) var facts: [FactRecord]

    /// Creates a product outcome. `facts` are sorted by key; a key given twice keeps its last value.
    public init(
        productID: String, name: String, category: String, status: Status, rank: Int? = nil,
        fit: Double? = nil, cost: Double? = nil, effort: Double? = nil, risk: Double? = nil, total: Double? = nil,
        threeYearCost: Double? = nil, currency: String? = nil, blockers: [BlockerRecord] = [], facts: [FactRecord] = []
    ) {
        self.productID = productID
        self.name = name
        self.category = category
        self.status = status
        self.rank = rank
        self.fit = fit
        self.cost = cost
        self.effort = effort
        self.risk = risk
        self.total = total
        self.threeYearCost = threeYearCost
        self.currency = currency
        self.blockers = blockers
        self.facts = Self.normalized(facts)
    }

    /// Replaces the facts snapshot (sorted by key, last value of a repeated key wins).
    public mutating func setFacts(_ facts: [FactRecord]) {
        self.facts = Self.normalized(facts)
    }

    /// One fact, if the snapshot has it.
    public func fact(_ subject: FactSubject) -> FactRecord? {
        facts.first { $0.subject == subject }
    }

    /// Sorted by key, one entry per key: the stored form, so equal snapshots compare equal.
    static func normalized(_ facts: [FactRecord]) -> [FactRecord] {
        var byKey: [String: FactRecord] = [:]
        for fact in facts { byKey[fact.key] = fact }
        return byKey.keys.sorted().compactMap { byKey[$0] }
    }
}

/// A broken rule and why, as the run reported it.
public struct BlockerRecord: Sendable, Hashable {
    /// The rule id (e.g. `RU-1236-REGISTRY`), `REQUIREMENT` or `VENDOR-RESTRICTION`.
    public var rule: String
    /// Why it is broken; nil for a run recorded before reasons were stored as codes.
    public var reason: Reason?
    /// The reason's second clause, when it had one.
    public var caveat: Reason?
    /// What a run recorded before reasons were codes kept instead: its English message, shown
    /// as recorded; nil for every newer run.
    public var recordedMessage: String?

    /// Creates a blocker.
    public init(rule: String, reason: Reason?, caveat: Reason? = nil, recordedMessage: String? = nil) {
        self.rule = rule
        self.reason = reason
        self.caveat = caveat
        self.recordedMessage = recordedMessage
    }
}

/// A rule in force for the organization at the run's as-of date.
public struct RuleRecord: Sendable, Hashable {
    /// What breaking the rule does at that date.
    public enum Severity: String, Sendable, Hashable, CaseIterable {
        case blocker, warning
    }

    /// The stable rule id (e.g. `RU-152-LOCALIZATION`).
    public var ruleID: String
    public var severity: Severity
    /// The rule's title from the catalog the run used (a run recorded before titles were kept
    /// in both languages has its English title in both).
    public var title: LocalizedText

    /// Creates a rule entry.
    public init(ruleID: String, severity: Severity, title: LocalizedText) {
        self.ruleID = ruleID
        self.severity = severity
        self.title = title
    }
}
