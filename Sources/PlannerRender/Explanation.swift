import PlannerCore

/// `plan explain FILE PRODUCT`: one product for one organization, as text. Every rule and
/// requirement with met / not met / unknown, why, and the citation; every line of the cost;
/// every addition and deduction of each score, so the total is accounted for to the point;
/// and how far each weight must move to change the recommendation.
public enum Explanation {
    /// The explanation of one option of the assessment (nil when the product is not an option).
    public static func render(_ assessment: Assessment, product: String, width: Int = 100) -> String? {
        guard let option = assessment.option(product) else { return nil }
        let organization = assessment.organization
        var out: [String] = []
        out += wrap(
            "\(clean(option.name)) (\(option.product)) for \(clean(organization.name)) (\(organization.id)), "
                + "\(organization.country), as of \(assessment.asOf)", width)
        let rankText: String
        if let rank = option.rank {
            rankText = "rank \(rank) of \(assessment.ranked(in: option.category).count) in \(option.category)"
        } else {
            rankText = "not ranked in \(option.category)"
        }
        out += wrap(
            "Status: \(option.status.rawValue); \(rankText); deployment: \(deploymentWords(option.deployment)); "
                + "in use today: \(option.inUse ? "yes" : "no")", width)
        out += section("Rules and requirements (\(option.checks.count))")
        for check in option.checks {
            out += checkLines(check, width: width)
        }
        out += section("Cost (\(option.cost.currency), basis: \(option.cost.basis.rawValue))")
        out += costLines(option.cost, width: width)
        out += section("Scores" + (option.eligible ? "" : " (for information: an excluded product is not ranked)"))
        for kind in ScoreKind.allCases {
            out += scoreLines(option.scores[kind], width: width)
        }
        out += totalLines(option.scores, weights: assessment.weights, width: width)
        if !option.unmetWants.isEmpty {
            out += wrap(
                "Wants not met (or unknown): " + option.unmetWants.joined(separator: ", "), width, indent: 2, hanging: 4
            )
        }
        if !option.unknown.isEmpty {
            out += wrap(
                "Verify with the vendor (unknown in the catalog): " + option.unknown.joined(separator: ", "), width,
                indent: 2, hanging: 4)
        }
        if option.eligible {
            out += section("What the unknown facts can do to the total")
            out += unknownLines(option, width: width)
        }
        if let recommendation = assessment.recommendation(in: option.category) {
            out += section("Recommendation in \(option.category)")
            out += recommendationLines(recommendation, width: width)
        }
        if let robustness = assessment.robustness(in: option.category) {
            out += section("Robustness of the recommendation in \(option.category)")
            out += robustnessLines(robustness, width: width)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One check: outcome, rule id, severity and title; then what it requires and why; then
    /// the citation and source.
    static func checkLines(_ check: RuleCheck, width: Int) -> [String] {
        let outcome = ComparisonText.leftPad(check.outcome.words, to: 7) + "  "
        // A rule about some uses of a service says which: a broken one limits, not excludes.
        let scope = check.purposes.isEmpty ? "" : " for " + check.purposes.map(\.rawValue).joined(separator: ", ")
        var lines = wrap(
            "\(check.rule) (\(check.severity.rawValue)\(scope)) \(check.title.en)", width, indent: 2, hanging: 11,
            lead: outcome)
        lines += wrap("requires \(check.requirement): \(check.finding.reason)", width, indent: 11)
        let citation = [check.citation, check.source].compactMap { $0 }.filter { !$0.isEmpty }
        if !citation.isEmpty {
            lines += wrap("source: " + citation.joined(separator: " — "), width, indent: 11, hanging: 13)
        }
        return lines
    }

    /// The cost lines and the three-year sum.
    static func costLines(_ cost: CostEstimate, width: Int) -> [String] {
        var lines: [String] = []
        for line in cost.lines {
            var figures: [String] = []
            if line.oneTime != 0 { figures.append("once \(CostModel.amount(line.oneTime))") }
            if line.annual != 0 { figures.append("a year \(CostModel.amount(line.annual))") }
            if figures.isEmpty { figures.append("0") }
            lines += wrap("\(line.label): \(figures.joined(separator: ", "))", width, indent: 2, hanging: 4)
        }
        if let oneTime = cost.oneTime, let annual = cost.annual, let threeYear = cost.threeYear {
            lines += wrap(
                "three-year cost = \(CostModel.amount(oneTime)) + \(CostModel.years.formatted()) × "
                    + "\(CostModel.amount(annual)) = \(CostModel.amount(threeYear)) \(cost.currency)", width, indent: 2)
        } else {
            lines += wrap("three-year cost unknown: \(cost.unknownReason ?? "no figure")", width, indent: 2, hanging: 4)
        }
        return lines
    }

    /// A score: its value and how it starts, then every part with its points.
    static func scoreLines(_ score: ScoreDetail, width: Int) -> [String] {
        let name = score.kind.rawValue.prefix(1).uppercased() + score.kind.rawValue.dropFirst()
        let value =
            score.value.map { ComparisonText.fixed($0, 1) }
            ?? "unknown (counts as \(ComparisonText.fixed(score.used, 1)))"
        let start = score.base == 100 ? " = 100 minus deductions" : " = sum of"
        var lines = wrap(
            "\(name) \(value)\(score.parts.isEmpty ? (score.base == 100 ? " = 100, nothing deducted" : "") : start)",
            width, indent: 2)
        if score.parts.isEmpty { return lines }
        for part in score.parts {
            lines += wrap(
                part.label, width, indent: 2, hanging: 13,
                lead: ComparisonText.leftPad(ComparisonText.signed(part.points), to: 7) + "  ")
        }
        return lines
    }

    /// The total as the weighted sum of the four scores, figure by figure.
    static func totalLines(_ scores: Scores, weights: Weights, width: Int) -> [String] {
        let terms = ScoreKind.allCases.map { kind -> (String, Double) in
            let weight = kind.weight(in: weights)
            let used = scores[kind].used
            return (
                "\(kind.rawValue) \(ComparisonText.fixed(used, 1)) × \(Robustness.show(weight))%", used * weight / 100
            )
        }
        var lines = wrap(
            "Total \(ComparisonText.fixed(scores.shownTotal, 1)) = "
                + terms.map { "\($0.0) (\(ComparisonText.fixed($0.1, 2)))" }.joined(separator: " + "), width,
            indent: 2, hanging: 4)
        lines += wrap(
            "unrounded \(ComparisonText.fixed(scores.total, 3)), shown to one decimal; ties go to the smaller product id",
            width, indent: 4)
        return lines
    }

    /// The total's range and each unknown fact with how far it moves the total.
    static func unknownLines(_ option: OptionAssessment, width: Int) -> [String] {
        var lines = wrap(
            "Total \(ComparisonText.fixed(option.scores.shownTotal, 1)), range \(ComparisonText.fixed(option.range.min, 1))"
                + "–\(ComparisonText.fixed(option.range.max, 1)) over the unknown facts (each decided either way; an "
                + "unknown price between the dearest and the cheapest known)", width, indent: 2, hanging: 4)
        if option.unknownFacts.isEmpty {
            lines += wrap("no unknown fact moves the total", width, indent: 2)
        }
        for fact in option.unknownFacts {
            lines += wrap(
                "\(fact.fact): \(ComparisonText.signed(fact.low)) if against, \(ComparisonText.signed(fact.high)) if for "
                    + "(swing \(ComparisonText.fixed(fact.swing, 1)))", width, indent: 2, hanging: 4)
        }
        for check in option.licences {
            lines += wrap(
                "licences: the quote covers \(check.licensed) \(check.metric.rawValue); \(check.need.rawValue) need "
                    + "\(check.needed)\(check.roomSystems > 0 ? " (with \(check.roomSystems) room systems)" : "")"
                    + (check.isShort ? ": \(check.shortfall) short" : ": enough"), width, indent: 2, hanging: 4)
        }
        return lines
    }

    /// The category's verdict: the best replacement, ties, contenders, the deciding facts, a stay.
    static func recommendationLines(_ recommendation: Recommendation, width: Int) -> [String] {
        var text = "verdict \(recommendation.verdict.rawValue): \(recommendation.product ?? "no replacement is ranked")"
        if !recommendation.tiedWith.isEmpty { text += ", tied with \(recommendation.tiedWith.joined(separator: ", "))" }
        if !recommendation.contenders.isEmpty {
            text += "; could still come first: \(recommendation.contenders.joined(separator: ", "))"
        }
        if let stay = recommendation.stay { text += "; the law allows keeping \(stay), which scores higher" }
        var lines = wrap(text, width, indent: 2, hanging: 4)
        for entry in recommendation.decidingUnknowns.prefix(10) {
            lines += wrap(
                "ask first: \(entry.product) \(entry.fact) (swing \(ComparisonText.fixed(entry.swing, 1)))", width,
                indent: 2, hanging: 4)
        }
        if recommendation.decidingUnknowns.count > 10 {
            lines += wrap(
                "and \(recommendation.decidingUnknowns.count - 10) more (compare --format json)", width, indent: 2)
        }
        return lines
    }

    /// Each weight's smallest move that swaps the top two, and the verdict.
    static func robustnessLines(_ robustness: Robustness, width: Int) -> [String] {
        guard let first = robustness.first, let second = robustness.second else {
            return wrap(robustness.verdict, width, indent: 2)
        }
        var lines = wrap(
            "first \(first), second \(second); each weight moved alone, the others rescaled to keep the sum 100:",
            width, indent: 2)
        for shift in robustness.shifts {
            let name = ComparisonText.leftPad(shift.weight.rawValue, to: 6) + "  "
            if let to = shift.to, let delta = shift.delta {
                lines += wrap(
                    "\(Robustness.show(shift.from)) → \(Robustness.show(to)) "
                        + "(\(ComparisonText.signed(delta, 0)) points) makes \(second) first", width, indent: 2,
                    hanging: 10,
                    lead: name)
            } else {
                lines += wrap(
                    "\(Robustness.show(shift.from)): no move within ±100 points changes the first", width,
                    indent: 2, hanging: 10, lead: name)
            }
        }
        lines += wrap(robustness.verdict, width, indent: 2)
        return lines
    }

    static func deploymentWords(_ deployment: OptionAssessment.Deployment) -> String {
        switch deployment {
        case .onPremises: return "on the organization's servers"
        case .cloud: return "the vendor's cloud"
        case .unknown: return "unknown"
        }
    }

    static func section(_ title: String) -> [String] { ["", title] }

    static func wrap(_ text: String, _ width: Int, indent: Int = 0, hanging: Int? = nil, lead: String = "") -> [String]
    {
        ComparisonText.wrap(text, width: width, indent: indent, hanging: hanging, lead: lead)
    }

    static func clean(_ text: String) -> String { MarkdownText.singleLine(text) }
}
