import PlannerCore

/// `plan compare --format markdown`: the comparison as a Markdown document for a report or a
/// ticket, in the language of `words`. Inventory text (the organization's name, quote notes)
/// and every value in a reason are escaped.
public enum ComparisonMarkdown {
    /// The comparison as Markdown.
    public static func render(_ assessment: Assessment, products: [String]? = nil, words: Words) -> String {
        let words = Words(words.templates, medium: .markdown)
        let say = ReportWords(words: words, report: "compare")
        let shown = ComparisonSelection.options(assessment, products: products)
        let organization = assessment.organization
        var out: [String] = [
            say("md-title", ["organization": .text(MarkdownText.escape(organization.name))]),
            "",
            say(
                "md-intro",
                [
                    "id": .text(organization.id), "country": .text(organization.country),
                    "asOf": .of(words.value(.date(assessment.asOf))),
                    "weights": .text(ComparisonTable.weightList(assessment, say: say)),
                    "currency": .text(assessment.currency),
                ]),
        ]
        let unknown = say.common("unknown-amount", [:])
        for category in assessment.categories {
            let options = shown.filter { $0.category == category }
            guard !options.isEmpty else { continue }
            out += ["", "## \(MarkdownText.escape(category))", ""]
            let ranked = options.filter(\.eligible)
            if !ranked.isEmpty {
                let headers = ["rank", "product", "status", "fit", "cost", "effort", "risk", "total", "three_year"].map
                {
                    ComparisonTable.header($0, say: say)
                }
                out.append("| " + headers.joined(separator: " | ") + " |")
                out.append("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
                for option in ranked {
                    let scores = option.scores
                    let cells = [
                        option.rank.map(String.init) ?? "",
                        say(
                            "md-product",
                            [
                                "name": .text(MarkdownText.escape(option.name)), "product": .text(option.product),
                                "inUse": .of(option.inUse),
                            ]),
                        say.common("status", ["status": .of(TemplateValue.choice(option.status.rawValue))]),
                        words.fixed(scores.fit.used, 1),
                        scores.cost.value.map { words.fixed($0, 1) } ?? unknown,
                        words.fixed(scores.effort.used, 1),
                        words.fixed(scores.risk.used, 1),
                        "**\(words.fixed(scores.shownTotal, 1))**",
                        option.cost.threeYear.map {
                            ComparisonTable.atLeast(option) + words.money($0, option.cost.currency)
                        } ?? unknown,
                    ]
                    out.append("| " + cells.joined(separator: " | ") + " |")
                }
                if ComparisonTable.outranked(ranked) {
                    out += ["", say("md-order", [:])]
                }
                if ranked.contains(where: { !$0.cost.isKnown }) {
                    out += [
                        "", say("md-unknown-cost", ["standIn": .of(words.value(.number(CostScore.unknownStandIn)))]),
                    ]
                }
            }
            let conditions = ranked.flatMap { option in option.conditions.map { (option, $0) } }
            if !conditions.isEmpty {
                out += ["", say("md-verify", [:]), ""]
                out += conditions.map { "- `\($0.0.product)`: \(item($0.1, say: say))" }
            }
            let secondary = ComparisonTable.groupedByCheck(
                ranked.flatMap { option in option.secondaryGrounds.map { (option, $0) } })
            if !secondary.isEmpty {
                out += ["", say("md-secondary", [:]), ""]
                out += secondary.map { group in
                    // A fact's source belongs to its product: said once only when all share it.
                    let check = group[0].1
                    let shared = group.allSatisfy { $0.1.source == check.source && $0.1.citation == check.citation }
                    return "- " + group.map { "`\($0.0.product)`" }.joined(separator: ", ") + " — "
                        + item(check, say: say, source: shared)
                }
            }
            let understated = ranked.filter { !$0.costOmissions.isEmpty }
            if !understated.isEmpty {
                out += ["", say("md-understated", [:]), ""]
                out += understated.map { "- `\($0.product)`: \(say.omissions($0.costOmissions))" }
            }
            let warnings = ranked.flatMap { option in option.warnings.map { (option, $0) } }
            if !warnings.isEmpty {
                out += ["", say("md-warnings", [:]), ""]
                out += warnings.map { "- `\($0.0.product)`: \(item($0.1, say: say))" }
            }
            let excluded = options.filter { !$0.eligible }
            if !excluded.isEmpty {
                out += ["", say("md-excluded", [:]), ""]
                for option in excluded {
                    out.append(
                        say(
                            "md-excluded-option",
                            [
                                "name": .text(MarkdownText.escape(option.name)), "product": .text(option.product),
                                "inUse": .of(option.inUse),
                            ]))
                    out += option.blockers.map { "  - \(item($0, say: say))" }
                }
            }
            if let robustness = assessment.robustness(in: category), let first = assessment.recommended(in: category) {
                out += [
                    "",
                    say(
                        "md-recommended",
                        [
                            "name": .text(MarkdownText.escape(first.name)), "product": .text(first.product),
                            "verdict": .text(words.reason(robustness.verdict)),
                        ]),
                ]
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// "`RULE`: message. Source: citation <url>" (without the source when `withSource` is false).
    static func item(_ check: RuleCheck, say: ReportWords, source withSource: Bool = true) -> String {
        var source: [String] = []
        if withSource, let citation = check.citation, !citation.isEmpty { source.append(MarkdownText.escape(citation)) }
        if withSource, let url = check.source, !url.isEmpty { source.append(MarkdownText.source(url)) }
        return say(
            "md-check",
            [
                "rule": .text(check.rule), "message": .text(say.message(check)),
                "source": .nonEmpty(source.joined(separator: ", ")),
            ])
    }
}
