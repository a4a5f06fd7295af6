import PlannerCore

/// `plan compare --format csv`: one row per option (RFC 4180: comma-separated, fields with a
/// comma, quote or line break quoted, CRLF line ends), for a spreadsheet. Lists are joined by
/// "; ". Unknown figures are empty cells.
public enum ComparisonCSV {
    /// The column names, in order.
    public static let columns = [
        "category", "rank", "product", "name", "status", "eligible", "fit", "cost", "effort", "risk", "total",
        "currency", "one_time", "annual", "three_year", "cost_basis", "blockers", "conditions", "warnings",
        "unmet_wants", "unknown", "in_use",
    ]

    /// The comparison as CSV text.
    public static func render(_ assessment: Assessment, products: [String]? = nil) -> String {
        let rows = ComparisonSelection.options(assessment, products: products).map(row)
        return ([columns] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func row(_ option: OptionAssessment) -> [String] {
        let scores = option.scores
        let score: (Double?) -> String = { value in
            option.eligible ? value.map { ComparisonText.fixed($0, 1) } ?? "" : ""
        }
        let amount: (Double?) -> String = { value in value.map { JSONValue.number($0).serialized() } ?? "" }
        return [
            option.category, option.rank.map(String.init) ?? "", option.product, option.name, option.status.rawValue,
            option.eligible ? "true" : "false",
            score(scores.fit.value), score(scores.cost.value), score(scores.effort.value), score(scores.risk.value),
            option.eligible ? ComparisonText.fixed(scores.shownTotal, 1) : "",
            option.cost.currency, amount(option.cost.oneTime), amount(option.cost.annual),
            amount(option.cost.threeYear),
            option.cost.basis.rawValue,
            option.blockers.map(\.rule).joined(separator: "; "),
            option.conditions.map { $0.kind == .requirement ? "\($0.rule) \($0.requirement)" : $0.rule }.joined(
                separator: "; "),
            option.warnings.map(\.rule).joined(separator: "; "),
            option.unmetWants.joined(separator: "; "), option.unknown.joined(separator: "; "),
            option.inUse ? "true" : "false",
        ]
    }

    /// A field, quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-` or
    /// `@` gets a `'` so a spreadsheet does not run it as a formula.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + String(value.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
    }
}
