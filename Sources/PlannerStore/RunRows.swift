import GRDB
import PlannerCore

/// Moves a ``RunRecord`` to and from its rows in `runs`, `run_products`, `run_blockers`,
/// `run_facts` and `run_rules`. Plain SQL with cached statements: a run of ten products with
/// thirty facts each is a few hundred inserts, and re-preparing them would dominate.
enum RunRows {
    /// Inserts one run; the caller provides the transaction.
    static func insert(_ run: RunRecord, into db: Database) throws -> Int64 {
        let sequence = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(recorded_sequence), 0) + 1 FROM runs") ?? 1
        try db.execute(
            sql: """
                INSERT INTO runs (organization_id, organization_name, inventory_fingerprint, catalog_fingerprint,
                                  as_of, tool_version, command, recorded_sequence, inputs)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                run.organizationID, run.organizationName, run.inventoryFingerprint, run.catalogFingerprint,
                run.asOf.description, run.toolVersion, run.command.rawValue, sequence, run.inputs,
            ])
        let id = db.lastInsertedRowID

        let product = try db.cachedStatement(
            sql: """
                INSERT INTO run_products (run_id, position, product_id, name, category, status, rank,
                                          fit, cost, effort, risk, total, three_year_cost, currency)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let blocker = try db.cachedStatement(
            sql: """
                INSERT INTO run_blockers (run_id, product_id, position, rule, code, parameters, caveat, recorded_message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let fact = try db.cachedStatement(
            sql: """
                INSERT INTO run_facts (run_id, product_id, key, kind, value, unit, model, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let rule = try db.cachedStatement(
            sql:
                "INSERT INTO run_rules (run_id, position, rule_id, severity, title, title_ru) VALUES (?, ?, ?, ?, ?, ?)"
        )

        for (position, item) in run.products.enumerated() {
            try product.execute(arguments: [
                id, position, item.productID, item.name, item.category, item.status.rawValue, item.rank,
                item.fit, item.cost, item.effort, item.risk, item.total, item.threeYearCost, item.currency,
            ])
            for (index, entry) in item.blockers.enumerated() {
                try blocker.execute(arguments: [
                    id, item.productID, index, entry.rule, entry.reason?.code.rawValue,
                    entry.reason.map { StoredValues.encode($0.parameters) }, entry.caveat?.code.rawValue,
                    entry.recordedMessage,
                ])
            }
            for entry in item.facts {
                let columns = StoredValues.columns(entry.value)
                try fact.execute(arguments: [
                    id, item.productID, entry.key, columns.kind, columns.value, columns.unit, columns.model,
                    entry.confidence?.rawValue,
                ])
            }
        }
        for (position, entry) in run.rules.enumerated() {
            try rule.execute(arguments: [
                id, position, entry.ruleID, entry.severity.rawValue, entry.title.en, entry.title.ru,
            ])
        }
        return id
    }

    /// The runs matching `filter` (SQL over the `runs` table), newest first, at most `limit`,
    /// with their products, blockers, rules and (when `facts` is true) facts: one query per
    /// table, grouped in memory. Values are decoded with GRDB's throwing accessors, so a
    /// hand-edited file gives an error, not a trap.
    static func fetch(
        _ db: Database, path: String, where filter: String, arguments: StatementArguments,
        limit: Int? = nil, facts withFacts: Bool = true
    ) throws -> [RunRecord] {
        let selection =
            "SELECT id FROM runs WHERE \(filter) ORDER BY recorded_sequence DESC" + (limit.map { " LIMIT \($0)" } ?? "")
        let runRows = try Row.fetchAll(
            db, sql: "SELECT * FROM runs WHERE id IN (\(selection)) ORDER BY recorded_sequence DESC",
            arguments: arguments)
        guard !runRows.isEmpty else { return [] }
        /// The rows of one child table that belong to the selected runs, by run then `order`.
        func rows(_ table: String, order: String) throws -> [Row] {
            try Row.fetchAll(
                db, sql: "SELECT * FROM \(table) t WHERE t.run_id IN (\(selection)) ORDER BY t.run_id, \(order)",
                arguments: arguments)
        }

        var blockers: [ProductKey: [BlockerRecord]] = [:]
        for row in try rows("run_blockers", order: "t.product_id, t.position") {
            let key = try ProductKey(row)
            try blockers[key, default: []].append(blocker(row, key: key, path: path))
        }
        var facts: [ProductKey: [FactRecord]] = [:]
        for row in try (withFacts ? rows("run_facts", order: "t.product_id, t.key") : []) {
            let key = try ProductKey(row)
            try facts[key, default: []].append(fact(row, key: key, path: path))
        }
        var products: [Int64: [ProductRecord]] = [:]
        for row in try rows("run_products", order: "t.position") {
            let key = try ProductKey(row)
            let statusText: String = try row.decode(forColumn: "status")
            guard let status = ProductRecord.Status(rawValue: statusText) else {
                throw HistoryError.unreadable(
                    path, "run \(key.run), product \(key.product): unknown status '\(statusText)'")
            }
            try products[key.run, default: []].append(
                ProductRecord(
                    productID: key.product, name: row.decode(forColumn: "name"),
                    category: row.decode(forColumn: "category"),
                    status: status, rank: row.decode(forColumn: "rank"),
                    fit: row.decode(forColumn: "fit"), cost: row.decode(forColumn: "cost"),
                    effort: row.decode(forColumn: "effort"),
                    risk: row.decode(forColumn: "risk"), total: row.decode(forColumn: "total"),
                    threeYearCost: row.decode(forColumn: "three_year_cost"),
                    currency: row.decode(forColumn: "currency"),
                    blockers: blockers[key] ?? [], facts: facts[key] ?? []))
        }
        var rules: [Int64: [RuleRecord]] = [:]
        for row in try rows("run_rules", order: "t.position") {
            let runID: Int64 = try row.decode(forColumn: "run_id")
            let severityText: String = try row.decode(forColumn: "severity")
            guard let severity = RuleRecord.Severity(rawValue: severityText) else {
                throw HistoryError.unreadable(path, "run \(runID): unknown rule severity '\(severityText)'")
            }
            let english: String = try row.decode(forColumn: "title")
            let russian: String? = try row.decode(forColumn: "title_ru")
            try rules[runID, default: []].append(
                RuleRecord(
                    ruleID: row.decode(forColumn: "rule_id"), severity: severity,
                    title: LocalizedText(ru: russian ?? english, en: english)))
        }

        return try runRows.map { row in
            let id: Int64 = try row.decode(forColumn: "id")
            let asOfText: String = try row.decode(forColumn: "as_of")
            let commandText: String = try row.decode(forColumn: "command")
            guard case .success(let asOf) = CalendarDate.parse(asOfText) else {
                throw HistoryError.unreadable(path, "run \(id): as-of date '\(asOfText)'")
            }
            guard let command = RunRecord.Command(rawValue: commandText) else {
                throw HistoryError.unreadable(path, "run \(id): unknown command '\(commandText)'")
            }
            let run = try RunRecord(
                id: id, organizationID: row.decode(forColumn: "organization_id"),
                organizationName: row.decode(forColumn: "organization_name"),
                inventoryFingerprint: row.decode(forColumn: "inventory_fingerprint"),
                catalogFingerprint: row.decode(forColumn: "catalog_fingerprint"),
                asOf: asOf, toolVersion: row.decode(forColumn: "tool_version"), command: command,
                recordedSequence: row.decode(forColumn: "recorded_sequence"),
                products: products[id] ?? [], rules: rules[id] ?? [])
            // A value plan would not have written (markup in an id, a score of 1e300) never
            // reaches a plan, a diff or a conversion.
            if let problem = run.problem { throw HistoryError.corrupt(path, "run \(id): \(problem)") }
            return run
        }
    }

    /// A blocker row: its reason read back from the code and parameters, or the message a run
    /// recorded before v2.
    private static func blocker(_ row: Row, key: ProductKey, path: String) throws -> BlockerRecord {
        let rule: String = try row.decode(forColumn: "rule")
        let place = "run \(key.run), product \(key.product), blocker \(rule)"
        func reason(code column: String, parameters: String?) throws -> Reason? {
            guard let text: String = try row.decode(forColumn: column) else { return nil }
            guard let code = ReasonCode(rawValue: text) else {
                throw HistoryError.unreadable(path, "\(place): unknown reason '\(text)'")
            }
            guard let parameters else { return Reason(code) }
            guard let values = StoredValues.decodeParameters(parameters) else {
                throw HistoryError.unreadable(path, "\(place): parameters that are not a list of typed values")
            }
            return Reason(code, values)
        }
        return try BlockerRecord(
            rule: rule, reason: reason(code: "code", parameters: row.decode(forColumn: "parameters")),
            caveat: reason(code: "caveat", parameters: nil), recordedMessage: row.decode(forColumn: "recorded_message"))
    }

    /// A fact row: its subject from the key, its value from the typed columns.
    private static func fact(_ row: Row, key: ProductKey, path: String) throws -> FactRecord {
        let factKey: String = try row.decode(forColumn: "key")
        let columns = try StoredValues.FactColumns(
            kind: row.decode(forColumn: "kind"), value: row.decode(forColumn: "value"),
            unit: row.decode(forColumn: "unit"), model: row.decode(forColumn: "model"))
        guard let value = StoredValues.factValue(columns) else {
            throw HistoryError.unreadable(
                path, "run \(key.run), product \(key.product), fact \(factKey): a \(columns.kind) value it cannot read")
        }
        let confidenceText: String? = try row.decode(forColumn: "confidence")
        var confidence: Confidence?
        if let confidenceText {
            guard let known = Confidence(rawValue: confidenceText) else {
                throw HistoryError.unreadable(
                    path,
                    "run \(key.run), product \(key.product), fact \(factKey): unknown confidence '\(confidenceText)'")
            }
            confidence = known
        }
        return FactRecord(FactSubject(key: factKey), value, confidence: confidence)
    }

    /// A product within a run: how blockers and facts find their product.
    private struct ProductKey: Hashable {
        var run: Int64
        var product: String

        init(_ row: Row) throws {
            run = try row.decode(forColumn: "run_id")
            product = try row.decode(forColumn: "product_id")
        }
    }
}
