import PlannerCore

/// `plan compare` for the terminal: per category, the ranked options in a table, then what to
/// verify, the warnings, every excluded product with the rule that excludes it and its
/// citation, and the robustness verdict. At most `width` columns; colour only when asked.
public enum ComparisonTable {
    /// The comparison as text lines of at most `width` characters.
    public static func render(
        _ assessment: Assessment, products: [String]? = nil, colour: Bool = false, width: Int = 100
    ) -> String {
        let style = ComparisonStyle(enabled: colour)
        let shown = ComparisonSelection.options(assessment, products: products)
        let organization = assessment.organization
        var out: [String] = []
        out += ComparisonText.wrap(
            "\(clean(organization.name)) (\(organization.id)), \(organization.country), as of \(assessment.asOf)",
            width: width
        ).map(style.bold)
        out += ComparisonText.wrap(
            "weights: "
                + ScoreKind.allCases.map {
                    "\($0.rawValue) \(Robustness.show($0.weight(in: assessment.weights)))"
                }.joined(separator: ", ") + "; amounts in \(assessment.currency)", width: width)
        var unknownCost = false
        for category in assessment.categories {
            let options = shown.filter { $0.category == category }
            guard !options.isEmpty else { continue }
            let ranked = options.filter(\.eligible)
            let excluded = options.filter { !$0.eligible }
            out.append("")
            out.append(
                style.bold(
                    "\(category): \(assessment.ranked(in: category).count) ranked, "
                        + "\(assessment.options.filter { $0.category == category && !$0.eligible }.count) excluded"))
            if !ranked.isEmpty {
                out += table(ranked, style: style, width: width)
                unknownCost = unknownCost || ranked.contains { !$0.cost.isKnown }
            }
            let conditional = ranked.filter { !$0.conditions.isEmpty }
            if !conditional.isEmpty {
                out.append("")
                out.append(style.bold("Verify before buying (conditional):"))
                for option in conditional {
                    out += ComparisonText.wrap(
                        "\(option.product): " + option.conditions.map(shortName).joined(separator: "; "),
                        width: width, indent: 2, hanging: 4)
                }
            }
            let warned = ranked.filter { !$0.warnings.isEmpty }
            if !warned.isEmpty {
                out.append("")
                out.append(style.bold("Warnings:"))
                for option in warned {
                    out += ComparisonText.wrap(
                        "\(option.product): "
                            + option.warnings.map {
                                "\(shortName($0)) \($0.outcome.words)"
                            }.joined(separator: "; "), width: width, indent: 2, hanging: 4)
                }
            }
            let limited = ranked.filter { !$0.limits.isEmpty }
            if !limited.isEmpty {
                out.append("")
                out.append(style.bold("Not for these purposes (eligible for the others):"))
                for option in limited {
                    out += ComparisonText.wrap(
                        "\(option.product): "
                            + option.limits.map {
                                "\($0.purposes.map(\.rawValue).joined(separator: ", ")) (\($0.rule))"
                            }.joined(separator: "; "), width: width, indent: 2, hanging: 4)
                }
            }
            if !excluded.isEmpty {
                out.append("")
                out.append(style.bold("Excluded:"))
                for option in excluded {
                    out += ComparisonText.wrap(
                        "\(clean(option.name)) (\(option.product))\(option.inUse ? ", in use today" : "")",
                        width: width, indent: 2
                    ).map(style.red)
                    for check in option.blockers {
                        out += ComparisonText.wrap(
                            "\(check.rule): \(check.message)", width: width, indent: 4, hanging: 6)
                        let citation = [check.citation, check.source].compactMap { $0 }.filter { !$0.isEmpty }
                        if !citation.isEmpty {
                            out += ComparisonText.wrap(citation.joined(separator: " — "), width: width, indent: 6)
                        }
                    }
                }
            }
            if let robustness = assessment.robustness(in: category), let first = assessment.recommended(in: category) {
                out.append("")
                out += ComparisonText.wrap(
                    "Recommended: \(clean(first.name)) (\(first.product)), total "
                        + "\(ComparisonText.fixed(first.scores.shownTotal, 1)). \(robustness.verdict).", width: width
                )
                .map(style.bold)
            } else if assessment.ranked(in: category).isEmpty {
                out.append("")
                out += ComparisonText.wrap("No option is eligible: see the blockers above.", width: width).map(
                    style.bold)
            }
        }
        if unknownCost {
            out.append("")
            out += ComparisonText.wrap(
                "? cost unknown: no price in the catalog and no quote; it counts as the median of the known "
                    + "cost scores in the total (\(CostScore.unknownStandIn.formatted()) when none is known), "
                    + "neither rewarded nor punished. Ask the vendor for an offer and add it to the inventory's "
                    + "quotes.", width: width)
        }
        out += ComparisonText.wrap(
            "* in use today. `plan explain FILE PRODUCT` shows why, with every figure.", width: width)
        return out.joined(separator: "\n") + "\n"
    }

    /// The score table of the ranked options; numbers right-aligned, the status coloured.
    static func table(_ options: [OptionAssessment], style: ComparisonStyle, width: Int) -> [String] {
        let headers = ["#", "Product", "Status", "Fit", "Cost", "Effort", "Risk", "Total", "3-year cost"]
        var rows = options.map { option -> [String] in
            let scores = option.scores
            return [
                option.rank.map(String.init) ?? "-",
                option.product + (option.inUse ? " *" : ""),
                option.status.rawValue,
                ComparisonText.fixed(scores.fit.used, 1),
                scores.cost.value.map { ComparisonText.fixed($0, 1) } ?? "?",
                ComparisonText.fixed(scores.effort.used, 1),
                ComparisonText.fixed(scores.risk.used, 1),
                ComparisonText.fixed(scores.shownTotal, 1),
                option.cost.threeYear.map { CostModel.amount($0) + " " + option.cost.currency } ?? "unknown",
            ]
        }
        for column in [0, 3, 4, 5, 6, 7, 8] {
            let widest = ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
            for index in rows.indices { rows[index][column] = ComparisonText.leftPad(rows[index][column], to: widest) }
        }
        let lines = TextTable(headers: headers, rows: rows).render(width: width)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        guard style.enabled, let header = lines.first, let statusAt = ComparisonText.offset(of: "Status", in: header)
        else {
            return lines
        }
        return lines.enumerated().map { index, line in
            if index == 0 { return style.bold(line) }
            guard index >= 2 else { return line }
            let option = options[index - 2]
            return style.colourStatus(line, at: statusAt, length: option.status.rawValue.count, status: option.status)
        }
    }

    /// A check in a few words: the requirement for a must, else the rule id and its predicate.
    static func shortName(_ check: RuleCheck) -> String {
        check.kind == .requirement ? check.requirement : "\(check.rule) (\(check.requirement))"
    }

    /// Inventory text made safe for a terminal: one line, no control characters (no escape
    /// sequences from a file reach the screen).
    static func clean(_ text: String) -> String { MarkdownText.singleLine(text) }
}
