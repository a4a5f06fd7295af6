/// Fit: how much of what the organization wants, and of what it uses today, the product has.
///
/// - Wants (capability id → weight 1–5): the share of want weight met, 0–100. A want is met
///   when the catalog confirms the capability (a bool true, a number above zero); unknown
///   scores as not met.
/// - Features used today (`services[].features_used` of the services in the product's
///   category): the share the product keeps, 0–100, same test. A service in use keeps the
///   features it is used for: the inventory is the evidence.
/// - Mix: 60 % wants + 40 % features when both exist; all of one when only one exists; 100
///   when neither exists (nothing asked, nothing to lose).
///
/// Must-requirements do not enter fit: they decide eligibility, strictly (199 is not ≥ 200).
public enum FitScore {
    /// The wants' share of fit when the inventory has wants and features used.
    public static let wantsShare = 60.0
    /// The features' share of fit when both exist.
    public static let featuresShare = 40.0

    /// Whether the product offers a capability, for fit and effort: the inventory's evidence
    /// for a service in use, else the catalog (`CapabilityKnowledge.has`).
    public static func offers(_ id: String, _ product: Product, evidence: Set<String>) -> Finding {
        if evidence.contains(id) {
            return Finding(.met, .usedToday)
        }
        return CapabilityKnowledge.has(id, product)
    }

    /// The fit score with one part per want and per feature used.
    public static func score(wants: [Want], featuresUsed: [String], product: Product, evidence: Set<String>)
        -> ScoreDetail
    {
        let (wantsWeight, featuresWeight): (Double, Double)
        switch (wants.isEmpty, featuresUsed.isEmpty) {
        case (false, false): (wantsWeight, featuresWeight) = (wantsShare, featuresShare)
        case (false, true): (wantsWeight, featuresWeight) = (100, 0)
        case (true, false): (wantsWeight, featuresWeight) = (0, 100)
        case (true, true):
            return ScoreDetail(
                kind: .fit, value: 100, used: 100, base: 0,
                parts: [ScorePart(key: "nothing_asked", reason: Reason(.fitNothingAsked), points: 100)])
        }
        var parts: [ScorePart] = []
        let totalWant = Double(wants.reduce(0) { $0 + $1.weight })
        for want in wants {
            let finding = offers(want.capability, product, evidence: evidence)
            let worth = Double(want.weight) / totalWant * wantsWeight
            let unknown = finding.outcome == .unknown
            parts.append(
                ScorePart(
                    key: "want:\(want.capability)",
                    reason: Reason(
                        .fitWant,
                        [
                            PlanParameter("capability", .text(want.capability)),
                            PlanParameter("weight", .int(want.weight)),
                            PlanParameter("totalWeight", .int(Int(saturating: totalWant))),
                            PlanParameter("share", .number(wantsWeight)),
                            PlanParameter("outcome", .text(finding.outcome.rawValue)),
                        ]),
                    points: finding.outcome == .met ? worth : 0, facts: unknown ? [want.capability] : [],
                    high: unknown ? worth : 0))
        }
        for feature in featuresUsed {
            let finding = offers(feature, product, evidence: evidence)
            let worth = featuresWeight / Double(featuresUsed.count)
            let unknown = finding.outcome == .unknown
            parts.append(
                ScorePart(
                    key: "feature:\(feature)",
                    reason: Reason(
                        .fitFeature,
                        [
                            PlanParameter("capability", .text(feature)),
                            PlanParameter("count", .int(featuresUsed.count)),
                            PlanParameter("share", .number(featuresWeight)),
                            PlanParameter("outcome", .text(finding.outcome.rawValue)),
                        ]),
                    points: finding.outcome == .met ? worth : 0, facts: unknown ? [feature] : [],
                    high: unknown ? worth : 0))
        }
        let value = min(100, max(0, parts.reduce(0) { $0 + $1.points }))
        return ScoreDetail(kind: .fit, value: value, used: value, base: 0, parts: parts)
    }
}
