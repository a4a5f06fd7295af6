/// Risk: 100 minus what can go wrong, floor 0. Exploited vulnerabilities and a foreign vendor
/// raise risk but never exclude; conditions and unknown facts cost points because the choice
/// rests on something nobody has checked yet.
public enum RiskScore {
    /// A vendor from another country than the organization's (confirmed): sanctions, exit
    /// from the market, a foreign court.
    public static let foreignVendor = 20.0
    /// A vendor whose country is unconfirmed.
    public static let unconfirmedVendor = 10.0
    /// Per warning rule the product does not meet.
    public static let warningNotMet = 8.0
    /// Per warning rule whose outcome is unknown.
    public static let warningUnknown = 4.0
    /// Per condition: a blocker whose outcome is unknown, to verify before buying.
    public static let condition = 10.0
    /// Per unknown want or feature used today (musts count as conditions instead).
    public static let unknownFact = 2.0
    /// The most unknown facts can deduct.
    public static let unknownFactsCap = 20.0
    /// Per vendor restriction in force in the organization's country that does not name this
    /// organization: the vendor has refused customers like it.
    public static let vendorRestriction = 10.0
    /// Per exploited vulnerability published by the as-of date (half when unconfirmed).
    public static let exploitedAdvisory = 15.0

    /// The risk score, one part per deduction.
    public static func score(
        _ product: Product, organization: Organization, checks: [RuleCheck],
        unknownFacts: [String], asOf: CalendarDate
    ) -> ScoreDetail {
        var parts: [ScorePart] = []
        let vendor = product.vendor
        if !vendor.provenance.isReliable {
            parts.append(
                ScorePart(
                    key: "vendor_unconfirmed",
                    reason: Reason(.riskVendorUnconfirmed, [PlanParameter("country", .text(vendor.country))]),
                    points: -unconfirmedVendor, facts: ["vendor_country"],
                    low: unconfirmedVendor - foreignVendor, high: unconfirmedVendor))
        } else if vendor.country != organization.country {
            parts.append(
                ScorePart(
                    key: "foreign_vendor",
                    reason: Reason(
                        .riskForeignVendor,
                        [
                            PlanParameter("country", .text(vendor.country)),
                            PlanParameter("organizationCountry", .text(organization.country)),
                        ]),
                    points: -foreignVendor))
        }
        for check in checks where check.effect == .warning {
            let notMet = check.outcome == .notMet
            parts.append(
                ScorePart(
                    key: "warning:\(check.rule)",
                    reason: Reason(
                        .riskWarning,
                        [
                            PlanParameter("rule", .text(check.rule)),
                            PlanParameter("outcome", .text(check.outcome.rawValue)),
                        ]),
                    points: -(notMet ? warningNotMet : warningUnknown), facts: notMet ? [] : [check.fact],
                    low: notMet ? 0 : warningUnknown - warningNotMet, high: notMet ? 0 : warningUnknown))
        }
        for check in checks where check.effect == .condition {
            let requirement = check.kind == .requirement ? [PlanParameter("requirement", .text(check.requirement))] : []
            parts.append(
                ScorePart(
                    key: "condition:\(check.rule):\(check.requirement)",
                    reason: Reason(.riskCondition, [PlanParameter("rule", .text(check.rule))] + requirement),
                    points: -condition, facts: [check.fact], high: condition))
        }
        if !unknownFacts.isEmpty {
            let points = min(unknownFactsCap, unknownFact * Double(unknownFacts.count))
            parts.append(
                ScorePart(
                    key: "unknown_facts",
                    reason: Reason(
                        .riskUnknownFacts,
                        [
                            PlanParameter("count", .int(unknownFacts.count)),
                            PlanParameter("each", .number(unknownFact)),
                            PlanParameter("cap", .number(unknownFactsCap)), PlanParameter("facts", .list(unknownFacts)),
                        ]),
                    points: -points, facts: unknownFacts, high: points))
        }
        for restriction in product.restrictions
        where restriction.isInForce(on: asOf) && !restriction.appliesTo.matches(organization)
            && (restriction.appliesTo.country?.contains(organization.country) ?? true)
        {
            parts.append(
                ScorePart(
                    key: "restriction:\(restriction.id)",
                    reason: Reason(
                        .riskRestrictionElsewhere,
                        [
                            PlanParameter("country", .text(organization.country)),
                            PlanParameter("restriction", .text(restriction.id)),
                        ]),
                    points: -vendorRestriction))
        }
        for advisory in product.advisories where advisory.exploited && (advisory.published.map { $0 <= asOf } ?? true) {
            let confirmed = advisory.provenance.isReliable
            parts.append(
                ScorePart(
                    key: "advisory:\(advisory.id)",
                    reason: Reason(
                        .riskAdvisory,
                        [PlanParameter("advisory", .text(advisory.id)), PlanParameter("confirmed", .bool(confirmed))]),
                    points: -(confirmed ? exploitedAdvisory : exploitedAdvisory / 2),
                    facts: confirmed ? [] : ["advisory:\(advisory.id)"], low: confirmed ? 0 : -exploitedAdvisory / 2,
                    high: confirmed ? 0 : exploitedAdvisory / 2))
        }
        return .deductions(.risk, parts)
    }
}
