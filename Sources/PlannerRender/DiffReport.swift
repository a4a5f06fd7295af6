import PlannerCore

/// `plan diff` output: the changes between two runs, a heading per kind of change and one
/// line per change, in the language of `words` (`report/diff`; facts in the words of the
/// plan's "Changes since the last plan", `inline/change-fact` and `inline/change-value`).
/// Sections with nothing to say are left out. The difference itself is computed by
/// ``RunDiff`` (PlannerCore); this is only how it reads.
public enum DiffReport {
    /// The text of `diff`, ending in a newline.
    public static func text(_ diff: RunDiff, words: Words) -> String {
        let say = ReportWords(words: words, report: "diff")
        let report = DiffLines(diff: diff, say: say)
        // Names, titles and facts come from the history, a file anyone can edit: no line may
        // carry a terminal control or a bidirectional override.
        return report.lines().map(TerminalText.safe).joined(separator: "\n") + "\n"
    }
}

/// The lines of one diff.
private struct DiffLines {
    let diff: RunDiff
    let say: ReportWords
    var words: Words { say.words }

    func lines() -> [String] {
        let older = diff.older
        let newer = diff.newer
        let name =
            diff.organizationName.isEmpty || diff.organizationName == diff.organizationID ? nil : diff.organizationName
        var lines = [say("heading", ["id": .text(safe(diff.organizationID)), "name": .of(name.map(safe))])]
        let from = say("from", [:])
        let to = say("to", [:])
        let width = max(from.count, to.count)
        lines.append("  " + ComparisonText.leftPad(from, to: width) + " " + describe(older))
        lines.append("  " + ComparisonText.leftPad(to, to: width) + " " + describe(newer))

        section(
            &lines, say("inputs", [:]),
            [
                input("inventory", older.inventoryFingerprint, newer.inventoryFingerprint),
                input("catalog", older.catalogFingerprint, newer.catalogFingerprint),
            ])
        if !diff.leaders.isEmpty {
            let several = Set(diff.leaders.map(\.category)).count > 1
            section(
                &lines, say("recommendation", [:]),
                diff.leaders.map {
                    say(
                        "leader",
                        [
                            "category": .of(several ? safe($0.category) : nil),
                            "from": .text(leader($0.fromName, $0.fromProductID)),
                            "to": .text(leader($0.toName, $0.toProductID)),
                        ])
                })
        }
        if !diff.rules.isEmpty {
            let dates: [String: TemplateData] = [
                "sameDate": .of(older.asOf == newer.asOf), "older": .of(words.value(.date(older.asOf))),
                "newer": .of(words.value(.date(newer.asOf))),
            ]
            section(&lines, say("rules", dates), diff.rules.map(rule))
        }
        if !diff.statuses.isEmpty || !diff.blockers.isEmpty {
            section(
                &lines, say("eligibility", [:]),
                diff.statuses.flatMap(status) + diff.blockers.flatMap(stillExcluded))
        }
        if !diff.ranks.isEmpty {
            section(
                &lines, say("ranks", [:]),
                diff.ranks.map {
                    say(
                        "rank",
                        [
                            "name": .text(product($0.name, $0.productID)), "from": .of(words.value(.int($0.from))),
                            "to": .of(words.value(.int($0.to))),
                        ])
                })
        }
        if !diff.scores.isEmpty {
            section(&lines, say("scores", [:]), scoreLines(diff.scores))
        }
        if !diff.costs.isEmpty {
            section(
                &lines, say("costs", [:]),
                diff.costs.map {
                    say(
                        "cost",
                        [
                            "name": .text(product($0.name, $0.productID)),
                            "from": .text(money($0.from, $0.fromCurrency)),
                            "to": .text(money($0.to, $0.toCurrency)),
                        ])
                })
        }
        if !diff.facts.isEmpty {
            let views = FactViews(
                safe: words.safe, money: words.money, number: { words.value(.number($0)).text },
                capabilityName: { _ in nil })
            section(
                &lines, say("facts", [:]),
                diff.facts.map {
                    say(
                        "fact",
                        [
                            "name": .text(product($0.name, $0.productID)),
                            "fact": .of(
                                views.change($0, id: safe($0.productID), product: product($0.name, $0.productID))),
                        ])
                })
        }
        if diff.hasNoOutcomeChanges {
            lines.append("")
            lines.append(say("no-change", [:]))
        }
        return lines
    }

    private func section(_ lines: inout [String], _ heading: String, _ items: [String]) {
        lines.append("")
        lines.append(heading)
        lines += items.map { $0.hasPrefix("    ") ? $0 : "  - " + $0 }
    }

    // MARK: - One line each

    private func describe(_ side: RunDiff.Side) -> String {
        say(
            "side",
            [
                "id": .of(side.id.map { TemplateValue(String($0)) }),
                "command": .of(TemplateValue.choice(side.command.rawValue)),
                "asOf": .of(words.value(.date(side.asOf))), "version": .text(safe(side.toolVersion)),
            ])
    }

    private func input(_ what: String, _ old: String, _ new: String) -> String {
        say(what + (old == new ? "-same" : "-changed"), ["old": .text(safe(old)), "new": .text(safe(new))])
    }

    private func rule(_ change: RunDiff.RuleChange) -> String {
        let title = change.title[words.language]
        let values: [String: TemplateData] = [
            "id": .text(safe(change.ruleID)), "title": .nonEmpty(safe(title)),
            "from": .of(change.from.map { TemplateValue.choice($0.rawValue) }),
            "to": .of(change.to.map { TemplateValue.choice($0.rawValue) }),
        ]
        switch (change.from, change.to) {
        case (nil, _?): return say("rule-in", values)
        case (_?, nil): return say("rule-out", values)
        default: return say("rule-changed", values)
        }
    }

    private func status(_ change: RunDiff.StatusChange) -> [String] {
        let values: [String: TemplateData] = [
            "name": .text(product(change.name, change.productID)),
            "from": .of(change.from.map { TemplateValue.choice($0.rawValue) }),
            "to": .of(change.to.map { TemplateValue.choice($0.rawValue) }),
            "rank": .of(change.rank.map { words.value(.int($0)) }),
            "lifted": .nonEmpty(change.liftedBlockers.map { safe($0.rule) }.joined(separator: ", ")),
            "blocked": .of(!change.newBlockers.isEmpty),
        ]
        switch (change.from, change.to) {
        case (nil, _?):
            return [say("status-new", values)] + change.newBlockers.map(blocker)
        case (_?, nil):
            return [say("status-gone", values)]
        case (_?, _?):
            return [say("status-changed", values)] + change.newBlockers.map(blocker)
        case (nil, nil):
            return []
        }
    }

    private func stillExcluded(_ change: RunDiff.BlockerChange) -> [String] {
        let first = say(
            "still-excluded",
            [
                "name": .text(product(change.name, change.productID)),
                "lifted": .nonEmpty(change.removed.map { safe($0.rule) }.joined(separator: ", ")),
                "blocked": .of(!change.added.isEmpty),
            ])
        return [first] + change.added.map(blocker)
    }

    /// A blocker: the rule, its title (a law's, from the runs) and why; a run recorded before
    /// reasons were codes says why as it recorded it.
    private func blocker(_ blocker: BlockerRecord) -> String {
        let reason =
            blocker.reason.map { words.reason($0, caveat: blocker.caveat) } ?? safe(blocker.recordedMessage ?? "")
        return "    "
            + say(
                "blocker",
                [
                    "rule": .text(safe(blocker.rule)), "title": .of(blocker.reason == nil ? nil : title(blocker.rule)),
                    "reason": .nonEmpty(reason),
                ])
    }

    /// A rule's title in the language, from the newer run, else the older.
    private func title(_ rule: String) -> String? {
        diff.ruleTitles[rule].map { safe($0[words.language]) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// One line per product: "TrueConf Server (trueconf): total 84.1 → 86.3, cost 70 → 78".
    private func scoreLines(_ changes: [RunDiff.ScoreChange]) -> [String] {
        var lines: [String] = []
        var index = changes.startIndex
        while index < changes.endIndex {
            let first = changes[index]
            let group = changes[index...].prefix { $0.productID == first.productID }
            let terms = group.map {
                say(
                    "score",
                    [
                        "score": .of(TemplateValue.choice($0.score.rawValue)), "from": .text(score($0.from)),
                        "to": .text(score($0.to)),
                    ])
            }
            lines.append(product(first.name, first.productID) + ": " + terms.joined(separator: ", "))
            index += group.count
        }
        return lines
    }

    // MARK: - Values

    /// A category's first-ranked product, or "none ranked".
    private func leader(_ name: String?, _ id: String?) -> String {
        guard let id else { return say("none-ranked", [:]) }
        return product(name ?? "", id)
    }

    private func product(_ name: String, _ id: String) -> String {
        name.isEmpty || name == id ? safe(id) : "\(safe(name)) (\(safe(id)))"
    }

    /// One decimal, as the plan shows scores (RunDiff ignores smaller moves).
    private func score(_ value: Double) -> String {
        words.value(.number(TotalScore.rounded(value))).text
    }

    private func money(_ value: Double?, _ currency: String?) -> String {
        guard let value else { return say.common("unknown-amount", [:]) }
        guard let currency else { return words.value(.number(value)).text }
        return words.money(value, currency)
    }

    private func safe(_ text: String) -> String { words.safe(text) }
}
