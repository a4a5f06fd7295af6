import PlannerCore

/// `plan compare` for the terminal: per category, the ranked options in a table, then what to
/// verify, the warnings, every excluded product with the rule that excludes it and its
/// citation, and the robustness verdict. At most `width` columns; colour only when asked.
public enum ComparisonTable {
    /// The comparison as text lines of at most `width` characters, in the language of `words`.
    public static func render(
        _ assessment: Assessment, products: [String]? = nil, words: Words, colour: Bool = false, width: Int = 100
    ) -> String {
        let style = ComparisonStyle(enabled: colour)
        let say = ReportWords(words: words, report: "compare")
        let shown = ComparisonSelection.options(assessment, products: products)
        let organization = assessment.organization
        var out: [String] = []
        out += ComparisonText.wrap(
            say(
                "heading",
                [
                    "organization": .text(clean(organization.name)), "id": .text(organization.id),
                    "country": .text(organization.country), "asOf": .of(words.value(.date(assessment.asOf))),
                ]), width: width
        ).map(style.bold)
        out += ComparisonText.wrap(
            say(
                "weights", ["weights": .text(weightList(assessment, say: say)), "currency": .text(assessment.currency)]),
            width: width)
        var unknownCost = false
        for category in assessment.categories {
            let options = shown.filter { $0.category == category }
            guard !options.isEmpty else { continue }
            let ranked = options.filter(\.eligible)
            let excluded = options.filter { !$0.eligible }
            out.append("")
            out.append(
                style.bold(
                    say(
                        "category",
                        [
                            "category": .text(category),
                            "ranked": .of(words.value(.int(assessment.ranked(in: category).count))),
                            "excluded": .of(
                                words.value(
                                    .int(assessment.options.filter { $0.category == category && !$0.eligible }.count))),
                        ])))
            if !ranked.isEmpty {
                out += table(ranked, say: say, style: style, width: width)
                unknownCost = unknownCost || ranked.contains { !$0.cost.isKnown }
                if outranked(ranked) {
                    out += ComparisonText.wrap(say("order", [:]), width: width)
                }
            }
            let list = { (phrase: String, lines: [String]) -> [String] in
                Self.headedList(style.bold(say(phrase, [:])), lines, width: width)
            }
            out += list(
                "verify",
                ranked.filter { !$0.conditions.isEmpty }.map {
                    "\($0.product): " + $0.conditions.map(shortName).joined(separator: "; ")
                })
            // By check, not by product: one relayed fact (a register's list) often admits most
            // of the options, and a line per product would bury the checks that differ. Each
            // says what the fact is ("listed in …"), not only the predicate it meets.
            out += list(
                "secondary",
                groupedByCheck(ranked.flatMap { option in option.secondaryGrounds.map { (option, $0) } }).map { group in
                    let check = group[0].1
                    let name = check.kind == .requirement ? check.requirement : check.rule
                    return "\(name) — \(say.words.reason(check.finding)): "
                        + group.map(\.0.product).joined(separator: ", ")
                })
            out += list(
                "understated",
                ranked.filter { !$0.costOmissions.isEmpty }.map {
                    "\($0.product): " + say.omissions($0.costOmissions)
                })
            out += list(
                "warnings",
                ranked.filter { !$0.warnings.isEmpty }.map { option in
                    "\(option.product): "
                        + option.warnings.map {
                            "\(shortName($0)) "
                                + say.common("outcome", ["outcome": .of(TemplateValue.choice($0.outcome.rawValue))])
                        }.joined(separator: "; ")
                })
            out += list(
                "limited",
                ranked.filter { !$0.limits.isEmpty }.map { option in
                    "\(option.product): "
                        + option.limits.map {
                            say("limit", ["purposes": .text(say.purposes($0.purposes)), "rule": .text($0.rule)])
                        }.joined(separator: "; ")
                })
            if !excluded.isEmpty {
                out.append("")
                out.append(style.bold(say("excluded", [:])))
                for option in excluded {
                    out += ComparisonText.wrap(
                        say(
                            "excluded-option",
                            [
                                "name": .text(clean(option.name)), "product": .text(option.product),
                                "inUse": .of(option.inUse),
                            ]), width: width, indent: 2
                    ).map(style.red)
                    for check in option.blockers {
                        out += ComparisonText.wrap(
                            "\(check.rule): \(say.message(check))", width: width, indent: 4, hanging: 6)
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
                    say(
                        "recommended",
                        [
                            "name": .text(clean(first.name)), "product": .text(first.product),
                            "total": .text(words.fixed(first.scores.shownTotal, 1)),
                            "verdict": .text(words.reason(robustness.verdict)),
                        ]), width: width
                )
                .map(style.bold)
            } else if assessment.ranked(in: category).isEmpty {
                out.append("")
                out += ComparisonText.wrap(say("none-eligible", [:]), width: width).map(style.bold)
            }
        }
        if unknownCost {
            out.append("")
            out += ComparisonText.wrap(
                say("unknown-cost", ["standIn": .of(words.value(.number(CostScore.unknownStandIn)))]), width: width)
        }
        out += ComparisonText.wrap(say("footer", [:]), width: width)
        return out.joined(separator: "\n") + "\n"
    }

    /// "fit 40, cost 30, effort 20, risk 10" in the language's words.
    static func weightList(_ assessment: Assessment, say: ReportWords) -> String {
        ScoreKind.allCases.map {
            say(
                "weight-term",
                [
                    "weight": .of(TemplateValue.choice($0.rawValue)),
                    "share": .text(say.words.weight($0.weight(in: assessment.weights))),
                ])
        }.joined(separator: ", ")
    }

    /// A column's heading.
    static func header(_ column: String, say: ReportWords) -> String {
        say("header", ["column": .of(TemplateValue.choice(column))])
    }

    /// The score table of the ranked options; numbers right-aligned, the status coloured.
    static func table(_ options: [OptionAssessment], say: ReportWords, style: ComparisonStyle, width: Int) -> [String] {
        let headers = ["rank", "product", "status", "fit", "cost", "effort", "risk", "total", "three_year_short"].map {
            header($0, say: say)
        }
        let unknown = say.common("unknown-amount", [:])
        let statuses = options.map { say.common("status", ["status": .of(TemplateValue.choice($0.status.rawValue))]) }
        var rows = zip(options, statuses).map { option, status -> [String] in
            let scores = option.scores
            return [
                option.rank.map(String.init) ?? "-",
                option.product + (option.inUse ? " *" : ""),
                status,
                say.words.fixed(scores.fit.used, 1),
                scores.cost.value.map { say.words.fixed($0, 1) } ?? "?",
                say.words.fixed(scores.effort.used, 1),
                say.words.fixed(scores.risk.used, 1),
                say.words.fixed(scores.shownTotal, 1),
                option.cost.threeYear.map { atLeast(option) + say.words.money($0, option.cost.currency) } ?? unknown,
            ]
        }
        for column in [0, 3, 4, 5, 6, 7, 8] {
            let widest = ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
            for index in rows.indices { rows[index][column] = ComparisonText.leftPad(rows[index][column], to: widest) }
        }
        let lines = TextTable(headers: headers, rows: rows).render(width: width)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        guard style.enabled, let header = lines.first,
            let statusAt = ComparisonText.offset(of: headers[2], in: header)
        else {
            return lines
        }
        return lines.enumerated().map { index, line in
            if index == 0 { return style.bold(line) }
            guard index >= 2 else { return line }
            let option = options[index - 2]
            return style.colourStatus(line, at: statusAt, length: statuses[index - 2].count, status: option.status)
        }
    }

    /// True when an eligible option ranks above a conditional one with a higher total: the
    /// table then says that status comes before the total.
    static func outranked(_ ranked: [OptionAssessment]) -> Bool {
        let eligible = ranked.filter { $0.status == .eligible }.map(\.scores.shownTotal)
        let conditional = ranked.filter { $0.status == .conditional }.map(\.scores.shownTotal)
        guard let lowest = eligible.min(), let highest = conditional.max() else { return false }
        return highest > lowest
    }

    /// A blank line, `heading` and one wrapped, indented line per entry; nothing without entries.
    static func headedList(_ heading: String, _ lines: [String], width: Int) -> [String] {
        guard !lines.isEmpty else { return [] }
        return ["", heading] + lines.flatMap { ComparisonText.wrap($0, width: width, indent: 2, hanging: 4) }
    }

    /// "≥ " before a three-year cost that leaves something out (`costOmissions`): what the
    /// product will cost is at least that.
    static func atLeast(_ option: OptionAssessment) -> String {
        option.costOmissions.isEmpty ? "" : "≥ "
    }

    /// Options' checks grouped by check, in the order first met: two checks are one when they
    /// test the same predicate of the same rule (each keeps its own finding and source).
    static func groupedByCheck(_ pairs: [(OptionAssessment, RuleCheck)]) -> [[(OptionAssessment, RuleCheck)]] {
        var groups: [[(OptionAssessment, RuleCheck)]] = []
        for pair in pairs {
            let (_, check) = pair
            if let index = groups.firstIndex(where: {
                $0[0].1.rule == check.rule && $0[0].1.requirement == check.requirement
            }) {
                groups[index].append(pair)
            } else {
                groups.append([pair])
            }
        }
        return groups
    }

    /// A check in a few words: the requirement for a must, else the rule id and its predicate.
    static func shortName(_ check: RuleCheck) -> String {
        check.kind == .requirement ? check.requirement : "\(check.rule) (\(check.requirement))"
    }

    /// Inventory text made safe for a terminal: one line, no control characters (no escape
    /// sequences from a file reach the screen).
    static func clean(_ text: String) -> String { MarkdownText.singleLine(text) }
}
