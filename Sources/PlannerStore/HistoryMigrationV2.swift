import Foundation
import GRDB
import PlannerCore

/// `v2-typed-facts`: the history stops storing English. Facts become a kind, a value, a unit,
/// a model and a confidence instead of text such as `listed № 123 (unconfirmed)`; blockers a
/// reason code with its parameters instead of a message; rules keep their title in both
/// languages; runs keep their ``RunRecord/inputs`` so that "the same inputs" is compared in
/// SQL by the one definition in Swift.
///
/// Existing rows are converted where the old text can be read (every value v1 wrote can);
/// a blocker's English message cannot be turned back into a code, so it is kept as
/// `recorded_message` and shown as recorded.
enum HistoryMigrationV2 {
    static let identifier = "v2-typed-facts"

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE runs ADD COLUMN inputs TEXT NOT NULL DEFAULT '';
                ALTER TABLE run_rules ADD COLUMN title_ru TEXT;

                CREATE TABLE run_blockers_v2 (
                    run_id INTEGER NOT NULL,
                    product_id TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    rule TEXT NOT NULL,
                    code TEXT,
                    parameters TEXT,
                    caveat TEXT,
                    recorded_message TEXT,
                    PRIMARY KEY (run_id, product_id, position),
                    FOREIGN KEY (run_id, product_id) REFERENCES run_products (run_id, product_id) ON DELETE CASCADE
                ) WITHOUT ROWID;
                INSERT INTO run_blockers_v2 (run_id, product_id, position, rule, recorded_message)
                    SELECT run_id, product_id, position, rule, message FROM run_blockers;
                DROP TABLE run_blockers;
                ALTER TABLE run_blockers_v2 RENAME TO run_blockers;

                CREATE TABLE run_facts_v2 (
                    run_id INTEGER NOT NULL,
                    product_id TEXT NOT NULL,
                    key TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    value TEXT,
                    unit TEXT,
                    model TEXT,
                    confidence TEXT,
                    PRIMARY KEY (run_id, product_id, key),
                    FOREIGN KEY (run_id, product_id) REFERENCES run_products (run_id, product_id) ON DELETE CASCADE
                ) WITHOUT ROWID;
                """)
        let insert = try db.makeStatement(
            sql: """
                INSERT INTO run_facts_v2 (run_id, product_id, key, kind, value, unit, model, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let old = try Row.fetchCursor(db, sql: "SELECT run_id, product_id, key, value FROM run_facts")
        while let row = try old.next() {
            let key: String = row["key"]
            let fact = legacyFact(key: key, value: row["value"] ?? "")
            let columns = StoredValues.columns(fact.value)
            try insert.execute(arguments: [
                row["run_id"], row["product_id"], key, columns.kind, columns.value, columns.unit, columns.model,
                fact.confidence?.rawValue,
            ])
        }
        try db.execute(
            sql: """
                DROP TABLE run_facts;
                ALTER TABLE run_facts_v2 RENAME TO run_facts;
                """)

        let update = try db.makeStatement(sql: "UPDATE runs SET inputs = ? WHERE id = ?")
        let runs = try Row.fetchAll(
            db, sql: "SELECT id, inventory_fingerprint, catalog_fingerprint, as_of, tool_version FROM runs")
        for row in runs {
            try update.execute(arguments: [
                RunRecord.inputs(
                    inventoryFingerprint: row["inventory_fingerprint"], catalogFingerprint: row["catalog_fingerprint"],
                    asOf: row["as_of"], toolVersion: row["tool_version"]),
                row["id"],
            ])
        }
        try db.execute(sql: "CREATE INDEX runs_by_inputs ON runs (organization_id, command, inputs)")
    }

    /// A fact as v1 wrote it (`RunRecord.facts(of:product:)` of that version): the value as
    /// text, " (unconfirmed)" after a register entry or a capability the catalog did not
    /// confirm. A value it cannot read stays text, never dropped.
    static func legacyFact(key: String, value recorded: String) -> FactRecord {
        let subject = FactSubject(key: key)
        let suffix = " (unconfirmed)"
        let unconfirmed = recorded.hasSuffix(suffix)
        let raw = unconfirmed ? String(recorded.dropLast(suffix.count)) : recorded
        let confidence: Confidence? = unconfirmed ? .unconfirmed : nil
        let words = raw.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        /// "96000", "96,000": v1 wrote whole amounts without grouping; a grouped one is read too.
        func amount(_ text: String) -> Double? {
            Double(text.replacingOccurrences(of: ",", with: "")).flatMap { $0.isFinite ? $0 : nil }
        }
        var value: FactValue?
        switch subject {
        case .costAnnual, .costOneTime:
            if words.count == 2, let number = amount(words[0]) { value = .money(number, currency: words[1]) }
        case .price:
            if words.count == 3, let number = amount(words[0]), let model = PricingPlan.Model(rawValue: words[2]) {
                value = .price(number, currency: words[1], model: model)
            }
        case .costBasis:
            value = CostEstimate.Basis(rawValue: raw).map(FactValue.basis)
        case .vendorCountry:
            if !raw.isEmpty, !raw.contains(" ") { value = .country(raw) }
        case .dataResidency:
            value = .countries(raw.isEmpty ? [] : raw.components(separatedBy: ", "))
        case .registry:
            let listed = "listed № "
            if raw == "not listed" {
                value = .notListed
            } else if raw == "listed" {
                value = .listed(number: nil)
            } else if raw.hasPrefix(listed) {
                value = .listed(number: String(raw.dropFirst(listed.count)))
            }
        case .certification:
            value = .certificate(number: raw == "recorded" ? nil : raw)
        case .capability:
            if raw == "true" || raw == "false" {
                value = .flag(raw == "true")
            } else if let number = amount(raw) {
                value = .number(number)
            }
        case .other:
            break
        }
        return FactRecord(subject, value ?? .text(recorded), confidence: value == nil ? nil : confidence)
    }
}
