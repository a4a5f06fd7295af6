/// The lowest and highest a score or a total can reach when the unknown facts behind it are
/// decided either way (Docs/Scoring.md, "Ranges"). The figure as it stands lies within it.
public struct ScoreRange: Sendable, Hashable {
    public var min: Double
    public var max: Double

    /// Creates a range; the bounds are put in order.
    public init(min: Double, max: Double) {
        self.min = Swift.min(min, max)
        self.max = Swift.max(min, max)
    }

    /// A range of one value: nothing unknown moves it.
    public static func exactly(_ value: Double) -> ScoreRange { ScoreRange(min: value, max: value) }

    /// True when unknown facts can move the figure at the precision shown.
    public var isSpread: Bool { TotalScore.rounded(max) > TotalScore.rounded(min) }
}

/// One unknown fact of an option and how far deciding it can move the option's total: `low`
/// (≤ 0) if it goes against the product, `high` (≥ 0) if it goes for it, the other facts as
/// they stand. Facts are capability ids, `cost`, `data_residency`, `licences`,
/// `vendor_country`, a rule id, or `advisory:<id>`.
public struct UnknownFact: Sendable, Hashable {
    public var fact: String
    /// Points of the total when the fact goes against the product (≤ 0).
    public var low: Double
    /// Points of the total when it goes for the product (≥ 0).
    public var high: Double

    /// Creates a fact.
    public init(fact: String, low: Double, high: Double) {
        self.fact = fact
        self.low = low
        self.high = high
    }

    /// How far the fact can move the total: `high − low`.
    public var swing: Double { high - low }
}

extension ScoreDetail {
    /// The score's range: the value plus the worst and the best of every part whose facts are
    /// unknown, within 0–100. A part counts once, whatever facts it names.
    public var range: ScoreRange {
        let low = parts.reduce(0) { $0 + $1.low }
        let high = parts.reduce(0) { $0 + $1.high }
        return ScoreRange(
            min: Swift.max(0, Swift.min(used, used + low)), max: Swift.min(100, Swift.max(used, used + high)))
    }
}

extension Scores {
    /// The range of the total: each score's range, weighted.
    public func range(weights: Weights) -> ScoreRange {
        ScoreRange(
            min: TotalScore.total(of: ScoreKind.allCases.map { self[$0].range.min }, weights: weights),
            max: TotalScore.total(of: ScoreKind.allCases.map { self[$0].range.max }, weights: weights))
    }

    /// Every unknown fact with what it can do to the total, the largest swing first (ties by
    /// fact). A part naming several facts shares its points among them equally.
    public func unknownFacts(weights: Weights) -> [UnknownFact] {
        var byFact: [String: (low: Double, high: Double)] = [:]
        var order: [String] = []
        for kind in ScoreKind.allCases {
            let weight = kind.weight(in: weights) / 100
            for part in self[kind].parts where !part.facts.isEmpty && (part.low != 0 || part.high != 0) {
                let share = Double(part.facts.count)
                for fact in part.facts {
                    if byFact[fact] == nil { order.append(fact) }
                    let current = byFact[fact] ?? (0, 0)
                    byFact[fact] = (current.low + part.low * weight / share, current.high + part.high * weight / share)
                }
            }
        }
        return order.compactMap { fact in byFact[fact].map { UnknownFact(fact: fact, low: $0.low, high: $0.high) } }
            .sorted { $0.swing != $1.swing ? $0.swing > $1.swing : $0.fact < $1.fact }
    }
}

extension RuleCheck {
    /// The fact a check rests on: the capability of a requirement, `data_residency` for a
    /// data-location rule, the rule id otherwise.
    public var fact: String {
        if kind == .requirement { return capability ?? requirement }
        if requirement.hasPrefix(Predicate.dataResidency([]).key + ":") { return "data_residency" }
        return rule
    }
}
