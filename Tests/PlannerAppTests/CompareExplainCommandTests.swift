import Foundation
import PlannerCore
import PlannerStore
import TestSupport
import Testing

/// `plan compare` in each format and `plan explain`, in-process, with a real history.
@Suite("Commands: compare and explain")
struct CompareExplainCommandTests {
    static let school = App.example("school-44fz")

    /// The school's assessment in-process: the counts the output must show.
    static let assessment: Assessment = {
        guard case .success(let catalog) = CatalogLoader(asOf: CalendarDate(year: 2026, month: 11, day: 29)!).load(),
            case .success(let inventory) = InventoryLoader(catalog: catalog).load(contentsOf: school)
        else { fatalError("the shipped catalog or the school example does not load") }
        return assess(inventory, against: catalog, asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
    }()

    /// `videoconferencing: N ranked, M excluded`, as the table says it.
    static var rankedLine: String {
        let ranked = assessment.ranked(in: "videoconferencing").count
        return "videoconferencing: \(ranked) ranked, \(assessment.options.count - ranked) excluded"
    }

    /// `plan compare` of the school without a history, in `format`.
    static func compare(_ format: String, _ extra: [String] = []) async -> AppRun {
        await App.run(["compare", school, "--format", format, "--no-history"] + App.asOf + extra)
    }

    @Test("table: a header per category, the ranked and the excluded products with their rules")
    func table() async {
        let run = await Self.compare("table", ["--lang", "en"])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        #expect(
            run.stdout.hasPrefix(
                "МБОУ «Средняя общеобразовательная школа № 44» г. Вологды (vologda-school-44), RU, as of 2026-11-29\n"))
        #expect(run.stdout.contains(Self.rankedLine + "\n"))
        #expect(run.stdout.contains("RU-1875-NATIONAL-REGIME"))
        #expect(run.stdoutLines.allSatisfy { $0.count <= 100 })
    }

    @Test("markdown: a document with a table per category")
    func markdown() async {
        let run = await Self.compare("markdown", ["--lang", "en"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("# Comparison: МБОУ «Средняя общеобразовательная школа № 44» г. Вологды\n"))
        #expect(run.stdout.contains("\n## videoconferencing\n"))
        #expect(MarkdownTable.brokenRows(in: run.stdout).isEmpty)
    }

    @Test("json: the organization, the weights and every option, ranked first")
    func json() async throws {
        let run = await Self.compare("json")
        #expect(run.status == 0, "\(run)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let organization = try #require(json["organization"] as? [String: Any])
        #expect(organization["id"] as? String == "vologda-school-44")
        #expect(json["as_of"] as? String == "2026-11-29")
        let options = try #require(json["options"] as? [[String: Any]])
        #expect(options.count == Self.assessment.options.count)
        #expect(options.first?["product"] as? String == "trueconf")
        #expect(options.first?["rank"] as? Int == 1)
        let zoom = try #require(options.first { $0["product"] as? String == "zoom" })
        #expect(zoom["status"] as? String == "excluded")
    }

    /// The CSV's records (CRLF line ends, RFC 4180).
    static func records(_ csv: String) -> [String] {
        csv.components(separatedBy: "\r\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    @Test("csv: a header and one row per option, CRLF line ends")
    func csv() async throws {
        let run = await Self.compare("csv")
        #expect(run.status == 0, "\(run)")
        let records = Self.records(run.stdout)
        let count = Self.assessment.options.count
        try #require(records.count == count + 1, "\(records)")
        #expect(records[0].hasPrefix("category,rank,product,name,status,eligible,fit,cost"))
        #expect(records[1].hasPrefix("videoconferencing,1,trueconf,TrueConf Server,eligible,true,"))
        #expect(records.contains { $0.hasPrefix("videoconferencing,,zoom,Zoom,excluded,false,") })
    }

    @Test("--products limits what is shown; an id that is no option is wrong usage with a hint")
    func productsFilter() async throws {
        let shown = await Self.compare("csv", ["--products", "trueconf, zoom"])
        #expect(shown.status == 0)
        #expect(
            Self.records(shown.stdout).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[2] }
                == ["trueconf", "zoom"])

        let typo = await Self.compare("table", ["--products", "trueconff"])
        #expect(typo.status == 64)
        #expect(typo.stdout.isEmpty)
        #expect(typo.stderr.hasPrefix("error: --products: unknown product 'trueconff'"), "\(typo)")
        #expect(typo.stderr.contains("did you mean 'trueconf'?"))

        let empty = await Self.compare("table", ["--products", ","])
        #expect(empty.status == 64)
        #expect(empty.stderr == "error: --products: give at least one product id\n")
    }

    @Test("compare only reads: it records its run only with --record; --no-history is still accepted")
    func recordsRunOnlyWhenAsked() async throws {
        let folder = try TemporaryFolder()
        let out = folder.file("plans")
        let plain = await App.run(["compare", Self.school, "--out", out] + App.asOf)
        #expect(plain.status == 0 && plain.stderr.isEmpty, "\(plain)")
        #expect(!FileManager.default.fileExists(atPath: out), "a read-only command creates nothing")
        let none = await App.run(["compare", Self.school, "--no-history", "--out", out] + App.asOf)
        #expect(none.status == 0 && none.stdout == plain.stdout, "\(none)")
        #expect(!FileManager.default.fileExists(atPath: out))

        let db = folder.file("history.sqlite")
        let run = await App.run(["compare", Self.school, "--format", "json", "--record", "--db", db] + App.asOf)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        let runs = try HistoryStore.open(path: db, create: false).runs(organization: "vologda-school-44", facts: false)
        #expect(runs.count == 1)
        #expect(runs.first?.command == .compare)
        #expect(runs.first?.asOf.description == "2026-11-29")

        let both = await App.run(["compare", Self.school, "--record", "--no-history"] + App.asOf)
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("Error: --record and --no-history contradict each other"), "\(both)")
    }

    @Test("A history that cannot be opened: the comparison is still printed, the error follows, exit 1")
    func brokenHistory() async throws {
        let folder = try TemporaryFolder()
        try folder.write("not a database, just text that is long enough to be read as a header\n", to: "history.sqlite")
        let db = folder.file("history.sqlite")
        let run = await App.run(["compare", Self.school, "--record", "--db", db, "--lang", "en"] + App.asOf)
        #expect(run.status == 1)
        #expect(run.stdout.contains(Self.rankedLine))
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(run.stderr.hasPrefix("error: \(db) is not a plan history"), "\(run)")
    }

    @Test("An invalid inventory: located errors on stderr, nothing on stdout, exit 1")
    func invalidInventory() async throws {
        let folder = try TemporaryFolder()
        try folder.write(App.invalidInventory, to: "bad.yaml")
        let bad = folder.file("bad.yaml")
        let run = await App.run(["compare", bad, "--no-history"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.count == 3)
        #expect(run.stderrLines.allSatisfy { $0.hasPrefix(bad + ":") && $0.contains(": error: ") })
    }

    @Test("explain: rules, cost and scores of one product; an unknown product exits 1 with a hint")
    func explain() async {
        let run = await App.run(["explain", Self.school, "trueconf", "--lang", "en"] + App.asOf)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("TrueConf Server (trueconf) for МБОУ «Средняя общеобразовательная школа № 44»"))
        for section in ["Rules and requirements", "Cost", "Scores", "RU-1875-NATIONAL-REGIME", "REQUIREMENT"] {
            #expect(run.stdout.contains(section), "missing \(section)")
        }
        let unknown = await App.run(["explain", Self.school, "truconf"] + App.asOf)
        #expect(unknown.status == 1)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("error: unknown product 'truconf'"))
        #expect(unknown.stderr.contains("'trueconf'"))
    }
}
