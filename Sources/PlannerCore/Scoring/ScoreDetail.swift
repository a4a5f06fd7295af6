/// The four scores a ranked product gets, each 0–100.
public enum ScoreKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// How well it does what the organization wants and uses today.
    case fit
    /// How cheap it is over three years, against the cheapest option.
    case cost
    /// How little work the move is.
    case effort
    /// How little can go wrong with the vendor, the law and the unknowns.
    case risk

    /// The weight of this score in a set of weights.
    public func weight(in weights: Weights) -> Double {
        switch self {
        case .fit: return weights.fit
        case .cost: return weights.cost
        case .effort: return weights.effort
        case .risk: return weights.risk
        }
    }
}

extension Weights {
    /// The weights with one of them replaced.
    public func setting(_ kind: ScoreKind, to value: Double) -> Weights {
        var copy = self
        switch kind {
        case .fit: copy.fit = value
        case .cost: copy.cost = value
        case .effort: copy.effort = value
        case .risk: copy.risk = value
        }
        return copy
    }
}

/// One figure that adds to or deducts from a score, so a reader can recompute it by hand.
public struct ScorePart: Sendable, Hashable {
    /// A stable key for programs: `want:transcription`, `missing_feature:polls`, `foreign_vendor`.
    public var key: String
    /// What the figure is for, e.g. `fit-want` with the capability, its weight and the outcome.
    public var reason: Reason
    /// Points added (positive) or deducted (negative).
    public var points: Double
    /// The unknown facts the part rests on; empty when it rests on none.
    public var facts: [String]
    /// How many points the part would lose (≤ 0) when its facts go against the product.
    public var low: Double
    /// How many points it would gain (≥ 0) when they go for it.
    public var high: Double

    /// Creates a part; `facts`, `low` and `high` describe an unknown it rests on.
    public init(key: String, reason: Reason, points: Double, facts: [String] = [], low: Double = 0, high: Double = 0) {
        self.key = key
        self.reason = reason
        self.points = points
        self.facts = facts
        self.low = min(0, low)
        self.high = max(0, high)
    }
}

/// One score with its parts: `base` plus the parts' points is the value.
public struct ScoreDetail: Sendable, Hashable {
    public var kind: ScoreKind
    /// 0–100, unrounded; nil when unknown (a cost the catalog and the quotes cannot give).
    public var value: Double?
    /// The figure the total uses: the value, or the documented stand-in for an unknown.
    public var used: Double
    /// Where the parts start: 100 for scores made of deductions, 0 for sums.
    public var base: Double
    /// Every addition or deduction, in order.
    public var parts: [ScorePart]

    /// Creates a score.
    public init(kind: ScoreKind, value: Double?, used: Double, base: Double, parts: [ScorePart]) {
        self.kind = kind
        self.value = value
        self.used = used
        self.base = base
        self.parts = parts
    }

    /// A score of 100 minus deductions, floored at 0; the floor, when it bites, is a part of
    /// its own so the parts still add up.
    static func deductions(_ kind: ScoreKind, _ parts: [ScorePart]) -> ScoreDetail {
        var parts = parts.filter { $0.points != 0 }
        let raw = 100 + parts.reduce(0) { $0 + $1.points }
        if raw < 0 {
            parts.append(ScorePart(key: "floor", reason: Reason(.scoreFloor), points: -raw))
        }
        let value = max(0, raw)
        return ScoreDetail(kind: kind, value: value, used: value, base: 100, parts: parts)
    }
}

/// The four scores of one product and their weighted total.
public struct Scores: Sendable, Hashable {
    public var fit: ScoreDetail
    public var cost: ScoreDetail
    public var effort: ScoreDetail
    public var risk: ScoreDetail
    /// Σ used score × weight / 100 with the normalized weights, unrounded.
    public var total: Double

    /// Creates scores; the total is computed from the weights.
    public init(fit: ScoreDetail, cost: ScoreDetail, effort: ScoreDetail, risk: ScoreDetail, weights: Weights) {
        self.fit = fit
        self.cost = cost
        self.effort = effort
        self.risk = risk
        self.total = TotalScore.total(of: [fit.used, cost.used, effort.used, risk.used], weights: weights)
    }

    /// The score of a kind.
    public subscript(kind: ScoreKind) -> ScoreDetail {
        switch kind {
        case .fit: return fit
        case .cost: return cost
        case .effort: return effort
        case .risk: return risk
        }
    }

    /// The figures the total uses, in the order fit, cost, effort, risk.
    public var used: [Double] { ScoreKind.allCases.map { self[$0].used } }

    /// The total rounded to one decimal, as shown and as ranked.
    public var shownTotal: Double { TotalScore.rounded(total) }
}

/// The weighted total and the order it gives.
public enum TotalScore {
    /// Σ score × weight / 100 for scores in the order fit, cost, effort, risk.
    public static func total(of scores: [Double], weights: Weights) -> Double {
        zip(scores, ScoreKind.allCases).reduce(0) { $0 + $1.0 * $1.1.weight(in: weights) } / 100
    }

    /// A figure rounded to one decimal, half away from zero, after removing floating-point
    /// noise below 1e-9 (so 86.25 shown by hand is 86.3 here too).
    public static func rounded(_ value: Double) -> Double {
        let cleaned = (value * 1e9).rounded() / 1e9
        return (cleaned * 10).rounded(.toNearestOrAwayFromZero) / 10
    }

    /// True when a product with total `a` and id `aID` ranks before one with `b`/`bID`:
    /// the higher total rounded to one decimal first, ties to the smaller product id.
    public static func ranksBefore(_ a: Double, _ aID: String, _ b: Double, _ bID: String) -> Bool {
        let (ra, rb) = (rounded(a), rounded(b))
        return ra != rb ? ra > rb : aID < bID
    }
}
