import PlannerCore

/// `plan diff` output: the changes between two runs in plain English, a heading per kind of
/// change and one line per change. Sections with nothing to say are left out. The difference
/// itself is computed by ``RunDiff`` (PlannerCore); this is only how it reads.
public enum DiffReport {
    /// The text of `diff`, ending in a newline.
    public static func text(_ diff: RunDiff) -> String {
        let older = diff.older
        let newer = diff.newer
        var lines = [
            "Changes for \(diff.organizationID)"
                + (diff.organizationName.isEmpty || diff.organizationName == diff.organizationID
                    ? "" : " (\(diff.organizationName))")
        ]
        lines.append("  from \(Self.describe(older))")
        lines.append("    to \(Self.describe(newer))")

        lines.append("")
        lines.append("Inputs")
        lines.append("  - " + Self.input("inventory", older.inventoryFingerprint, newer.inventoryFingerprint))
        lines.append("  - " + Self.input("catalog", older.catalogFingerprint, newer.catalogFingerprint))

        if !diff.leaders.isEmpty {
            let several = Set(diff.leaders.map(\.category)).count > 1
            Self.section(
                &lines, "Recommendation",
                diff.leaders.map {
                    (several ? "\($0.category): " : "")
                        + "\(Self.leader($0.fromName, $0.fromProductID)) → \(Self.leader($0.toName, $0.toProductID))"
                })
        }
        if !diff.rules.isEmpty {
            let heading =
                older.asOf == newer.asOf
                ? "Rules in force" : "Rules in force (as of \(older.asOf) → as of \(newer.asOf))"
            Self.section(&lines, heading, diff.rules.map(Self.line))
        }
        if !diff.statuses.isEmpty || !diff.blockers.isEmpty {
            Self.section(&lines, "Eligibility", diff.statuses.flatMap(Self.lines) + diff.blockers.flatMap(Self.lines))
        }
        if !diff.ranks.isEmpty {
            Self.section(
                &lines, "Ranks", diff.ranks.map { "\(Self.product($0.name, $0.productID)): rank \($0.from) → \($0.to)" }
            )
        }
        if !diff.scores.isEmpty {
            Self.section(&lines, "Scores", Self.scoreLines(diff.scores))
        }
        if !diff.costs.isEmpty {
            Self.section(
                &lines, "Three-year cost",
                diff.costs.map {
                    "\(Self.product($0.name, $0.productID)): \(Self.money($0.from, $0.fromCurrency)) → \(Self.money($0.to, $0.toCurrency))"
                })
        }
        if !diff.facts.isEmpty {
            Self.section(
                &lines, "Prices and facts",
                diff.facts.map {
                    "\(Self.product($0.name, $0.productID)) \($0.key): \($0.from ?? "unknown") → \($0.to ?? "unknown")"
                })
        }
        if diff.hasNoOutcomeChanges {
            lines.append("")
            lines.append("No change in rules, eligibility, ranks, scores, costs or facts.")
        }
        // Names, titles and facts come from the history, a file anyone can edit: no line may
        // carry a terminal control or a bidirectional override.
        return lines.map(TerminalText.safe).joined(separator: "\n") + "\n"
    }

    private static func section(_ lines: inout [String], _ heading: String, _ items: [String]) {
        lines.append("")
        lines.append(heading)
        lines += items.map { $0.hasPrefix("    ") ? $0 : "  - " + $0 }
    }

    // MARK: - One line each

    private static func describe(_ side: RunDiff.Side) -> String {
        (side.id.map { "run \($0)" } ?? "this run")
            + " (\(side.command.rawValue), as of \(side.asOf), plan \(side.toolVersion))"
    }

    private static func input(_ what: String, _ old: String, _ new: String) -> String {
        old == new ? "The \(what) did not change (\(new))." : "The \(what) changed (\(old) → \(new))."
    }

    private static func line(_ change: RunDiff.RuleChange) -> String {
        let rule = change.ruleID + (change.title.isEmpty ? "" : " \"\(change.title)\"")
        switch (change.from, change.to) {
        case (nil, let to?): return "\(rule) came into force as a \(to.rawValue)."
        case (let from?, nil): return "\(rule) is no longer in force (it was a \(from.rawValue))."
        case (let from?, let to?): return "\(rule) is now a \(to.rawValue) (it was a \(from.rawValue))."
        case (nil, nil): return "\(rule) did not change."
        }
    }

    private static func lines(_ change: RunDiff.StatusChange) -> [String] {
        let name = product(change.name, change.productID)
        let placed = change.rank.map { " at rank \($0)" } ?? ""
        switch (change.from, change.to) {
        case (nil, let to?):
            return ["\(name) is new in the comparison: \(to.rawValue)\(placed)."] + change.newBlockers.map(blocker)
        case (let from?, nil):
            return ["\(name) is no longer in the comparison (it was \(from.rawValue))."]
        case (let from?, let to?):
            var first = "\(name) is now \(to.rawValue)\(placed) (it was \(from.rawValue))"
            if !change.liftedBlockers.isEmpty {
                first += "; no longer blocked by " + change.liftedBlockers.map(\.rule).joined(separator: ", ")
            }
            if change.newBlockers.isEmpty { return [first + "."] }
            return [first + ", blocked by:"] + change.newBlockers.map(blocker)
        case (nil, nil):
            return []
        }
    }

    private static func lines(_ change: RunDiff.BlockerChange) -> [String] {
        var first = "\(product(change.name, change.productID)) is still excluded"
        if !change.removed.isEmpty {
            first += "; no longer blocked by " + change.removed.map(\.rule).joined(separator: ", ")
        }
        if change.added.isEmpty { return [first + "."] }
        return [first + "; now also blocked by:"] + change.added.map(blocker)
    }

    private static func blocker(_ blocker: BlockerRecord) -> String {
        "    \(blocker.rule): \(blocker.message)"
    }

    /// One line per product: "TrueConf Server (trueconf): total 84.1 → 86.3, cost 70 → 78".
    private static func scoreLines(_ changes: [RunDiff.ScoreChange]) -> [String] {
        var lines: [String] = []
        var index = changes.startIndex
        while index < changes.endIndex {
            let first = changes[index]
            let group = changes[index...].prefix { $0.productID == first.productID }
            lines.append(
                "\(product(first.name, first.productID)): "
                    + group.map {
                        "\($0.score.rawValue) \(score($0.from)) → \(score($0.to))"
                    }.joined(separator: ", "))
            index += group.count
        }
        return lines
    }

    // MARK: - Values

    /// A category's first-ranked product, or "none" when nothing was ranked.
    static func leader(_ name: String?, _ id: String?) -> String {
        guard let id else { return "none ranked" }
        return product(name ?? "", id)
    }

    static func product(_ name: String, _ id: String) -> String {
        name.isEmpty || name == id ? id : "\(name) (\(id))"
    }

    static func score(_ value: Double) -> String {
        // One decimal, as the plan shows scores (RunDiff ignores smaller moves).
        guard value.isFinite else { return "—" }
        return (Double(Int64(saturating: (value * 10).rounded())) / 10).formatted()
    }

    /// "1 260 000 RUB": whole amounts grouped by thousands with a space, "unknown" when nil.
    static func money(_ value: Double?, _ currency: String?) -> String {
        guard let value else { return "unknown" }
        let suffix = currency.map { " " + $0 } ?? ""
        guard value == value.rounded(), abs(value) < 1e15 else { return value.formatted() + suffix }
        let digits = String(Int64(abs(value)))
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += " " }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped + suffix
    }
}
