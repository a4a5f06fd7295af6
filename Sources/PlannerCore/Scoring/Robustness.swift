/// How far one weight must move to swap the first and second options of a category.
public struct WeightShift: Sendable, Hashable {
    /// The weight moved; the other three are rescaled proportionally so the sum stays 100.
    public var weight: ScoreKind
    /// The weight now (normalized).
    public var from: Double
    /// The weight at which the second option becomes first; nil when no value in 0–100 does.
    public var to: Double?
    /// `to − from` in points (negative when the weight goes down); nil when none swaps.
    public var delta: Double?

    /// Creates a shift.
    public init(weight: ScoreKind, from: Double, to: Double?, delta: Double?) {
        self.weight = weight
        self.from = from
        self.to = to
        self.delta = delta
    }
}

/// Whether a recommendation survives a change of the weights: for each weight, the smallest
/// whole-point move (up or down, the others rescaled) that puts the second option first.
public struct Robustness: Sendable, Hashable {
    /// A move smaller than this many points that swaps the top two makes the result fragile.
    public static let threshold = 10.0

    public var category: String
    /// The first option's product id; nil when nothing is ranked.
    public var first: String?
    /// The second option's product id; nil when fewer than two are ranked.
    public var second: String?
    /// One per weight, in the order fit, cost, effort, risk; empty without a second option.
    public var shifts: [WeightShift]
    /// True when the first and second totals are equal at one decimal: a tie is never robust.
    public var tie: Bool = false
    /// True when unknown facts could change the first place (the recommendation's verdict is
    /// open): never robust either, whatever the weights do.
    public var open: Bool = false

    /// Creates a robustness result.
    public init(category: String, first: String?, second: String?, shifts: [WeightShift]) {
        self.category = category
        self.first = first
        self.second = second
        self.shifts = shifts
    }

    /// The smallest swapping shift (ties: the order fit, cost, effort, risk).
    public var smallest: WeightShift? {
        shifts.filter { $0.delta != nil }.min { abs($0.delta ?? 0) < abs($1.delta ?? 0) }
    }

    /// True when no single weight change under `threshold` points swaps the top two.
    public var isRobust: Bool {
        if tie || open { return false }
        guard let smallest, let delta = smallest.delta else { return true }
        return abs(delta) >= Self.threshold
    }

    /// The verdict: robust or fragile and the smallest move that swaps the top two, a tie,
    /// or why there is nothing to compare; `open` when unknown facts could change the first
    /// place anyway.
    public var verdict: Reason {
        guard let first else { return Reason(.verdictNoneRanked) }
        guard let second else { return Reason(.verdictSingle, [PlanParameter("first", .text(first))]) }
        if tie {
            return Reason(.verdictTie, [PlanParameter("first", .text(first)), PlanParameter("second", .text(second))])
        }
        let runnerUp = PlanParameter("second", .text(second))
        let isOpen = PlanParameter("open", .bool(open))
        guard let smallest, let to = smallest.to else {
            return Reason(.verdictRobustNoMove, [runnerUp, isOpen])
        }
        let move = [
            PlanParameter("weight", .text(smallest.weight.rawValue)),
            PlanParameter("from", .number(TotalScore.rounded(smallest.from))),
            PlanParameter("to", .number(TotalScore.rounded(to))),
        ]
        if let delta = smallest.delta, abs(delta) >= Self.threshold {
            return Reason(
                .verdictRobust, [runnerUp, PlanParameter("limit", .number(Self.threshold))] + move + [isOpen])
        }
        return Reason(.verdictFragile, [runnerUp] + move + [isOpen])
    }

    /// A weight as shown: whole numbers without decimals, others to one decimal.
    public static func show(_ weight: Double) -> String { TotalScore.rounded(weight).formatted() }

    /// Computes the shifts for the top two of a category from their used scores (fit, cost,
    /// effort, risk) and the normalized weights. Moves are tried in whole points, 1 to 100,
    /// down before up at equal size; the ranking rule is `TotalScore.ranksBefore`.
    /// `orderFixed` is true when the first ranks before the second for a reason no weight
    /// changes (an eligible option before a conditional one): then no move swaps them.
    public static func of(
        category: String, ranked: [(id: String, scores: [Double])], weights: Weights, orderFixed: Bool = false
    ) -> Robustness {
        guard let top = ranked.first else { return Robustness(category: category, first: nil, second: nil, shifts: []) }
        guard ranked.count > 1 else { return Robustness(category: category, first: top.id, second: nil, shifts: []) }
        let runnerUp = ranked[1]
        let shifts = ScoreKind.allCases.map { kind -> WeightShift in
            let from = kind.weight(in: weights)
            if orderFixed { return WeightShift(weight: kind, from: from, to: nil, delta: nil) }
            for step in 1...100 {
                for delta in [-Double(step), Double(step)] {
                    let to = from + delta
                    guard to >= 0, to <= 100 else { continue }
                    let moved = rescale(weights, kind, to: to)
                    let a = TotalScore.total(of: top.scores, weights: moved)
                    let b = TotalScore.total(of: runnerUp.scores, weights: moved)
                    if TotalScore.ranksBefore(b, runnerUp.id, a, top.id) {
                        return WeightShift(weight: kind, from: from, to: to, delta: delta)
                    }
                }
            }
            return WeightShift(weight: kind, from: from, to: nil, delta: nil)
        }
        return Robustness(category: category, first: top.id, second: runnerUp.id, shifts: shifts)
    }

    /// The weights with one set to `to` and the other three scaled to fill `100 − to` in
    /// their current proportions (equally when they are all zero).
    public static func rescale(_ weights: Weights, _ kind: ScoreKind, to: Double) -> Weights {
        let others = ScoreKind.allCases.filter { $0 != kind }
        let rest = others.reduce(0) { $0 + $1.weight(in: weights) }
        var result = weights.setting(kind, to: to)
        for other in others {
            let share = rest > 0 ? other.weight(in: weights) / rest : 1 / Double(others.count)
            result = result.setting(other, to: (100 - to) * share)
        }
        return result
    }
}
