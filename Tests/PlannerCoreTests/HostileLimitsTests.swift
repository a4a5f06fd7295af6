import Testing

@testable import PlannerCore

/// The limits of issue #16 in PlannerCore: conversions that never trap, the planning
/// horizon, working days counted by weeks, the fallback id, terminal-safe text and sources.
@Suite("Hostile input, second round: Core limits")
struct HostileLimitsTests {
    typealias Support = InventoryTestSupport

    // MARK: - 1. Money and conversions

    @Test("1: Int64(saturating:) clamps and never traps")
    func saturating() {
        #expect(Int64(saturating: .nan) == 0)
        #expect(Int64(saturating: .infinity) == .max)
        #expect(Int64(saturating: -.infinity) == .min)
        #expect(Int64(saturating: 1e300) == .max)
        #expect(Int64(saturating: -1e300) == .min)
        #expect(Int64(saturating: 0x1p63) == .max)
        #expect(Int64(saturating: -0x1p63) == .min)
        #expect(Int64(saturating: 12.9) == 12)
        #expect(Int64(saturating: -12.9) == -12)
        #expect(Int(saturating: 3.1e16) == 31_000_000_000_000_000)
    }

    @Test("1: a score of any size read back is compared in tenths, not a trap")
    func tenths() {
        #expect(RunDiff.tenths(1e300) == .max)
        #expect(RunDiff.tenths(.infinity) == .max)
        #expect(RunDiff.tenths(.nan) == 0)
    }

    @Test("1: the loader refuses amounts over 10^12 and accepts 10^12")
    func moneyBound() {
        let limit = inventory(annualCost: "1000000000000")
        #expect((try? Support.load(limit).get()) != nil)
        let over = inventory(annualCost: "31000000000000000")
        #expect(
            Self.messages(Support.load(over)) == [
                "inventory.yaml:11:18: error: services[0].annual_cost: must be at most 1000000000000, found 3.1e+16"
            ])
    }

    // MARK: - 2. Dates

    @Test("2: the planning horizon is as-of − 1 year … + 10 years (contracts − 10), never past 9999")
    func horizon() {
        let horizon = PlanningHorizon(asOf: CalendarDate(year: 2028, month: 2, day: 29)!)
        #expect(
            horizon.planDates == CalendarDate(year: 2027, month: 2, day: 28)!...CalendarDate(
                year: 2038, month: 2, day: 28)!)
        #expect(horizon.contractDates.lowerBound == CalendarDate(year: 2018, month: 2, day: 28)!)
        let late = PlanningHorizon(asOf: CalendarDate(year: 9995, month: 6, day: 1)!)
        #expect(late.planDates.upperBound == .latest)
        #expect(CalendarDate.latest.description == "9999-12-31")
        #expect(CalendarDate.earliest.description == "0001-01-01")
    }

    @Test("2: a deadline outside the horizon is a located error; without an as-of date there is no horizon")
    func horizonErrors() {
        let text = inventory(annualCost: "1000", deadline: "9999-12-31")
        #expect(
            Self.messages(Support.load(text)) == [
                "inventory.yaml:7:13: error: organization.deadline: 9999-12-31 is outside the planning horizon "
                    + "2025-11-29 … 2036-11-29 (the as-of date 2026-11-29 − 1 year … + 10 years); check the year, or "
                    + "plan as of another date with --as-of"
            ])
        let undated = InventoryLoader(catalog: Support.catalog)
        #expect((try? undated.load(Array(text.utf8), file: "inventory.yaml").get()) != nil)
    }

    @Test("2: working days counted by weeks equal working days counted one by one")
    func countByWeeks() throws {
        let calendar = try #require(AssessmentFixture.catalog.calendar(for: "RU"))
        let days = WorkingDays(calendar: calendar, years: 2024...2026)
        func reference(_ from: CalendarDate, _ to: CalendarDate) -> Int {
            var total = 0
            var day = from
            while day <= to {
                if days.isWorkingDay(day) { total += 1 }
                day = day.adding(days: 1)
            }
            return total
        }
        // Fixed spans (no randomness): every start in 2025 with lengths across year ends.
        let start = CalendarDate(year: 2025, month: 1, day: 1)!
        for offset in stride(from: 0, to: 365, by: 11) {
            for length in [0, 1, 6, 7, 8, 30, 200, 400, 900] {
                let from = start.adding(days: offset)
                let to = from.adding(days: length)
                #expect(days.count(from: from, through: to) == reference(from, to), "\(from)…\(to)")
            }
        }
        #expect(days.count(from: start, through: start.adding(days: -1)) == 0)
    }

    @Test("2: spans of millennia are counted (year tables are kept), and dates stop at 9999-12-31")
    func longSpans() throws {
        let calendar = try #require(AssessmentFixture.catalog.calendar(for: "RU"))
        let days = WorkingDays(calendar: calendar, years: 2026...2027)
        let count = days.count(from: CalendarDate(year: 2026, month: 1, day: 1)!, through: .latest)
        #expect(count > 7974 * 240 && count < 7974 * 262)
        #expect(days.adding(5, workingDaysTo: .latest) == .latest)
        #expect(days.firstWorkingDay(after: .latest) <= .latest)
    }

    // MARK: - 8. Ids made from names

    @Test("8: a name without Latin or Cyrillic letters warns that its id is shared")
    func fallbackID() throws {
        let text = inventory(annualCost: "1000").replacingOccurrences(of: "name: \"Школа\"", with: "name: \"学校\"")
        let loaded = try Support.load(text).get()
        #expect(loaded.organization.id == Slug.fallback)
        #expect(loaded.organization.idFromName)
        #expect(
            loaded.warnings.map(\.description) == [
                "inventory.yaml:3:9: warning: organization.name: has no Latin or Cyrillic letter, so the "
                    + "organization's id is 'organization', which other such names share; give organization.id "
                    + "(e.g. 'id: my-school-5') so that its plan and history are its own"
            ])
        let given = try Support.load(
            text.replacingOccurrences(of: "  country: RU", with: "  id: xuexiao\n  country: RU")
        )
        .get()
        #expect(!given.organization.idFromName && given.warnings.isEmpty)
    }

    // MARK: - 13. Terminal text and sources

    @Test("13: terminal controls and bidi overrides are written out")
    func terminalText() {
        #expect(
            TerminalText.safe("a\u{1B}]0;x\u{07}b\u{202E}c\u{9B}d\te") == "a\\u{1B}]0;x\\u{7}b\\u{202E}c\\u{9B}d\\u{9}e"
        )
        #expect(TerminalText.safe("Школа № 5 «Ромашка»") == "Школа № 5 «Ромашка»")
        let diagnostic = Diagnostic.error(
            "unknown key '\u{1B}[2J'", at: SourceLocation(file: "a\u{1B}.yaml", line: 1, column: 2))
        #expect(diagnostic.description == "a\\u{1B}.yaml:1:2: error: unknown key '\\u{1B}[2J'")
    }

    @Test("13: a source links with http, https or mailto only")
    func sources() {
        #expect(YAMLReader.scheme(of: "javascript:alert(1)") == "javascript")
        #expect(YAMLReader.scheme(of: "https://x.org") == "https")
        #expect(YAMLReader.scheme(of: "Note:") == nil)
        #expect(YAMLReader.scheme(of: "ст.112:") == nil)
        #expect(YAMLReader.scheme(of: "2024:12") == nil)
    }

    /// The quick look that spares most sources the split into words misses no word with
    /// another scheme, and spares the usual ones.
    @Test(
        "13: every source with a link of another scheme is read word by word",
        arguments: [
            "javascript:alert(1)", "См. javascript:x", "\u{A0}data:x", "a\tdata:text/html,x", "JavaScript:x",
            " \u{301}javascript:x", "https://a.org javascript:b", "x\u{2003}vbscript:y", "mailto:a@b.ru FILE:x",
            "ст.112: текст", "Note: see", "https://a.org/a:b", "2024:12", "x\u{301}javascript:y", "ab-c:d",
        ])
    func sourceQuickLook(_ text: String) {
        let forbidden = text.split(whereSeparator: \.isWhitespace).contains { word in
            YAMLReader.scheme(of: word).map { !YAMLReader.linkSchemes.contains($0.lowercased()) } ?? false
        }
        if forbidden { #expect(YAMLReader.mayLinkElsewhere(text)) }
    }

    @Test("13: a source with only web links is not split into words")
    func sourceQuickLookSparesLinks() {
        #expect(!YAMLReader.mayLinkElsewhere("Постановление № 1236, https://publication.pravo.gov.ru/x?y=1:2 (2024)"))
        #expect(!YAMLReader.mayLinkElsewhere("ст.112: см. mailto:a@b.ru и HTTPS://x.org"))
    }

    // MARK: - Support

    /// A small valid inventory with the given annual cost and deadline.
    func inventory(annualCost: String, deadline: String = "2027-08-25") -> String {
        """
        schema: 1
        organization:
          name: "Школа"
          country: RU
          sector: education
          ownership: municipal
          deadline: \(deadline)
          users: 40
        services:
          - product: zoom
            annual_cost: \(annualCost)

        """
    }

    static func messages(_ result: Result<Inventory, DiagnosticsError>) -> [String] {
        switch result {
        case .success: return []
        case .failure(let error): return error.diagnostics.map(\.description)
        }
    }
}
