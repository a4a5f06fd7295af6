/// Cost: the cheapest known three-year cost among the ranked options of the category scores
/// 100, every other 100 × cheapest / its cost. A cheaper offer can only raise a product's own
/// score. An unknown cost is not guessed: its score is unknown (null in JSON) and the total
/// uses the neutral stand-in `unknownStandIn`, flagged in every output.
public enum CostScore {
    /// The figure the total uses for an unknown cost: the middle of the scale.
    public static let unknownStandIn = 50.0

    /// The cost score of an estimate, given the cheapest known three-year cost of the ranked
    /// options in the category (nil when none is known).
    public static func score(_ estimate: CostEstimate, cheapest: Double?) -> ScoreDetail {
        guard let cost = estimate.threeYear else {
            return ScoreDetail(
                kind: .cost, value: nil, used: unknownStandIn, base: 0,
                parts: [
                    ScorePart(
                        key: "cost_unknown",
                        label: "three-year cost unknown: scored \(unknownStandIn.formatted()) (neutral) and flagged",
                        points: unknownStandIn)
                ])
        }
        let reference = min(cheapest ?? cost, cost)
        let value = cost <= 0 ? 100 : 100 * reference / cost
        let label =
            reference == cost
            ? "cheapest known three-year cost (\(CostModel.amount(cost)) \(estimate.currency)): 100"
            : "100 × cheapest \(CostModel.amount(reference)) / this \(CostModel.amount(cost)) \(estimate.currency)"
        return ScoreDetail(
            kind: .cost, value: value, used: value, base: 0,
            parts: [ScorePart(key: "cost_ratio", label: label, points: value)])
    }
}
