import PlannerCore

/// `plan compare --format markdown`: the comparison as a Markdown document for a report or a
/// ticket. Inventory text (the organization's name, quote notes) is escaped.
public enum ComparisonMarkdown {
    /// The comparison as Markdown.
    public static func render(_ assessment: Assessment, products: [String]? = nil) -> String {
        let shown = ComparisonSelection.options(assessment, products: products)
        let organization = assessment.organization
        let weights = ScoreKind.allCases.map { "\($0.rawValue) \(Robustness.show($0.weight(in: assessment.weights)))" }
        var out: [String] = [
            "# Comparison: \(MarkdownText.escape(organization.name))",
            "",
            "Organization `\(organization.id)`, \(organization.country); as of \(assessment.asOf); "
                + "weights \(weights.joined(separator: ", ")); amounts in \(assessment.currency).",
        ]
        for category in assessment.categories {
            let options = shown.filter { $0.category == category }
            guard !options.isEmpty else { continue }
            out += ["", "## \(MarkdownText.escape(category))", ""]
            let ranked = options.filter(\.eligible)
            if !ranked.isEmpty {
                out.append("| # | Product | Status | Fit | Cost | Effort | Risk | Total | Three-year cost |")
                out.append("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
                for option in ranked {
                    let scores = option.scores
                    let cost =
                        option.cost.threeYear.map { "\(CostModel.amount($0)) \(option.cost.currency)" } ?? "unknown"
                    let cells = [
                        option.rank.map(String.init) ?? "",
                        "\(MarkdownText.escape(option.name)) (`\(option.product)`)\(option.inUse ? " — in use" : "")",
                        option.status.rawValue,
                        ComparisonText.fixed(scores.fit.used, 1),
                        scores.cost.value.map { ComparisonText.fixed($0, 1) } ?? "unknown",
                        ComparisonText.fixed(scores.effort.used, 1),
                        ComparisonText.fixed(scores.risk.used, 1),
                        "**\(ComparisonText.fixed(scores.shownTotal, 1))**",
                        cost,
                    ]
                    out.append("| " + cells.joined(separator: " | ") + " |")
                }
                if ranked.contains(where: { !$0.cost.isKnown }) {
                    out += [
                        "",
                        "An unknown cost counts as the median of the known cost scores in the total "
                            + "(\(CostScore.unknownStandIn.formatted()) when none is known); ask the vendor for an offer.",
                    ]
                }
            }
            let conditions = ranked.flatMap { option in option.conditions.map { (option, $0) } }
            if !conditions.isEmpty {
                out += ["", "### Verify before buying", ""]
                out += conditions.map { "- `\($0.0.product)`: \(item($0.1))" }
            }
            let warnings = ranked.flatMap { option in option.warnings.map { (option, $0) } }
            if !warnings.isEmpty {
                out += ["", "### Warnings", ""]
                out += warnings.map { "- `\($0.0.product)`: \(item($0.1))" }
            }
            let excluded = options.filter { !$0.eligible }
            if !excluded.isEmpty {
                out += ["", "### Excluded", ""]
                for option in excluded {
                    out.append(
                        "- **\(MarkdownText.escape(option.name))** (`\(option.product)`)\(option.inUse ? ", in use today" : "")"
                    )
                    out += option.blockers.map { "  - \(item($0))" }
                }
            }
            if let robustness = assessment.robustness(in: category), let first = assessment.recommended(in: category) {
                out += [
                    "",
                    "Recommended: **\(MarkdownText.escape(first.name))** (`\(first.product)`). "
                        + MarkdownText.escape(robustness.verdict) + ".",
                ]
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// "`RULE`: message. Source: citation <url>".
    static func item(_ check: RuleCheck) -> String {
        var text = "`\(check.rule)`: \(MarkdownText.escape(check.message))"
        var source: [String] = []
        if let citation = check.citation, !citation.isEmpty { source.append(MarkdownText.escape(citation)) }
        if let url = check.source, !url.isEmpty { source.append(MarkdownText.source(url)) }
        if !source.isEmpty { text += ". Source: " + source.joined(separator: ", ") }
        return text
    }
}
