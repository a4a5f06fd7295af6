/// A day of the year without a year, `MM-DD`: holidays and exam periods recur on them.
public struct MonthDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var month: Int
    public var day: Int

    /// A month-day that exists in some year (29 February is allowed), or nil.
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: 2000)).contains(day) else {
            return nil
        }
        self.month = month
        self.day = day
    }

    /// Parses `MM-DD` strictly.
    public static func parse(_ text: String) -> MonthDay? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let month = Int(parts[0]), let day = Int(parts[1])
        else { return nil }
        return MonthDay(month: month, day: day)
    }

    /// The day in a year (1–9999, else nil); 29 February becomes 28 February in a common year.
    public func date(in year: Int) -> CalendarDate? {
        CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year)))
    }

    /// `MM-DD`.
    public var description: String {
        (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }
}

/// A country's working-day calendar as data (`Catalog/calendars/<cc>.yaml`): public
/// holidays, the rule that moves a holiday falling on a weekend, the Government's transfers of
/// days off for the years they are known, the holiday breaks that pilots and cut-overs avoid,
/// and the exam periods of schools and universities. Swift holds no dates; `WorkingDays`
/// does the arithmetic.
public struct HolidayCalendar: Sendable, Hashable {
    /// A public holiday, recurring every year on its dates.
    public struct Holiday: Sendable, Hashable {
        public var id: String
        public var name: LocalizedText
        public var dates: [MonthDay]
        /// When a date falls on a weekend, the next working day is a day off (RU: Labour Code
        /// art. 112 part 2, except 1–8 January).
        public var movesIfWeekend: Bool

        /// Creates a holiday.
        public init(id: String, name: LocalizedText, dates: [MonthDay], movesIfWeekend: Bool) {
            self.id = id
            self.name = name
            self.dates = dates
            self.movesIfWeekend = movesIfWeekend
        }
    }

    /// A named holiday break (New Year, May holidays): the runs of non-working days around
    /// its holidays, joined when at most `joinWorkingDays` working days apart.
    public struct HolidayBreak: Sendable, Hashable {
        public var id: String
        public var name: LocalizedText
        /// Holiday ids that anchor the break.
        public var holidays: [String]
        public var joinWorkingDays: Int

        /// Creates a break.
        public init(id: String, name: LocalizedText, holidays: [String], joinWorkingDays: Int = 0) {
            self.id = id
            self.name = name
            self.holidays = holidays
            self.joinWorkingDays = joinWorkingDays
        }
    }

    /// One move of a day off by decree: `from` stops being a day off unless it is a holiday
    /// itself, `to` becomes one.
    public struct Transfer: Sendable, Hashable {
        public var from: CalendarDate
        public var to: CalendarDate

        /// Creates a transfer.
        public init(from: CalendarDate, to: CalendarDate) {
            self.from = from
            self.to = to
        }
    }

    /// The Government's transfers of days off for one year.
    public struct TransferYear: Sendable, Hashable {
        public var year: Int
        /// The decree.
        public var source: String
        public var note: String?
        public var moves: [Transfer]

        /// Creates a year of transfers.
        public init(year: Int, source: String, note: String? = nil, moves: [Transfer]) {
            self.year = year
            self.source = source
            self.note = note
            self.moves = moves
        }
    }

    /// How an educational organization's kind is told from its name.
    public struct InstitutionRule: Sendable, Hashable {
        public var kind: InstitutionKind
        /// Lower-case substrings of the name.
        public var nameContains: [String]

        /// Creates a rule.
        public init(kind: InstitutionKind, nameContains: [String]) {
            self.kind = kind
            self.nameContains = nameContains
        }
    }

    /// An exam period or an education break (school holidays, teachers' leave) recurring
    /// every year, `from`–`to` inclusive (wrapping past 31 December when `from` is later than
    /// `to`), and the phases it keeps out.
    public struct ExamPeriod: Sendable, Hashable {
        public var id: String
        public var appliesTo: InstitutionKind
        public var name: LocalizedText
        public var from: MonthDay
        public var to: MonthDay
        public var source: String?
        public var note: String?
        /// The phases that may not share a day with it: the pilot and the cut-over unless the
        /// file says otherwise (teachers' leave keeps the rollout waves out too).
        public var blocks: [PhaseKind]

        /// The phases a period keeps out when its file does not say.
        public static let defaultBlocks: [PhaseKind] = [.pilot, .cutOver]

        /// Creates a period.
        public init(
            id: String, appliesTo: InstitutionKind, name: LocalizedText, from: MonthDay, to: MonthDay,
            source: String? = nil, note: String? = nil, blocks: [PhaseKind] = ExamPeriod.defaultBlocks
        ) {
            self.id = id
            self.appliesTo = appliesTo
            self.name = name
            self.from = from
            self.to = to
            self.source = source
            self.note = note
            self.blocks = blocks
        }
    }

    /// ISO alpha-2 country.
    public var country: String
    public var name: LocalizedText?
    /// Where the holidays come from (laws).
    public var sources: [String]
    public var note: String?
    /// ISO weekdays that are days off (6, 7).
    public var weekend: [Int]
    public var holidays: [Holiday]
    public var breaks: [HolidayBreak]
    /// Sorted by year.
    public var transfers: [TransferYear]
    public var institutions: [InstitutionRule]
    public var examPeriods: [ExamPeriod]
    /// School holidays and teachers' leave (`education_breaks`): blackouts of education, like
    /// exam periods, each keeping out the phases it names.
    public var educationBreaks: [ExamPeriod]

    /// Creates a calendar.
    public init(
        country: String, name: LocalizedText? = nil, sources: [String] = [], note: String? = nil,
        weekend: [Int] = [6, 7], holidays: [Holiday] = [], breaks: [HolidayBreak] = [],
        transfers: [TransferYear] = [], institutions: [InstitutionRule] = [], examPeriods: [ExamPeriod] = [],
        educationBreaks: [ExamPeriod] = []
    ) {
        self.country = country
        self.name = name
        self.sources = sources
        self.note = note
        self.weekend = weekend.sorted()
        self.holidays = holidays
        self.breaks = breaks
        self.transfers = transfers.sorted { $0.year < $1.year }
        self.institutions = institutions
        self.examPeriods = examPeriods
        self.educationBreaks = educationBreaks
    }

    /// A calendar with weekends only, for a country the tool ships no data for.
    public static func weekendsOnly(country: String) -> HolidayCalendar {
        HolidayCalendar(country: country)
    }

    /// Years whose decree transfers are in the data.
    public var transferYears: [Int] { transfers.map(\.year) }

    /// The holiday with this id.
    public func holiday(_ id: String) -> Holiday? { holidays.first { $0.id == id } }

    /// The kind of an educational organization, told from its name by the data's rules;
    /// `unknown` when no rule matches.
    public func institution(forName name: String) -> InstitutionKind {
        let lower = " " + name.lowercased()
        for rule in institutions where rule.nameContains.contains(where: { lower.contains($0) }) {
            return rule.kind
        }
        return .unknown
    }

    // MARK: Reading

    /// Reads a calendar file; every problem is reported.
    public static func parse(_ bytes: [UInt8], file: String) -> Result<HolidayCalendar, DiagnosticsError> {
        switch YAMLDocumentLoader().load(bytes, file: file) {
        case .failure(let error): return .failure(error)
        case .success(let root):
            var reader = YAMLReader()
            let calendar = CalendarParser.parse(root, reader: &reader)
            if let calendar, !reader.diagnostics.hasErrors { return .success(calendar) }
            var diagnostics = reader.diagnostics
            if !diagnostics.hasErrors { diagnostics.append(.error("the calendar is incomplete", at: root.location)) }
            return .failure(DiagnosticsError(diagnostics))
        }
    }
}
