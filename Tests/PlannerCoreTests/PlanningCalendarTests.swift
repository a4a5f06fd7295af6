import Testing

@testable import PlannerCore

/// Working-day arithmetic over the shipped calendars (Catalog/calendars/*.yaml).
@Suite struct PlanningCalendarTests {
    static func date(_ text: String) -> CalendarDate {
        guard case .success(let date) = CalendarDate.parse(text) else { fatalError("bad date \(text)") }
        return date
    }

    /// The shipped catalog's calendar of a country.
    static func shipped(_ country: String) throws -> HolidayCalendar {
        try #require(AssessmentFixture.catalog.calendar(for: country))
    }

    static let ru: WorkingDays = {
        guard let calendar = AssessmentFixture.catalog.calendar(for: "RU") else { fatalError("no RU calendar") }
        return WorkingDays(calendar: calendar)
    }()

    let d = PlanningCalendarTests.date

    @Test func shippedCalendarsLoadWithoutProblems() throws {
        for country in ["RU", "KZ"] {
            let calendar = try Self.shipped(country)
            #expect(calendar.country == country)
            #expect(!calendar.holidays.isEmpty)
        }
        #expect(AssessmentFixture.catalog.calendars.map(\.country) == ["KZ", "RU"])
        #expect(AssessmentFixture.catalog.calendar(for: "ZZ") == nil)
    }

    @Test func newYearHolidays2026FollowTheDecree() {
        let days = Self.ru
        // 31.12.2025 – 11.01.2026 are days off; 12.01.2026 (Monday) is the first working day.
        var day = d("2025-12-31")
        while day <= d("2026-01-11") {
            #expect(!days.isWorkingDay(day), "\(day) should be a day off")
            day = day.adding(days: 1)
        }
        #expect(days.isWorkingDay(d("2025-12-30")))
        #expect(days.isWorkingDay(d("2026-01-12")))
        #expect(days.adding(1, workingDaysTo: d("2025-12-30")) == d("2026-01-12"))
        #expect(days.count(from: d("2025-12-29"), through: d("2026-01-16")) == 7)
        #expect(days.holidays(on: d("2026-01-09")) == [WorkingDays.transferID])
        // The other end of the decree: 31.12.2026 is a day off.
        #expect(!days.isWorkingDay(d("2026-12-31")))
    }

    @Test func mayHolidays2026AndMovedWeekendHolidays() {
        let days = Self.ru
        // 1–3 May (Fri–Sun) and 9–11 May: 9 May is a Saturday, so Monday 11 May is off.
        #expect(!days.isWorkingDay(d("2026-05-01")))
        #expect(days.isWorkingDay(d("2026-05-04")))
        #expect(!days.isWorkingDay(d("2026-05-11")))
        #expect(days.holidays(on: d("2026-05-11")) == ["victory_day"])
        // 8 March 2026 is a Sunday: Monday 9 March is off.
        #expect(!days.isWorkingDay(d("2026-03-09")))
        // 30.04.2026 (Thu) + 1 working day skips 1–3 May: Monday 4 May.
        #expect(days.adding(1, workingDaysTo: d("2026-04-30")) == d("2026-05-04"))
        // April 27 – May 15 2026: 15 weekdays minus 1 May and 11 May = 13 working days.
        #expect(days.count(from: d("2026-04-27"), through: d("2026-05-15")) == 13)
        #expect(days.adding(-1, workingDaysTo: d("2026-05-12")) == d("2026-05-08"))
    }

    @Test func the2025DecreeMakesASaturdayWorking() {
        let days = Self.ru
        #expect(days.isWorkingDay(d("2025-11-01")))  // Saturday made working
        #expect(!days.isWorkingDay(d("2025-11-03")))  // its day off
        #expect(!days.isWorkingDay(d("2025-05-02")))
    }

    @Test func yearsWithoutADecreeStillMoveWeekendHolidays() {
        let days = Self.ru
        // 2027: 1 May Saturday → Monday 3 May; 9 May Sunday → Monday 10 May; 12 June Saturday → 14 June.
        #expect(!days.isWorkingDay(d("2027-05-03")))
        #expect(!days.isWorkingDay(d("2027-05-10")))
        #expect(!days.isWorkingDay(d("2027-06-14")))
        #expect(days.isWorkingDay(d("2027-05-04")))
        // New Year days on a weekend are not moved without a decree.
        #expect(days.isWorkingDay(d("2027-01-11")))
    }

    @Test func holidayBreaksJoinTheMayHolidays() {
        let days = Self.ru
        let breaks = days.holidayBreaks(from: d("2026-04-01"), through: d("2026-05-31"))
        #expect(breaks.count == 1)
        #expect(breaks.first?.id == "may_holidays")
        #expect(breaks.first?.from == d("2026-05-01"))
        #expect(breaks.first?.to == d("2026-05-11"))
        let newYear = days.holidayBreaks(from: d("2026-01-05"), through: d("2026-01-05"))
        #expect(newYear.map(\.id) == ["new_year_holidays"])
        #expect(newYear.first?.from == d("2025-12-31"))
        #expect(newYear.first?.to == d("2026-01-11"))
        let spans = days.holidaySpans(from: d("2026-04-27"), through: d("2026-05-15"))
        #expect(spans.map(\.from) == [d("2026-05-01"), d("2026-05-09")])
        #expect(spans.allSatisfy { $0.breakID == "may_holidays" })
    }

    @Test func examPeriodsByInstitution() throws {
        let calendar = try Self.shipped("RU")
        #expect(calendar.institution(forName: "МБОУ «Гимназия № 5»") == .school)
        #expect(calendar.institution(forName: "ФГБОУ ВО «Уральский государственный университет»") == .university)
        #expect(calendar.institution(forName: "Городская больница") == .unknown)
        let days = WorkingDays(calendar: calendar)
        let school = days.examPeriods(for: .school, from: d("2027-01-01"), through: d("2027-12-31"))
        #expect(school.map(\.id) == ["school_exams"])
        #expect(school.first?.from == d("2027-05-20"))
        let any = days.examPeriods(for: .unknown, from: d("2027-01-01"), through: d("2027-12-31"))
        #expect(any.map(\.id) == ["university_winter_session", "school_exams", "university_summer_session"])
    }

    @Test func kazakhstanHolidays() throws {
        let days = WorkingDays(calendar: try Self.shipped("KZ"))
        #expect(!days.isWorkingDay(d("2026-03-23")))  // Nauryz, Monday
        #expect(!days.isWorkingDay(d("2026-12-16")))
        // 21–22 March 2026 are a weekend: 24 and 25 March are off.
        #expect(!days.isWorkingDay(d("2026-03-24")))
        #expect(!days.isWorkingDay(d("2026-03-25")))
        #expect(days.isWorkingDay(d("2026-03-26")))
    }

    @Test func weekendsOnlyCalendar() {
        let days = WorkingDays.weekendsOnly()
        #expect(days.adding(5, workingDaysTo: d("2026-05-01")) == d("2026-05-08"))
        #expect(days.count(from: d("2026-05-04"), through: d("2026-05-10")) == 5)
        #expect(days.end(ofSpanStarting: d("2026-05-02"), workingDays: 1) == d("2026-05-04"))
    }

    @Test func invalidCalendarFilesAreReported() {
        let text = """
            country: ru
            holidays:
              - id: x
                name: {ru: a, en: a}
                dates: ["13-01"]
                moves_if_weekend: maybe
            breaks:
              - {id: b, name: {ru: b, en: b}, holidays: [y]}
            """
        guard case .failure(let error) = HolidayCalendar.parse(Array(text.utf8), file: "bad.yaml") else {
            Issue.record("expected errors")
            return
        }
        let messages = error.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("country") })
        #expect(messages.contains { $0.contains("MM-DD") })
        #expect(messages.contains { $0.contains("moves_if_weekend") })
        #expect(messages.contains { $0.contains("unknown holiday 'y'") })
    }
}
