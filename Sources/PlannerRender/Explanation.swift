import PlannerCore

/// `plan explain FILE PRODUCT`: one product for one organization, as text. Every rule and
/// requirement with met / not met / unknown, why, and the citation; every line of the cost;
/// every addition and deduction of each score, so the total is accounted for to the point;
/// and how far each weight must move to change the recommendation. The layout is here, the
/// words are the language's (`report/explain`, `report/common`, `inline/reason/*`).
public enum Explanation {
    /// The explanation of one option of the assessment (nil when the product is not an option).
    public static func render(_ assessment: Assessment, product: String, words: Words, width: Int = 100) -> String? {
        guard let option = assessment.option(product) else { return nil }
        let say = ReportWords(words: words, report: "explain")
        let organization = assessment.organization
        var out: [String] = []
        out += wrap(
            say(
                "title",
                [
                    "name": .text(clean(option.name)), "product": .text(option.product),
                    "organization": .text(clean(organization.name)), "organizationID": .text(organization.id),
                    "country": .text(organization.country), "asOf": .of(words.value(.date(assessment.asOf))),
                ]), width)
        out += wrap(
            say(
                "status",
                [
                    "status": .of(TemplateValue.choice(option.status.rawValue)),
                    "rank": .of(option.rank.map { words.value(.int($0)) }),
                    "ranked": .of(words.value(.int(assessment.ranked(in: option.category).count))),
                    "category": .text(option.category),
                    "deployment": .of(TemplateValue.choice(option.deployment.rawValue)), "inUse": .of(option.inUse),
                ]), width)
        out += section(say("rules", ["count": .of(words.value(.int(option.checks.count)))]))
        let outcomeWidth =
            Outcome.allCases.map { say.common("outcome", ["outcome": .of(TemplateValue.choice($0.rawValue))]).count }
            .max() ?? 7
        for check in option.checks {
            out += checkLines(check, say: say, outcomeWidth: outcomeWidth, width: width)
        }
        out += section(
            say(
                "cost",
                [
                    "currency": .text(option.cost.currency),
                    "basis": .of(TemplateValue.choice(option.cost.basis.rawValue)),
                ]))
        out += costLines(option.cost, say: say, width: width)
        out += section(say("scores", ["excluded": .of(!option.eligible)]))
        for kind in ScoreKind.allCases {
            out += scoreLines(option.scores[kind], say: say, width: width)
        }
        out += totalLines(option.scores, weights: assessment.weights, say: say, width: width)
        if !option.unmetWants.isEmpty {
            out += wrap(
                say("wants-not-met", ["list": .text(option.unmetWants.joined(separator: ", "))]), width, indent: 2,
                hanging: 4)
        }
        if !option.unknown.isEmpty {
            out += wrap(
                say("verify", ["list": .text(option.unknown.joined(separator: ", "))]), width, indent: 2, hanging: 4)
        }
        if option.eligible {
            out += section(say("unknowns", [:]))
            out += unknownLines(option, say: say, width: width)
        }
        if let recommendation = assessment.recommendation(in: option.category) {
            out += section(say("recommendation", ["category": .text(option.category)]))
            out += recommendationLines(recommendation, say: say, width: width)
        }
        if let robustness = assessment.robustness(in: option.category) {
            out += section(say("robustness", ["category": .text(option.category)]))
            out += robustnessLines(robustness, say: say, width: width)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One check: outcome, rule id, severity and title; then what it requires and why; then
    /// the citation and source.
    static func checkLines(_ check: RuleCheck, say: ReportWords, outcomeWidth: Int, width: Int) -> [String] {
        let outcome =
            ComparisonText.leftPad(
                say.common("outcome", ["outcome": .of(TemplateValue.choice(check.outcome.rawValue))]), to: outcomeWidth)
            + "  "
        // A rule about some uses of a service says which: a broken one limits, not excludes.
        var lines = wrap(
            say(
                "check",
                [
                    "rule": .text(check.rule), "severity": .of(TemplateValue.choice(check.severity.rawValue)),
                    "purposes": .nonEmpty(say.purposes(check.purposes)), "title": .text(say.title(check)),
                ]), width, indent: 2, hanging: outcomeWidth + 4, lead: outcome)
        lines += wrap(
            say(
                "requires",
                [
                    "kind": .of(TemplateValue.choice(check.kind.rawValue)), "requirement": .nonEmpty(check.requirement),
                    "reason": .text(say.words.reason(check.finding)),
                ]), width, indent: outcomeWidth + 4)
        let citation = [check.citation, check.source].compactMap { $0 }.filter { !$0.isEmpty }
        if !citation.isEmpty {
            lines += wrap(
                say("source", ["source": .text(citation.joined(separator: " — "))]), width, indent: outcomeWidth + 4,
                hanging: outcomeWidth + 6)
        }
        return lines
    }

    /// The cost lines and the three-year sum.
    static func costLines(_ cost: CostEstimate, say: ReportWords, width: Int) -> [String] {
        let words = say.words
        var lines: [String] = []
        for line in cost.lines {
            lines += wrap(
                say(
                    "cost-line",
                    [
                        "label": .text(words.reason(line.reason)),
                        "oneTime": .of(
                            line.oneTime == 0 ? nil : TemplateValue(words.money(line.oneTime, cost.currency))),
                        "annual": .of(line.annual == 0 ? nil : TemplateValue(words.money(line.annual, cost.currency))),
                    ]), width, indent: 2, hanging: 4)
        }
        if let oneTime = cost.oneTime, let annual = cost.annual, let threeYear = cost.threeYear {
            lines += wrap(
                say(
                    "three-year",
                    [
                        "oneTime": .text(words.money(oneTime, cost.currency)),
                        "years": .of(words.value(.number(CostModel.years))),
                        "annual": .text(words.money(annual, cost.currency)),
                        "threeYear": .text(words.money(threeYear, cost.currency)),
                    ]), width, indent: 2)
        } else {
            lines += wrap(
                say("three-year-unknown", ["reason": .of(cost.unknownReason.map { TemplateValue(words.reason($0)) })]),
                width, indent: 2, hanging: 4)
        }
        return lines
    }

    /// A score: its value and how it starts, then every part with its points.
    static func scoreLines(_ score: ScoreDetail, say: ReportWords, width: Int) -> [String] {
        var lines = wrap(
            say(
                "score",
                [
                    "kind": .of(TemplateValue.choice(score.kind.rawValue)),
                    "value": .of(score.value.map { TemplateValue(say.words.fixed($0, 1)) }),
                    "used": .text(say.words.fixed(score.used, 1)), "parts": .of(!score.parts.isEmpty),
                    "deductions": .of(score.base == 100),
                ]), width, indent: 2)
        for part in score.parts {
            lines += wrap(
                say.words.reason(part.reason), width, indent: 2, hanging: 13,
                lead: ComparisonText.leftPad(say.words.signed(part.points), to: 7) + "  ")
        }
        return lines
    }

    /// The total as the weighted sum of the four scores, figure by figure.
    static func totalLines(_ scores: Scores, weights: Weights, say: ReportWords, width: Int) -> [String] {
        let terms = ScoreKind.allCases.map { kind -> String in
            let weight = kind.weight(in: weights)
            let used = scores[kind].used
            return say(
                "term",
                [
                    "weight": .of(TemplateValue.choice(kind.rawValue)), "used": .text(say.words.fixed(used, 1)),
                    "share": .text(say.words.weight(weight)), "points": .text(say.words.fixed(used * weight / 100, 2)),
                ])
        }
        var lines = wrap(
            say(
                "total",
                ["total": .text(say.words.fixed(scores.shownTotal, 1)), "terms": .text(terms.joined(separator: " + "))]),
            width, indent: 2, hanging: 4)
        lines += wrap(say("unrounded", ["total": .text(say.words.fixed(scores.total, 3))]), width, indent: 4)
        return lines
    }

    /// The total's range and each unknown fact with how far it moves the total.
    static func unknownLines(_ option: OptionAssessment, say: ReportWords, width: Int) -> [String] {
        var lines = wrap(
            say(
                "range",
                [
                    "total": .text(say.words.fixed(option.scores.shownTotal, 1)),
                    "min": .text(say.words.fixed(option.range.min, 1)),
                    "max": .text(say.words.fixed(option.range.max, 1)),
                ]), width, indent: 2, hanging: 4)
        if option.unknownFacts.isEmpty {
            lines += wrap(say("no-unknown", [:]), width, indent: 2)
        }
        for fact in option.unknownFacts {
            lines += wrap(
                say(
                    "unknown-fact",
                    [
                        "fact": .text(fact.fact), "low": .text(say.words.signed(fact.low)),
                        "high": .text(say.words.signed(fact.high)), "swing": .text(say.words.fixed(fact.swing, 1)),
                    ]), width, indent: 2, hanging: 4)
        }
        for check in option.licences {
            lines += wrap(
                say(
                    "licences",
                    [
                        "licensed": .of(say.words.value(.int(check.licensed))),
                        "metric": .of(TemplateValue.choice(check.metric.rawValue)),
                        "need": .of(TemplateValue.choice(check.need.rawValue)),
                        "needed": .of(say.words.value(.int(check.needed))),
                        "roomSystems": .of(check.roomSystems > 0 ? say.words.value(.int(check.roomSystems)) : nil),
                        "shortfall": .of(check.isShort ? say.words.value(.int(check.shortfall)) : nil),
                    ]), width, indent: 2, hanging: 4)
        }
        return lines
    }

    /// The category's verdict: the best replacement, ties, contenders, the deciding facts, a stay.
    static func recommendationLines(_ recommendation: Recommendation, say: ReportWords, width: Int) -> [String] {
        let list = { (ids: [String]) -> TemplateData in ids.isEmpty ? .null : .text(ids.joined(separator: ", ")) }
        var lines = wrap(
            say(
                "verdict",
                [
                    "verdict": .of(TemplateValue.choice(recommendation.verdict.rawValue)),
                    "product": .of(recommendation.product), "tied": list(recommendation.tiedWith),
                    "contenders": list(recommendation.contenders), "stay": .of(recommendation.stay),
                ]), width, indent: 2, hanging: 4)
        for entry in recommendation.decidingUnknowns.prefix(10) {
            lines += wrap(
                say(
                    "ask-first",
                    [
                        "product": .text(entry.product), "fact": .text(entry.fact),
                        "swing": .text(say.words.fixed(entry.swing, 1)),
                    ]), width, indent: 2, hanging: 4)
        }
        if recommendation.decidingUnknowns.count > 10 {
            lines += wrap(
                say("more", ["count": .of(say.words.value(.int(recommendation.decidingUnknowns.count - 10)))]), width,
                indent: 2)
        }
        return lines
    }

    /// Each weight's smallest move that swaps the top two, and the verdict.
    static func robustnessLines(_ robustness: Robustness, say: ReportWords, width: Int) -> [String] {
        let verdict = say.words.reason(robustness.verdict)
        guard let first = robustness.first, let second = robustness.second else {
            return wrap(verdict, width, indent: 2)
        }
        var lines = wrap(say("robustness-head", ["first": .text(first), "second": .text(second)]), width, indent: 2)
        let names = robustness.shifts.map {
            say.common("weight", ["weight": .of(TemplateValue.choice($0.weight.rawValue))])
        }
        let column = (names.map(\.count).max() ?? 6) + 2
        for (shift, name) in zip(robustness.shifts, names) {
            let lead = ComparisonText.leftPad(name, to: column - 2) + "  "
            let values: [String: TemplateData] = [
                "from": .text(say.words.weight(shift.from)),
                "to": .of(shift.to.map { TemplateValue(say.words.weight($0)) }),
                "delta": .of(shift.delta.map { say.words.points($0) }), "second": .text(second),
            ]
            lines += wrap(say("shift", values), width, indent: 2, hanging: column + 2, lead: lead)
        }
        lines += wrap(verdict, width, indent: 2)
        return lines
    }

    static func section(_ title: String) -> [String] { ["", title] }

    static func wrap(_ text: String, _ width: Int, indent: Int = 0, hanging: Int? = nil, lead: String = "") -> [String]
    {
        ComparisonText.wrap(text, width: width, indent: indent, hanging: hanging, lead: lead)
    }

    static func clean(_ text: String) -> String { MarkdownText.singleLine(text) }
}
