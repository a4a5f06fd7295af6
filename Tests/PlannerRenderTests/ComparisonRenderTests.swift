import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerRender

/// Assessments to render, from the shipped catalog and inventories built in code.
enum ComparisonFixture {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!
    static let catalog: Catalog = {
        switch CatalogLoader(asOf: asOf).load() {
        case .success(let catalog): return catalog
        case .failure(let error): fatalError("the shipped catalog does not load: \(error)")
        }
    }()

    static func inventory(
        name: String = "МБОУ «Гимназия № 5»", ownership: Ownership = .municipal, country: String = "RU",
        sector: Sector = .education
    ) -> Inventory {
        let organization = Organization(
            name: name, id: "gymnasium-5", country: country, sector: sector, ownership: ownership,
            procurement: RenderFixtures.catalog.defaultRegime(country: country, ownership: ownership) ?? "",
            users: 140, itStaff: 2, sites: [Site(name: "Main", users: 140, roomSystems: 2)])
        return Inventory(
            file: "test.yaml", organization: organization,
            services: [
                Service(
                    product: "zoom", annualCost: 180_000, usage: Usage(recordingsGB: 80),
                    featuresUsed: [
                        "breakout_rooms", "polls", "recording.cloud", "interop.sip",
                        "integrations.moodle",
                    ])
            ],
            requirements: Requirements(
                must: [MustRequirement(capability: "meetings.max_participants", comparison: .atLeast(100))],
                want: [
                    Want(capability: "transcription", weight: 2),
                    Want(capability: "breakout_rooms", weight: 3),
                ]),
            quotes: [Quote(product: "trueconf", annual: 420_000, oneTime: 150_000, note: "КП № 17, с запятой")])
    }

    static func assessment(_ inventory: Inventory = inventory()) -> Assessment {
        assess(inventory, against: catalog, asOf: asOf)
    }

    /// The assessments every renderer test runs over: a school, a private firm, a KZ body, a long name.
    static var all: [Assessment] {
        [
            assessment(),
            assessment(inventory(name: "ООО «Ромашка»", ownership: .private, sector: .commercial)),
            assessment(inventory(name: "ГУ «Управление»", ownership: .regional, country: "KZ", sector: .government)),
            assessment(inventory(name: String(repeating: "Очень длинное название учреждения | <b>*x*</b> ", count: 8))),
        ]
    }
}

/// `plan compare --format json`: the contract's keys, in order.
@Suite struct ComparisonJSONTests {
    func keys(_ value: JSONValue?) -> [String] {
        if case .object(let fields) = value { return fields.map(\.0) }
        return []
    }

    func field(_ value: JSONValue?, _ key: String) -> JSONValue? {
        if case .object(let fields) = value { return fields.first { $0.0 == key }?.1 }
        return nil
    }

    func items(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let items) = value { return items }
        return []
    }

    /// True when `keys` holds `contract` in the same order (other keys may come between or after).
    func holdsInOrder(_ keys: [String], _ contract: [String]) -> Bool {
        var rest = keys[...]
        for key in contract {
            guard let index = rest.firstIndex(of: key) else { return false }
            rest = rest[(index + 1)...]
        }
        return true
    }

    @Test func topLevelAndOptionKeysFollowTheContract() throws {
        let json = ComparisonJSON.render(ComparisonFixture.assessment(), words: .english)
        #expect(Array(keys(json).prefix(4)) == ["organization", "as_of", "weights", "options"])
        #expect(keys(field(json, "organization")) == ["id", "name", "country"])
        #expect(keys(field(json, "weights")) == ["fit", "cost", "effort", "risk"])
        #expect(field(json, "as_of") == .string("2026-11-29"))
        let options = items(field(json, "options"))
        let ranked = options.filter { field($0, "rank") != .null }
        let excluded = options.filter { field($0, "rank") == .null }
        #expect(!ranked.isEmpty && !excluded.isEmpty)
        // Ranked first, by rank; then the excluded ones.
        #expect(Array(options.prefix(ranked.count)) == ranked)
        let ranks = ranked.compactMap { value -> Double? in
            if case .number(let n) = field(value, "rank") { return n }
            return nil
        }
        #expect(ranks == ranks.sorted())
        for option in ranked {
            #expect(
                holdsInOrder(
                    keys(option),
                    [
                        "product", "name", "status", "eligible", "rank", "scores", "blockers", "conditions",
                        "warnings", "unmet_wants", "unknown", "cost",
                    ]))
            #expect(Array(keys(option).prefix(6)) == ["product", "name", "category", "status", "eligible", "rank"])
            #expect(keys(field(option, "scores")) == ["fit", "cost", "effort", "risk", "total", "range"])
            #expect(keys(field(field(option, "scores"), "range")) == ["min", "max"])
            #expect(keys(field(option, "cost")).contains("first_year"))
            #expect(Array(keys(field(option, "cost")).prefix(4)) == ["currency", "one_time", "annual", "three_year"])
            #expect(field(option, "eligible") == .bool(true))
            for warning in items(field(option, "warnings")) {
                #expect(Array(keys(warning).prefix(2)) == ["rule", "message"])
            }
        }
        for option in excluded {
            #expect(
                Array(keys(option).prefix(7)) == [
                    "product", "name", "category", "status", "eligible", "rank", "blockers",
                ])
            #expect(field(option, "status") == .string("excluded"))
            #expect(field(option, "eligible") == .bool(false))
            let blockers = items(field(option, "blockers"))
            #expect(!blockers.isEmpty)
            for blocker in blockers {
                #expect(Array(keys(blocker).prefix(3)) == ["rule", "message", "source"])
            }
        }
        let zoom = try #require(excluded.first { field($0, "product") == .string("zoom") })
        let rules = items(field(zoom, "blockers")).compactMap { field($0, "rule") }
        #expect(rules.contains(.string("RU-1875-NATIONAL-REGIME")) && rules.contains(.string("VENDOR-RESTRICTION")))
    }

    @Test func unknownCostIsNullAndScoresHaveOneDecimal() throws {
        let json = ComparisonJSON.render(ComparisonFixture.assessment(), words: .english)
        let options = items(field(json, "options")).filter { field($0, "rank") != .null }
        let unpriced = try #require(options.first { field(field($0, "cost"), "three_year") == .null })
        #expect(field(field(unpriced, "scores"), "cost") == .null)
        for option in options {
            for key in ["fit", "cost", "effort", "risk", "total"] {
                if case .number(let n) = field(field(option, "scores"), key) {
                    #expect((n * 10).rounded() == n * 10, "\(key) \(n) has more than one decimal")
                }
            }
        }
        let trueconf = try #require(options.first { field($0, "product") == .string("trueconf") })
        #expect(field(field(trueconf, "cost"), "currency") == .string("RUB"))
    }

    @Test func theTextIsValidJSONAndTheSameOnEveryRun() throws {
        let text = ComparisonJSON.render(ComparisonFixture.assessment(), words: .english).serialized()
        #expect(text == ComparisonJSON.render(ComparisonFixture.assessment(), words: .english).serialized())
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(parsed?["options"] as? [Any] != nil)
    }

    @Test func productsFilterTheOptionsShown() {
        let json = ComparisonJSON.render(
            ComparisonFixture.assessment(), products: ["zoom", "trueconf"], words: .english)
        #expect(
            items(field(json, "options")).compactMap { field($0, "product") } == [.string("trueconf"), .string("zoom")])
    }
}

/// The terminal table, Markdown, CSV and the explanation.
@Suite struct ComparisonTableTests {
    @Test func theTableFits100Columns() {
        for assessment in ComparisonFixture.all {
            for colour in [false, true] {
                let text = ComparisonTable.render(assessment, words: .english, colour: colour)
                for line in text.split(separator: "\n") {
                    let visible = line.replacing(#/\u{1B}\[[0-9;]*m/#, with: "")
                    #expect(visible.count <= 100, "\(visible.count) columns: \(visible)")
                }
            }
        }
    }

    @Test func noANSICodesWhenColourIsOff() {
        for assessment in ComparisonFixture.all {
            #expect(!ComparisonTable.render(assessment, words: .english, colour: false).contains("\u{1B}"))
            #expect(!(Explanation.render(assessment, product: "trueconf", words: .english) ?? "").contains("\u{1B}"))
        }
        #expect(
            ComparisonTable.render(ComparisonFixture.assessment(), words: .english, colour: true).contains("\u{1B}["))
    }

    @Test func anEscapeSequenceInTheNameNeverReachesTheTerminal() {
        let assessment = ComparisonFixture.assessment(
            ComparisonFixture.inventory(name: "School\u{1B}[2J\u{1B}]0;pwned\u{07}"))
        #expect(!ComparisonTable.render(assessment, words: .english, colour: false).contains("\u{1B}"))
        #expect(!(Explanation.render(assessment, product: "zoom", words: .english) ?? "").contains("\u{1B}"))
    }

    @Test func everyExcludedProductIsListedWithItsRuleAndCitation() {
        let assessment = ComparisonFixture.assessment()
        let text = ComparisonTable.render(assessment, words: .english)
        for option in assessment.options where !option.eligible {
            #expect(text.contains("(\(option.product))"))
            for blocker in option.blockers {
                #expect(text.contains(blocker.rule + ":"))
            }
        }
        // The ban in force on the fixture's date is Decree 1875's, cited through 44-FZ art. 14.
        #expect(text.contains("consultant.ru/document/cons_doc_LAW_144624"))
        #expect(text.contains("№ 1875"))
    }

    @Test func markdownEscapesTheOrganizationAndKeepsTheTable() {
        let assessment = ComparisonFixture.assessment(ComparisonFixture.inventory(name: "A | B <script>"))
        let text = ComparisonMarkdown.render(assessment, words: .english)
        #expect(text.contains("A \\| B &lt;script>"))
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") }
        let columns = rows.map { $0.filter { $0 == "|" }.count - $0.components(separatedBy: "\\|").count + 1 }
        #expect(Set(columns).count == 1)
    }

    @Test func csvHasAHeaderAndOneRowPerOption() {
        let assessment = ComparisonFixture.assessment()
        let text = ComparisonCSV.render(assessment)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == ComparisonCSV.columns.joined(separator: ","))
        #expect(lines.count == assessment.options.count + 1)
        #expect(ComparisonCSV.field("a,b") == "\"a,b\"")
        #expect(ComparisonCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(ComparisonCSV.field("=cmd()") == "'=cmd()")
        #expect(ComparisonCSV.field("-12.5") == "-12.5")
    }

    @Test func theExplanationAccountsForEveryCheckAndScore() throws {
        let assessment = ComparisonFixture.assessment()
        let text = try #require(Explanation.render(assessment, product: "trueconf", words: .english))
        let option = try #require(assessment.option("trueconf"))
        for check in option.checks { #expect(text.contains(check.rule)) }
        for kind in ["Fit", "Cost", "Effort", "Risk", "Total"] { #expect(text.contains("  \(kind) ")) }
        #expect(text.contains("quote: КП № 17, с запятой: once 150,000 RUB, a year 420,000 RUB"))
        #expect(text.contains("three-year cost = 450,000 RUB + 3 × 520,000 RUB = 2,010,000 RUB"))
        #expect(text.contains("Robustness"))
        for line in text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
        #expect(Explanation.render(assessment, product: "no-such-product", words: .english) == nil)
    }
}
