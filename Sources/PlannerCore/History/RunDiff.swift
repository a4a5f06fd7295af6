/// What changed between two runs of one organization: inputs, rules in force, eligibility,
/// ranks, scores, costs and catalog facts. A pure value built from two ``RunRecord``s (the
/// newer one need not be recorded yet), with every list in a fixed order so that the same two
/// runs always give the same text.
public struct RunDiff: Sendable, Hashable {
    /// Which run a side of the diff is: enough to name it in a heading.
    public struct Side: Sendable, Hashable {
        public var id: Int64?
        public var asOf: CalendarDate
        public var command: RunRecord.Command
        public var toolVersion: String
        public var inventoryFingerprint: String
        public var catalogFingerprint: String

        init(_ run: RunRecord) {
            id = run.id
            asOf = run.asOf
            command = run.command
            toolVersion = run.toolVersion
            inventoryFingerprint = run.inventoryFingerprint
            catalogFingerprint = run.catalogFingerprint
        }
    }

    /// A rule that came into force, left it, or changed severity between the two runs.
    public struct RuleChange: Sendable, Hashable {
        public var ruleID: String
        /// The newer title when the rule is still in force, else the older one.
        public var title: LocalizedText
        /// The severity in the older run; nil when the rule was not in force then.
        public var from: RuleRecord.Severity?
        /// The severity in the newer run; nil when the rule is no longer in force.
        public var to: RuleRecord.Severity?
    }

    /// A product whose status changed (or that appeared in or left the comparison).
    public struct StatusChange: Sendable, Hashable {
        public var productID: String
        public var name: String
        public var category: String
        /// Nil when the product was not assessed in the older run.
        public var from: ProductRecord.Status?
        /// Nil when the product is not assessed in the newer run.
        public var to: ProductRecord.Status?
        /// The rank in the newer run, if ranked.
        public var rank: Int?
        /// Blockers in the newer run that the older one did not have: why it is excluded now.
        public var newBlockers: [BlockerRecord]
        /// Blockers of the older run that are gone: why it is admitted now.
        public var liftedBlockers: [BlockerRecord]
    }

    /// A product excluded in both runs whose blocking rules changed.
    public struct BlockerChange: Sendable, Hashable {
        public var productID: String
        public var name: String
        public var category: String
        public var added: [BlockerRecord]
        public var removed: [BlockerRecord]
    }

    /// A product ranked in both runs at a different place.
    public struct RankChange: Sendable, Hashable {
        public var productID: String
        public var name: String
        public var category: String
        public var from: Int
        public var to: Int
    }

    /// The first-ranked product of a category changed: the recommendation is another product
    /// (or there is none any more, or there is one again).
    public struct LeaderChange: Sendable, Hashable {
        public var category: String
        /// The older leader's id and name; nil when nothing was ranked in the category.
        public var fromProductID: String?
        public var fromName: String?
        /// The newer leader's id and name; nil when nothing is ranked in the category now.
        public var toProductID: String?
        public var toName: String?
    }

    /// The score parts a run records.
    public enum Score: String, Sendable, Hashable, CaseIterable {
        case total, fit, cost, effort, risk
    }

    /// One score part of one product that moved by at least 0.1 (the precision shown).
    public struct ScoreChange: Sendable, Hashable {
        public var productID: String
        public var name: String
        public var score: Score
        public var from: Double
        public var to: Double
    }

    /// A product's three-year cost that changed, appeared or disappeared.
    public struct CostChange: Sendable, Hashable {
        public var productID: String
        public var name: String
        public var from: Double?
        public var fromCurrency: String?
        public var to: Double?
        public var toCurrency: String?
    }

    /// A catalog fact of one product that changed, appeared or disappeared in the snapshot.
    public struct FactChange: Sendable, Hashable {
        public var productID: String
        public var name: String
        public var subject: FactSubject
        /// Nil when the older snapshot did not have the fact (unknown then).
        public var from: FactRecord?
        /// Nil when the newer snapshot does not have it (unknown now).
        public var to: FactRecord?
    }

    public var organizationID: String
    /// The organization's name in the newer run.
    public var organizationName: String
    public var older: Side
    public var newer: Side
    /// By rule id.
    public var rules: [RuleChange]
    /// By category, then product id.
    public var statuses: [StatusChange]
    /// By category, then product id.
    public var blockers: [BlockerChange]
    /// By category, then new rank, then product id.
    public var ranks: [RankChange]
    /// By category: the categories whose first-ranked product changed.
    public var leaders: [LeaderChange]
    /// By product id, then total first and the parts in their usual order.
    public var scores: [ScoreChange]
    /// By product id.
    public var costs: [CostChange]
    /// By product id, then key.
    public var facts: [FactChange]
    /// The title of every rule in force in either run, by id (the newer run's when both have it):
    /// what a blocker of a law is called.
    public var ruleTitles: [String: LocalizedText]

    /// True when the inventory fingerprints differ: the organization's answers changed.
    public var inventoryChanged: Bool { older.inventoryFingerprint != newer.inventoryFingerprint }
    /// True when the catalog fingerprints differ: products, prices or laws were edited.
    public var catalogChanged: Bool { older.catalogFingerprint != newer.catalogFingerprint }

    /// True when nothing that a plan shows changed (inputs may still differ).
    public var hasNoOutcomeChanges: Bool {
        rules.isEmpty && statuses.isEmpty && blockers.isEmpty && ranks.isEmpty && leaders.isEmpty && scores.isEmpty
            && costs.isEmpty && facts.isEmpty
    }

    /// The changes from `older` to `newer`.
    public init(from older: RunRecord, to newer: RunRecord) {
        organizationID = newer.organizationID
        organizationName = newer.organizationName
        self.older = Side(older)
        self.newer = Side(newer)
        rules = Self.ruleChanges(older.rules, newer.rules)
        var titles: [String: LocalizedText] = [:]
        for rule in older.rules + newer.rules { titles[rule.ruleID] = rule.title }
        ruleTitles = titles

        let before = Dictionary(older.products.map { ($0.productID, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(newer.products.map { ($0.productID, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = Set(before.keys).union(after.keys).sorted {
            ((after[$0] ?? before[$0])?.category ?? "", $0) < ((after[$1] ?? before[$1])?.category ?? "", $1)
        }
        statuses = []
        blockers = []
        ranks = []
        scores = []
        costs = []
        facts = []
        for id in ids {
            guard let new = after[id] else {
                if let old = before[id] { statuses.append(Self.statusChange(old: old, new: nil)) }
                continue
            }
            guard let old = before[id] else {
                statuses.append(Self.statusChange(old: nil, new: new))
                continue
            }
            if old.status != new.status {
                statuses.append(Self.statusChange(old: old, new: new))
            } else if old.status == .excluded, old.blockers != new.blockers {
                let (added, removed) = Self.blockerDelta(old.blockers, new.blockers)
                if !added.isEmpty || !removed.isEmpty {
                    blockers.append(
                        BlockerChange(
                            productID: id, name: new.name, category: new.category, added: added, removed: removed))
                }
            }
            if let from = old.rank, let to = new.rank, from != to {
                ranks.append(RankChange(productID: id, name: new.name, category: new.category, from: from, to: to))
            }
            scores += Self.scoreChanges(old, new)
            if old.threeYearCost != new.threeYearCost || (old.threeYearCost != nil && old.currency != new.currency) {
                costs.append(
                    CostChange(
                        productID: id, name: new.name, from: old.threeYearCost, fromCurrency: old.currency,
                        to: new.threeYearCost, toCurrency: new.currency))
            }
            facts += Self.factChanges(old, new)
        }
        ranks.sort { ($0.category, $0.to, $0.productID) < ($1.category, $1.to, $1.productID) }
        leaders = Self.leaderChanges(older.products, newer.products)
        scores.sort { ($0.productID, Self.order($0.score)) < ($1.productID, Self.order($1.score)) }
        costs.sort { $0.productID < $1.productID }
        facts.sort { ($0.productID, $0.subject.key) < ($1.productID, $1.subject.key) }
    }

    // MARK: - The parts

    private static func ruleChanges(_ old: [RuleRecord], _ new: [RuleRecord]) -> [RuleChange] {
        let before = Dictionary(old.map { ($0.ruleID, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.ruleID, $0) }, uniquingKeysWith: { first, _ in first })
        return Set(before.keys).union(after.keys).sorted().compactMap { id in
            let from = before[id]?.severity
            let to = after[id]?.severity
            guard from != to else { return nil }
            return RuleChange(
                ruleID: id, title: after[id]?.title ?? before[id]?.title ?? LocalizedText(ru: "", en: ""), from: from,
                to: to)
        }
    }

    private static func leaderChanges(_ old: [ProductRecord], _ new: [ProductRecord]) -> [LeaderChange] {
        func leaders(_ products: [ProductRecord]) -> [String: ProductRecord] {
            var first: [String: ProductRecord] = [:]
            for product in products where product.status.isRanked && product.rank != nil {
                if let current = first[product.category],
                    (current.rank ?? 0, current.productID) <= (product.rank ?? 0, product.productID)
                {
                    continue
                }
                first[product.category] = product
            }
            return first
        }
        let before = leaders(old)
        let after = leaders(new)
        let categories = Set(old.map(\.category)).union(new.map(\.category)).sorted()
        return categories.compactMap { category in
            let from = before[category]
            let to = after[category]
            guard from?.productID != to?.productID else { return nil }
            return LeaderChange(
                category: category, fromProductID: from?.productID, fromName: from?.name, toProductID: to?.productID,
                toName: to?.name)
        }
    }

    private static func statusChange(old: ProductRecord?, new: ProductRecord?) -> StatusChange {
        let (added, removed) = blockerDelta(old?.blockers ?? [], new?.blockers ?? [])
        let product = new ?? old
        return StatusChange(
            productID: product?.productID ?? "", name: product?.name ?? "", category: product?.category ?? "",
            from: old?.status, to: new?.status, rank: new?.rank,
            newBlockers: new == nil ? [] : added, liftedBlockers: new == nil ? [] : removed)
    }

    /// Blockers compared by rule id: the same rule broken for another reason is not a new blocker.
    private static func blockerDelta(_ old: [BlockerRecord], _ new: [BlockerRecord]) -> (
        added: [BlockerRecord], removed: [BlockerRecord]
    ) {
        let oldRules = Set(old.map(\.rule))
        let newRules = Set(new.map(\.rule))
        return (new.filter { !oldRules.contains($0.rule) }, old.filter { !newRules.contains($0.rule) })
    }

    private static func scoreChanges(_ old: ProductRecord, _ new: ProductRecord) -> [ScoreChange] {
        Score.allCases.compactMap { score in
            guard let from = value(score, of: old), let to = value(score, of: new),
                tenths(from) != tenths(to)
            else { return nil }
            return ScoreChange(productID: new.productID, name: new.name, score: score, from: from, to: to)
        }
    }

    private static func factChanges(_ old: ProductRecord, _ new: ProductRecord) -> [FactChange] {
        let before = Dictionary(old.facts.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        let after = Dictionary(new.facts.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        return Set(before.keys).union(after.keys).sorted().compactMap { key in
            let from = before[key]
            let to = after[key]
            if let from, let to, from.says(the: to) { return nil }
            guard let subject = (to ?? from)?.subject else { return nil }
            return FactChange(productID: new.productID, name: new.name, subject: subject, from: from, to: to)
        }
    }

    private static func value(_ score: Score, of product: ProductRecord) -> Double? {
        switch score {
        case .total: product.total
        case .fit: product.fit
        case .cost: product.cost
        case .effort: product.effort
        case .risk: product.risk
        }
    }

    /// Scores are shown to one decimal; a move below that is noise, not a change.
    static func tenths(_ value: Double) -> Int64 {
        Int64(saturating: (value * 10).rounded())
    }

    private static func order(_ score: Score) -> Int {
        Score.allCases.firstIndex(of: score) ?? 0
    }
}
