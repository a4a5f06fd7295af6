import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerStore

/// A history written by the first schema (`v1-runs`: facts and blockers as English text) is
/// migrated to typed facts when it is opened, and reads, diffs and compares inputs as a new one.
@Suite("History: migration from the v1 schema")
struct HistoryMigrationTests {
    /// The v1 schema as that version created it (its migration's SQL, verbatim), and the
    /// migrations table GRDB keeps.
    static let version1 = """
        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
        INSERT INTO grdb_migrations (identifier) VALUES ('v1-runs');
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
        """

    /// Two plans of one organization and a repeat of the second, as v1 recorded them: every
    /// kind of fact value v1 wrote, one it cannot read, and a blocker's English message.
    static let runs = """
        INSERT INTO runs VALUES (1, 'gymnasium-5', 'Гимназия', 'inv-a', 'cat-a', '2026-11-29', '0.1.0', 'generate', 1);
        INSERT INTO runs VALUES (2, 'gymnasium-5', 'Гимназия', 'inv-b', 'cat-a', '2027-02-01', '0.1.0', 'generate', 2);
        INSERT INTO runs VALUES (3, 'gymnasium-5', 'Гимназия', 'inv-b', 'cat-a', '2027-02-01', '0.1.0', 'generate', 3);
        INSERT INTO run_products VALUES
            (1, 0, 'trueconf', 'TrueConf Server', 'videoconferencing', 'eligible', 1, 50, 100, 70, 45, 70.2, 928000, 'RUB'),
            (1, 1, 'zoom', 'Zoom', 'videoconferencing', 'excluded', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'RUB'),
            (2, 0, 'trueconf', 'TrueConf Server', 'videoconferencing', 'eligible', 1, 50, 100, 70, 45, 70.2, 1090000, 'RUB'),
            (3, 0, 'trueconf', 'TrueConf Server', 'videoconferencing', 'eligible', 1, 50, 100, 70, 45, 70.2, 1090000, 'RUB');
        INSERT INTO run_blockers VALUES
            (1, 'zoom', 0, 'RU-1875-NATIONAL-REGIME', 'National regime: recorded as not listed in ru_software');
        INSERT INTO run_facts VALUES
            (1, 'trueconf', 'cost.annual', '196000 RUB'),
            (1, 'trueconf', 'cost.one_time', '40,000 RUB'),
            (1, 'trueconf', 'cost.basis', 'quote'),
            (1, 'trueconf', 'price.Server', '1000 RUB per_user_year'),
            (1, 'trueconf', 'registries.ru_software', 'listed № 123'),
            (1, 'trueconf', 'registries.ru_software_trusted', 'not listed (unconfirmed)'),
            (1, 'trueconf', 'vendor.country', 'RU'),
            (1, 'trueconf', 'data_residency', 'RU, KZ'),
            (1, 'trueconf', 'certification.fstec', 'recorded'),
            (1, 'trueconf', 'capability.transcription', 'false'),
            (1, 'trueconf', 'capability.recording.cloud', 'true (unconfirmed)'),
            (1, 'trueconf', 'capability.meetings.max_participants', '1600'),
            (1, 'trueconf', 'something.else', 'old | <b>'),
            (2, 'trueconf', 'cost.annual', 'lots of RUB'),
            (2, 'trueconf', 'capability.transcription', 'false'),
            (3, 'trueconf', 'capability.transcription', 'false');
        INSERT INTO run_rules VALUES (1, 0, 'RU-1875-NATIONAL-REGIME', 'blocker', 'National regime');
        """

    /// A v1 history file with the runs above.
    static func version1File(in folder: TemporaryFolder) throws -> String {
        let path = folder.file("history.sqlite")
        try HistoryStore.executeOutsideStore(path: path, version1 + runs)
        return path
    }

    @Test("every v1 fact is read back as a typed value with its confidence; what v1 could not say stays unknown")
    func facts() throws {
        let folder = try TemporaryFolder()
        let store = try HistoryStore.open(path: try Self.version1File(in: folder))
        #expect(
            try store.strings("SELECT identifier FROM grdb_migrations ORDER BY identifier") == [
                "v1-runs", "v2-typed-facts",
            ])
        let first = try #require(try store.run(id: 1)?.product("trueconf"))
        let facts = Dictionary(uniqueKeysWithValues: first.facts.map { ($0.key, $0) })
        #expect(facts["cost.annual"] == FactRecord(.costAnnual, .money(196_000, currency: "RUB"), confidence: nil))
        #expect(facts["cost.one_time"]?.value == .money(40_000, currency: "RUB"), "a grouped amount is read too")
        #expect(facts["cost.basis"]?.value == .basis(.quote))
        #expect(facts["price.Server"]?.value == .price(1000, currency: "RUB", model: .perUserYear))
        #expect(
            facts["registries.ru_software"]
                == FactRecord(.registry("ru_software"), .listed(number: "123"), confidence: nil))
        #expect(
            facts["registries.ru_software_trusted"]
                == FactRecord(.registry("ru_software_trusted"), .notListed, confidence: .unconfirmed))
        #expect(facts["vendor.country"]?.value == .country("RU"))
        #expect(facts["data_residency"]?.value == .countries(["RU", "KZ"]))
        #expect(facts["certification.fstec"]?.value == .certificate(number: nil))
        #expect(facts["capability.transcription"]?.value == .flag(false))
        #expect(
            facts["capability.recording.cloud"]
                == FactRecord(.capability("recording.cloud"), .flag(true), confidence: .unconfirmed))
        #expect(facts["capability.meetings.max_participants"]?.value == .number(1600))
        #expect(facts["something.else"] == FactRecord(.other("something.else"), .text("old | <b>"), confidence: nil))
        let unreadable = try #require(try store.run(id: 2)?.product("trueconf")?.fact(.costAnnual))
        #expect(unreadable.value == .text("lots of RUB"), "a value v1 wrote that cannot be read is kept as text")
        // No English is left in the typed columns.
        #expect(try store.strings("SELECT DISTINCT kind FROM run_facts ORDER BY kind").allSatisfy { !$0.contains(" ") })
    }

    @Test("a v1 blocker keeps its message as recorded; rules keep their title; a new run is recorded typed")
    func blockersAndRules() throws {
        let folder = try TemporaryFolder()
        let store = try HistoryStore.open(path: try Self.version1File(in: folder))
        let old = try #require(try store.run(id: 1))
        #expect(
            old.product("zoom")?.blockers == [
                BlockerRecord(
                    rule: "RU-1875-NATIONAL-REGIME", reason: nil,
                    recordedMessage: "National regime: recorded as not listed in ru_software")
            ])
        #expect(old.rules.first?.title == LocalizedText(ru: "National regime", en: "National regime"))
        var new = Sample.run(organization: "gymnasium-5", asOf: "2027-03-01")
        new.rules[0].title = LocalizedText(ru: "Реестр", en: "Register")
        let id = try store.record(new)
        let read = try #require(try store.run(id: id))
        #expect(read.product("zoom")?.blockers == new.products[2].blockers)
        #expect(read.products.map(\.facts) == new.products.map(\.facts))
        #expect(read.rules.first?.title == LocalizedText(ru: "Реестр", en: "Register"))
        #expect(
            try store.strings("SELECT recorded_message IS NULL FROM run_blockers WHERE run_id = \(id)") == ["1", "1"])
        #expect(try store.strings("SELECT COUNT(*) FROM run_facts WHERE value LIKE '%(unconfirmed)%'") == ["0"])
    }

    @Test("the same inputs are the same in SQL and in Swift, for migrated runs and new ones")
    func sameInputs() throws {
        let folder = try TemporaryFolder()
        let store = try HistoryStore.open(path: try Self.version1File(in: folder))
        #expect(
            try store.strings("SELECT inputs FROM runs ORDER BY id") == [
                "inv-a cat-a 2026-11-29 0.1.0", "inv-b cat-a 2027-02-01 0.1.0", "inv-b cat-a 2027-02-01 0.1.0",
            ])
        let runs = try store.runs(organization: "gymnasium-5")
        #expect(runs[0].inputs == "inv-b cat-a 2027-02-01 0.1.0" && runs[0].hasSameInputs(as: runs[1]))
        // The last plan before run 3 skips run 2 (the same inputs) and is run 1, in one query
        // as by the Swift definition.
        let swift = runs.first { $0.isEarlierPlan(for: runs[0]) }
        #expect(try store.lastPlan(before: runs[0])?.id == 1)
        #expect(swift?.id == 1)
        let pair = try #require(try store.lastTwoWithDifferentInputs(organization: "gymnasium-5"))
        #expect(pair.older.id == 1 && pair.newer.id == 3)
        // A run recorded now with run 3's inputs is compared with run 1 as well.
        var again = runs[0]
        again.id = nil
        let id = try store.record(again)
        #expect(try store.strings("SELECT inputs FROM runs WHERE id = \(id)") == [runs[0].inputs])
        #expect(try store.lastPlan(before: again)?.id == 1)
    }

    @Test("a migrated run diffs against a new one by value: a fact v1 did not mark is not 'changed' by its confidence")
    func diffAcrossTheMigration() throws {
        let folder = try TemporaryFolder()
        let store = try HistoryStore.open(path: try Self.version1File(in: folder))
        let old = try #require(try store.run(id: 1))
        var new = old
        new.id = nil
        var trueconf = try #require(new.product("trueconf"))
        var facts = trueconf.facts.map { fact -> FactRecord in
            var fact = fact
            if fact.confidence == nil { fact.confidence = .confirmed }  // what a new run records
            return fact
        }
        facts.removeAll { $0.subject == .capability("recording.cloud") }
        facts.append(FactRecord(.capability("recording.cloud"), .flag(true), confidence: .confirmed))
        trueconf.setFacts(facts)
        new.products[0] = trueconf
        let diff = RunDiff(from: old, to: new)
        #expect(diff.facts.map(\.subject) == [.capability("recording.cloud")], "only the fact that was confirmed since")
    }

    // MARK: - Read-only commands (issue #16, point 12)

    @Test("a command that only reads migrates a v1 history it may write, once, and reads its runs")
    func readOnlyOpenMigratesWritableFile() throws {
        let folder = try TemporaryFolder()
        let path = try Self.version1File(in: folder)
        let store = try HistoryStore.open(path: path, create: false, readOnly: true)
        #expect(try store.runs(organization: "gymnasium-5").count == 3)
        #expect(throws: HistoryError.self) { try store.record(Sample.run()) }
        let again = try HistoryStore.open(path: path)
        #expect(
            try again.strings("SELECT identifier FROM grdb_migrations ORDER BY identifier") == [
                "v1-runs", "v2-typed-facts",
            ])
    }

    @Test("a v1 history the command may not write is refused with what to run, and left as it was")
    func readOnlyOpenRefusesUnwritableFile() throws {
        let folder = try TemporaryFolder()
        let path = try Self.version1File(in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        var error: HistoryError?
        do {
            _ = try HistoryStore.openReadOnly(path: path, busyTimeout: 1, followLinks: true, writable: { _ in false })
        } catch let caught {
            error = caught
        }
        let refused = try #require(error)
        #expect(refused.kind == .olderSchema)
        #expect(
            refused.message
                == "the history \(path) was written by an older plan and must be upgraded once; this command only reads and cannot write it: run plan generate (or plan compare --record) once with this history where it is writable, or point --db at another file"
        )
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["history.sqlite"])
    }

    @Test(
        "a v1 history in a folder without write permission is refused with what to run",
        .enabled(if: getuid() != 0, "root writes anywhere"))
    func readOnlyOpenRefusesReadOnlyFolder() throws {
        let folder = try TemporaryFolder()
        let path = try Self.version1File(in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path) }
        #expect(throws: HistoryError.self) { try HistoryStore.open(path: path, create: false, readOnly: true) }
    }
}
