/// Cost: the cheapest known three-year cost among the ranked options of the category scores
/// 100, every other 100 × cheapest / its cost. A cheaper offer can only raise a product's own
/// score. An unknown cost is not guessed: its score is unknown (null in JSON) and the total
/// uses the median of the known cost scores (`CostComparison.standIn`), so an unknown price is
/// neither rewarded nor punished against the known ones; flagged in every output.
public enum CostScore {
    /// The figure the total uses for an unknown cost when no cost of the category is known:
    /// the middle of the scale (every option then counts the same).
    public static let unknownStandIn = 50.0

    /// The cost score of an estimate against the comparison of its category. `cloud` is the
    /// estimate without the assumed servers, when only an unknown cloud data location keeps
    /// the product on premises; `licenceShortfall` is how many times the quoted licences
    /// must grow to cover the organization's need (above 1 when the quote falls short).
    public static func score(
        _ estimate: CostEstimate, comparison: CostComparison, cloud: CostEstimate? = nil,
        licenceShortfall: Double = 1, product: String = ""
    ) -> ScoreDetail {
        guard let cost = estimate.threeYear else {
            let standIn = comparison.standIn
            return ScoreDetail(
                kind: .cost, value: nil, used: standIn, base: 0,
                parts: [
                    ScorePart(
                        key: "cost_unknown",
                        reason: Reason(
                            .costUnknown,
                            [
                                PlanParameter("standIn", .number(TotalScore.rounded(standIn))),
                                PlanParameter("fallback", .number(unknownStandIn)),
                            ]),
                        points: standIn, facts: ["cost"], low: comparison.unknownLow - standIn,
                        high: comparison.unknownHigh - standIn)
                ])
        }
        let value = ratio(cost, comparison.cheapest)
        let reference = min(comparison.cheapest ?? cost, cost)
        let money = { (amount: Double) in PlanValue.money(amount, currency: estimate.currency) }
        let reason =
            reference == cost
            ? Reason(.costCheapest, [PlanParameter("cost", money(cost))])
            : Reason(.costRatio, [PlanParameter("cheapest", money(reference)), PlanParameter("cost", money(cost))])
        var parts = [
            ScorePart(
                key: "cost_ratio", reason: reason, points: value, high: ratio(cost, comparison.cheapestSure) - value)
        ]
        if let floor = comparison.lowestPossible(besides: product), floor < (comparison.cheapest ?? cost), floor < cost
        {
            parts.append(
                ScorePart(
                    key: "cost_reference",
                    reason: Reason(.costReference, [PlanParameter("cost", money(floor))]),
                    points: 0, low: ratio(cost, floor) - value))
        }
        if let cloudCost = cloud?.threeYear, cloudCost < cost {
            parts.append(
                ScorePart(
                    key: "cost_if_cloud",
                    reason: Reason(.costIfCloud, [PlanParameter("cost", money(cloudCost))]),
                    points: 0, facts: ["data_residency"], high: ratio(cloudCost, comparison.cheapest) - value))
        }
        if licenceShortfall > 1, let licences = estimate.amount(of: .licences) {
            let more = (licenceShortfall - 1) * (licences.oneTime + CostModel.years * licences.annual)
            parts.append(
                ScorePart(
                    key: "cost_if_licences_grow",
                    reason: Reason(
                        .costIfLicencesGrow,
                        [
                            PlanParameter("factor", .number(TotalScore.rounded(licenceShortfall))),
                            PlanParameter("cost", money(cost + more)),
                        ]),
                    points: 0, facts: ["licences"], low: ratio(cost + more, comparison.cheapest) - value))
        }
        return ScoreDetail(kind: .cost, value: value, used: value, base: 0, parts: parts)
    }

    /// 100 × the reference / the cost, the reference never above the cost; 100 when free.
    static func ratio(_ cost: Double, _ cheapest: Double?) -> Double {
        let reference = min(cheapest ?? cost, cost)
        return cost <= 0 ? 100 : 100 * reference / cost
    }
}

/// The known costs a category's cost scores are measured against, and what an unknown cost
/// counts as. See Docs/Scoring.md, "Cost".
public struct CostComparison: Sendable, Hashable {
    /// The cheapest known three-year cost of the ranked options; nil when none is known.
    public var cheapest: Double?
    /// The cheapest known three-year cost of the eligible options: what the reference can
    /// rise to when the conditional ones turn out excluded; nil when none is known.
    public var cheapestSure: Double?
    /// The three-year costs ranked options would have without assumed servers, when an
    /// unknown cloud data location is all that keeps them on premises, by product id.
    public var cloud: [String: Double]
    /// What an unknown cost counts as in the total: the median of the known cost scores
    /// (`CostScore.unknownStandIn` when none is known).
    public var standIn: Double
    /// The lowest an unknown cost can score: the dearest known cost's score when two or more
    /// are known, 0 otherwise (nothing to draw a spread from).
    public var unknownLow: Double
    /// The highest an unknown cost can score: 100 (the cheapest).
    public var unknownHigh: Double { 100 }

    /// The comparison of known three-year costs: `ranked` of every ranked option, `eligible`
    /// of the eligible ones, `cloud` of the ranked ones without assumed servers (nil for unknown
    /// or none).
    public init(ranked: [Double?], eligible: [Double?], cloud: [String: Double] = [:]) {
        let known = ranked.compactMap { $0 }
        let cheapest = known.min()
        self.cheapest = cheapest
        self.cloud = cloud
        self.cheapestSure = eligible.compactMap { $0 }.min()
        let scores = known.map { CostScore.ratio($0, cheapest) }.sorted()
        if scores.isEmpty {
            standIn = CostScore.unknownStandIn
        } else if scores.count % 2 == 1 {
            standIn = scores[scores.count / 2]
        } else {
            standIn = (scores[scores.count / 2 - 1] + scores[scores.count / 2]) / 2
        }
        unknownLow = scores.count >= 2 ? scores[0] : 0
    }

    /// The lowest cost another ranked option could reach without its assumed servers, when
    /// that is below the cheapest known cost: the reference every cost score may fall to.
    public func lowestPossible(besides product: String) -> Double? {
        let floor = cloud.filter { $0.key != product }.values.min()
        guard let floor, let cheapest, floor < cheapest else { return nil }
        return floor
    }
}
