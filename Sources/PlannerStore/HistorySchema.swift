import GRDB

/// The history's schema as a list of named migrations. A migration that has shipped is never
/// edited: a later change is a new migration appended here (`v2-…`), so every history file,
/// however old, reaches the same schema.
///
/// Normalized tables rather than JSON columns: each list in a run (products, blockers, facts,
/// rules) has a small fixed shape, and rows let anyone query the history with plain SQL
/// (`SELECT r.as_of, f.value, f.unit FROM run_facts f JOIN runs r ON r.id = f.run_id WHERE f.key = 'cost.annual'`).
/// Values are typed, never English (v2): a fact is a kind, a value, a unit, a model and a
/// confidence; a blocker a reason code with its parameters (a small JSON array, written in
/// one fixed order, see `StoredValues`). Enumerations (command, status,
/// severity) are stored as text without CHECK constraints: a new value then needs no table
/// rebuild, and the reader rejects values it does not know with a clear error.
enum HistorySchema {
    /// The migrator, with every migration this version knows, oldest first.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-runs") { db in
            try db.execute(
                sql: """
                    CREATE TABLE runs (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        organization_id TEXT NOT NULL,
                        organization_name TEXT NOT NULL,
                        inventory_fingerprint TEXT NOT NULL,
                        catalog_fingerprint TEXT NOT NULL,
                        as_of TEXT NOT NULL,
                        tool_version TEXT NOT NULL,
                        command TEXT NOT NULL,
                        recorded_sequence INTEGER NOT NULL UNIQUE
                    );
                    CREATE INDEX runs_by_organization ON runs (organization_id, recorded_sequence);

                    CREATE TABLE run_products (
                        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        product_id TEXT NOT NULL,
                        name TEXT NOT NULL,
                        category TEXT NOT NULL,
                        status TEXT NOT NULL,
                        rank INTEGER,
                        fit REAL,
                        cost REAL,
                        effort REAL,
                        risk REAL,
                        total REAL,
                        three_year_cost REAL,
                        currency TEXT,
                        PRIMARY KEY (run_id, product_id)
                    ) WITHOUT ROWID;

                    CREATE TABLE run_blockers (
                        run_id INTEGER NOT NULL,
                        product_id TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        rule TEXT NOT NULL,
                        message TEXT NOT NULL,
                        PRIMARY KEY (run_id, product_id, position),
                        FOREIGN KEY (run_id, product_id) REFERENCES run_products (run_id, product_id) ON DELETE CASCADE
                    ) WITHOUT ROWID;

                    CREATE TABLE run_facts (
                        run_id INTEGER NOT NULL,
                        product_id TEXT NOT NULL,
                        key TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY (run_id, product_id, key),
                        FOREIGN KEY (run_id, product_id) REFERENCES run_products (run_id, product_id) ON DELETE CASCADE
                    ) WITHOUT ROWID;

                    CREATE TABLE run_rules (
                        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        rule_id TEXT NOT NULL,
                        severity TEXT NOT NULL,
                        title TEXT NOT NULL,
                        PRIMARY KEY (run_id, rule_id)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration(HistoryMigrationV2.identifier, migrate: HistoryMigrationV2.migrate)
        return migrator
    }

    /// The tables the history owns, for telling a plan history from another SQLite file.
    static let tables: Set<String> = ["runs", "run_products", "run_blockers", "run_facts", "run_rules"]

    /// How far a plan history's schema is.
    enum State: Sendable, Equatable {
        /// Every migration this version knows is applied.
        case complete
        /// None is applied yet: a new file, or one holding only `grdb_migrations` (ours, caught
        /// between another process's first statements).
        case creating
        /// Some are applied: written by an older `plan`, its migrations still to run.
        case outdated
    }

    /// How far a file holding `tables`, with the migrations `applied`, is a plan history this
    /// version can use. Throws when it is another SQLite database (tables of its own and none
    /// of our migrations: a `runs` table alone does not make it ours) or was written by a
    /// newer `plan`.
    static func state(tables: [String], applied: [String], path: String) throws(HistoryError) -> State {
        let known = Set(migrator.migrations)
        let others = tables.filter { $0 != "grdb_migrations" }
        if !others.isEmpty, known.isDisjoint(with: applied) { throw HistoryError.foreign(path, tables: others) }
        let unknown = applied.filter { !known.contains($0) }
        if !unknown.isEmpty { throw HistoryError.newer(path, unknown: unknown) }
        if known.isSubset(of: applied) { return .complete }
        return applied.isEmpty ? .creating : .outdated
    }

    /// True when the schema is complete (see ``state(tables:applied:path:)``).
    static func check(tables: [String], applied: [String], path: String) throws(HistoryError) -> Bool {
        try state(tables: tables, applied: applied, path: path) == .complete
    }
}
