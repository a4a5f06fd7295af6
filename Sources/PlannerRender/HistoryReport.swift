import PlannerCore

/// `plan history` output built from runs: a JSON array with stable keys, or the cells of a
/// table that the command lays out.
public enum HistoryReport {
    /// The runs as JSON, in the order given (newest first from the store). Each run holds its
    /// as-of date, fingerprints, tool version, command, its ranked products by category and
    /// rank, and the ids of the excluded ones.
    public static func json(_ runs: [RunRecord]) -> JSONValue {
        .array(
            runs.map { run in
                .object([
                    ("id", run.id.map { .number(Double($0)) } ?? .null),
                    (
                        "organization",
                        .object([("id", .string(run.organizationID)), ("name", .string(run.organizationName))])
                    ),
                    ("as_of", .string(run.asOf.description)),
                    ("command", .string(run.command.rawValue)),
                    ("tool_version", .string(run.toolVersion)),
                    ("inventory_fingerprint", .string(run.inventoryFingerprint)),
                    ("catalog_fingerprint", .string(run.catalogFingerprint)),
                    ("products", .array(run.rankedProducts.map(product))),
                    ("excluded", .strings(run.products.filter { $0.status == .excluded }.map(\.productID).sorted())),
                ])
            })
    }

    private static func product(_ product: ProductRecord) -> JSONValue {
        .object([
            ("product", .string(product.productID)),
            ("name", .string(product.name)),
            ("category", .string(product.category)),
            ("status", .string(product.status.rawValue)),
            ("rank", .int(product.rank)),
            (
                "scores",
                .object([
                    ("fit", .number(product.fit)), ("cost", .number(product.cost)), ("effort", .number(product.effort)),
                    ("risk", .number(product.risk)), ("total", .number(product.total)),
                ])
            ),
            ("three_year_cost", .number(product.threeYearCost)),
            ("currency", .string(product.currency)),
        ])
    }

    /// The table's column headings.
    public static let tableHeaders = ["run", "as of", "command", "plan", "inventory", "catalog", "ranked", "excluded"]

    /// One row per run: fingerprints cut to 8 digits (enough to see a change), the top three
    /// ranked products, and how many were excluded. Cells are safe for a terminal.
    public static func tableRows(_ runs: [RunRecord]) -> [[String]] {
        runs.map { run in row(run).map(TerminalText.safe) }
    }

    private static func row(_ run: RunRecord) -> [String] {
        let top = run.rankedProducts.sorted {
            ($0.rank ?? 0, $0.category, $0.productID) < ($1.rank ?? 0, $1.category, $1.productID)
        }
        let ranked =
            top.prefix(3).map { "\($0.rank ?? 0). \($0.productID)" }.joined(separator: ", ")
            + (top.count > 3 ? ", …" : "")
        return [
            run.id.map { String($0) } ?? "",
            run.asOf.description,
            run.command.rawValue,
            run.toolVersion,
            String(run.inventoryFingerprint.prefix(8)),
            String(run.catalogFingerprint.prefix(8)),
            ranked.isEmpty ? "none" : ranked,
            String(run.products.filter { $0.status == .excluded }.count),
        ]
    }
}
