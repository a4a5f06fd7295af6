import PlannerResources

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

    /// An exam period recurring every year, `from`–`to` inclusive (wrapping past 31 December
    /// when `from` is later than `to`).
    public struct ExamPeriod: Sendable, Hashable {
        public var id: String
        public var appliesTo: InstitutionKind
        public var name: LocalizedText
        public var from: MonthDay
        public var to: MonthDay
        public var source: String?
        public var note: String?

        /// Creates an exam period.
        public init(
            id: String, appliesTo: InstitutionKind, name: LocalizedText, from: MonthDay, to: MonthDay,
            source: String? = nil, note: String? = nil
        ) {
            self.id = id
            self.appliesTo = appliesTo
            self.name = name
            self.from = from
            self.to = to
            self.source = source
            self.note = note
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

    /// Creates a calendar.
    public init(
        country: String, name: LocalizedText? = nil, sources: [String] = [], note: String? = nil,
        weekend: [Int] = [6, 7], holidays: [Holiday] = [], breaks: [HolidayBreak] = [],
        transfers: [TransferYear] = [], institutions: [InstitutionRule] = [], examPeriods: [ExamPeriod] = []
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

    // MARK: Loading

    /// The calendar shipped for a country (`Catalog/calendars/<cc>.yaml`, embedded at build
    /// time), or a diagnostic when none is shipped or the file is invalid. Each file is read
    /// once per process.
    public static func load(country: String) -> Result<HolidayCalendar, DiagnosticsError> {
        shippedCache[country.lowercased()] ?? read(country: country)
    }

    /// Every shipped calendar, read once (a static `let` is initialized once, thread-safely).
    private static let shippedCache: [String: Result<HolidayCalendar, DiagnosticsError>] = {
        var cache: [String: Result<HolidayCalendar, DiagnosticsError>] = [:]
        for country in shippedCountries { cache[country.lowercased()] = read(country: country) }
        return cache
    }()

    private static func read(country: String) -> Result<HolidayCalendar, DiagnosticsError> {
        let path = "Catalog/calendars/\(country.lowercased()).yaml"
        guard let file = EmbeddedResources.files(under: "Catalog/calendars/").first(where: { $0.path == path }) else {
            return .failure(
                DiagnosticsError([.error("no holiday calendar is shipped for country \(country)", at: nil)]))
        }
        return parse(Array(file.text.utf8), file: file.path)
    }

    /// The countries a calendar is shipped for, sorted.
    public static var shippedCountries: [String] {
        EmbeddedResources.files(under: "Catalog/calendars/").compactMap { file in
            let name = file.path.split(separator: "/").last.map(String.init) ?? ""
            return name.hasSuffix(".yaml") ? String(name.dropLast(5)).uppercased() : nil
        }.sorted()
    }

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

/// Reads a calendar file with `YAMLReader`, collecting every problem.
enum CalendarParser {
    static func parse(_ root: YAMLNode, reader: inout YAMLReader) -> HolidayCalendar? {
        let keys = [
            "country", "name", "sources", "note", "weekend", "holidays", "breaks", "transfers",
            "institutions", "exam_periods",
        ]
        guard let top = reader.mapping(root, at: .root, keys: keys, required: ["country", "holidays"]) else {
            return nil
        }
        let country = reader.string(top["country"], at: top.path("country"))
        if let country, !CatalogNames.isCountry(country) {
            reader.error(
                "expected a two-letter country code such as RU, found '\(country)'", at: top.path("country"),
                top.location("country"))
        }
        let name = reader.localized(top["name"], at: top.path("name"))
        let sources = (reader.sequence(top["sources"], at: top.path("sources")) ?? []).enumerated().compactMap {
            reader.string($1, at: top.path("sources").index($0))
        }
        let note = reader.string(top["note"], at: top.path("note"))
        var weekend = [6, 7]
        if let items = reader.sequence(top["weekend"], at: top.path("weekend")) {
            weekend = items.enumerated().compactMap { reader.integer($1, at: top.path("weekend").index($0), in: 1...7) }
        }
        let holidays = parseHolidays(top, reader: &reader)
        let breaks = parseBreaks(top, holidays: holidays, reader: &reader)
        let transfers = parseTransfers(top, reader: &reader)
        let institutions = parseInstitutions(top, reader: &reader)
        let exams = parseExams(top, reader: &reader)
        guard let country else { return nil }
        return HolidayCalendar(
            country: country, name: name, sources: sources, note: note, weekend: weekend,
            holidays: holidays, breaks: breaks, transfers: transfers, institutions: institutions,
            examPeriods: exams)
    }

    private static func monthDay(_ node: YAMLNode?, at path: FieldPath, reader: inout YAMLReader) -> MonthDay? {
        guard let text = reader.string(node, at: path), let node else { return nil }
        guard let value = MonthDay.parse(text) else {
            reader.error("expected a day of the year MM-DD such as 05-09, found '\(text)'", at: path, node.location)
            return nil
        }
        return value
    }

    private static func id(_ map: YAMLMapping, seen: inout Set<String>, what: String, reader: inout YAMLReader)
        -> String?
    {
        guard let id = reader.string(map["id"], at: map.path("id")) else { return nil }
        if !CatalogNames.isDottedID(id) {
            reader.error(
                "'\(id)' is not an id: use lowercase words joined by '_'", at: map.path("id"), map.location("id"))
            return nil
        }
        if !seen.insert(id).inserted {
            reader.error("\(what) '\(id)' is defined twice", at: map.path("id"), map.location("id"))
            return nil
        }
        return id
    }

    private static func parseHolidays(_ top: YAMLMapping, reader: inout YAMLReader) -> [HolidayCalendar.Holiday] {
        var seen = Set<String>()
        var out: [HolidayCalendar.Holiday] = []
        for (index, item) in (reader.sequence(top["holidays"], at: top.path("holidays")) ?? []).enumerated() {
            let path = top.path("holidays").index(index)
            guard
                let map = reader.mapping(
                    item, at: path, keys: ["id", "name", "dates", "moves_if_weekend"],
                    required: ["id", "name", "dates", "moves_if_weekend"])
            else { continue }
            let id = id(map, seen: &seen, what: "holiday", reader: &reader)
            let name = reader.localized(map["name"], at: map.path("name"))
            let items = reader.sequence(map["dates"], at: map.path("dates")) ?? []
            let dates = items.enumerated().compactMap { monthDay($1, at: map.path("dates").index($0), reader: &reader) }
            if items.isEmpty, map.has("dates") {
                reader.error("a holiday needs at least one date", at: map.path("dates"), map.location("dates"))
            }
            let moves = reader.bool(map["moves_if_weekend"], at: map.path("moves_if_weekend"))
            guard let id, let name, let moves, !dates.isEmpty else { continue }
            out.append(.init(id: id, name: name, dates: dates.sorted(), movesIfWeekend: moves))
        }
        return out
    }

    private static func parseBreaks(
        _ top: YAMLMapping, holidays: [HolidayCalendar.Holiday],
        reader: inout YAMLReader
    ) -> [HolidayCalendar.HolidayBreak] {
        var seen = Set<String>()
        var out: [HolidayCalendar.HolidayBreak] = []
        let known = holidays.map(\.id)
        for (index, item) in (reader.sequence(top["breaks"], at: top.path("breaks")) ?? []).enumerated() {
            let path = top.path("breaks").index(index)
            guard
                let map = reader.mapping(
                    item, at: path, keys: ["id", "name", "holidays", "join_working_days"],
                    required: ["id", "name", "holidays"])
            else { continue }
            let id = id(map, seen: &seen, what: "break", reader: &reader)
            let name = reader.localized(map["name"], at: map.path("name"))
            var anchors: [String] = []
            for (i, node) in (reader.sequence(map["holidays"], at: map.path("holidays")) ?? []).enumerated() {
                guard let holiday = reader.string(node, at: map.path("holidays").index(i)) else { continue }
                if known.contains(holiday) {
                    anchors.append(holiday)
                } else {
                    reader.error(
                        "unknown holiday '\(holiday)'" + Suggestions.hint(for: holiday, in: known),
                        at: map.path("holidays").index(i), node.location)
                }
            }
            let join = reader.integer(map["join_working_days"], at: map.path("join_working_days"), in: 0...20) ?? 0
            guard let id, let name, !anchors.isEmpty else { continue }
            out.append(.init(id: id, name: name, holidays: anchors, joinWorkingDays: join))
        }
        return out
    }

    private static func parseTransfers(_ top: YAMLMapping, reader: inout YAMLReader) -> [HolidayCalendar.TransferYear] {
        var years = Set<Int>()
        var out: [HolidayCalendar.TransferYear] = []
        for (index, item) in (reader.sequence(top["transfers"], at: top.path("transfers")) ?? []).enumerated() {
            let path = top.path("transfers").index(index)
            guard
                let map = reader.mapping(
                    item, at: path, keys: ["year", "source", "note", "moves"],
                    required: ["year", "source", "moves"])
            else { continue }
            let year = reader.integer(map["year"], at: map.path("year"), in: 1900...2200)
            if let year, !years.insert(year).inserted {
                reader.error("year \(year) is listed twice", at: map.path("year"), map.location("year"))
            }
            let source = reader.string(map["source"], at: map.path("source"))
            let note = reader.string(map["note"], at: map.path("note"))
            var moves: [HolidayCalendar.Transfer] = []
            for (i, node) in (reader.sequence(map["moves"], at: map.path("moves")) ?? []).enumerated() {
                let movePath = map.path("moves").index(i)
                guard let move = reader.mapping(node, at: movePath, keys: ["from", "to"], required: ["from", "to"]),
                    let from = reader.date(move["from"], at: move.path("from")),
                    let to = reader.date(move["to"], at: move.path("to"))
                else { continue }
                moves.append(.init(from: from, to: to))
            }
            guard let year, let source else { continue }
            out.append(.init(year: year, source: source, note: note, moves: moves))
        }
        return out
    }

    private static func parseInstitutions(_ top: YAMLMapping, reader: inout YAMLReader) -> [HolidayCalendar
        .InstitutionRule]
    {
        var out: [HolidayCalendar.InstitutionRule] = []
        let kinds = [InstitutionKind.school.rawValue, InstitutionKind.university.rawValue]
        for (index, item) in (reader.sequence(top["institutions"], at: top.path("institutions")) ?? []).enumerated() {
            let path = top.path("institutions").index(index)
            guard
                let map = reader.mapping(
                    item, at: path, keys: ["kind", "name_contains"],
                    required: ["kind", "name_contains"])
            else { continue }
            let kind = reader.choice(map["kind"], at: map.path("kind"), from: kinds).flatMap(
                InstitutionKind.init(rawValue:))
            let words = (reader.sequence(map["name_contains"], at: map.path("name_contains")) ?? []).enumerated()
                .compactMap { reader.string($1, at: map.path("name_contains").index($0)) }
            for (i, word) in words.enumerated() where word != word.lowercased() {
                reader.error(
                    "'\(word)' must be lower-case (names are compared in lower case)",
                    at: map.path("name_contains").index(i), map.location("name_contains"))
            }
            guard let kind else { continue }
            out.append(.init(kind: kind, nameContains: words))
        }
        return out
    }

    private static func parseExams(_ top: YAMLMapping, reader: inout YAMLReader) -> [HolidayCalendar.ExamPeriod] {
        var seen = Set<String>()
        var out: [HolidayCalendar.ExamPeriod] = []
        let kinds = [InstitutionKind.school.rawValue, InstitutionKind.university.rawValue]
        for (index, item) in (reader.sequence(top["exam_periods"], at: top.path("exam_periods")) ?? []).enumerated() {
            let path = top.path("exam_periods").index(index)
            guard
                let map = reader.mapping(
                    item, at: path, keys: ["id", "applies_to", "name", "from", "to", "source", "note"],
                    required: ["id", "applies_to", "name", "from", "to"])
            else { continue }
            let id = id(map, seen: &seen, what: "exam period", reader: &reader)
            let kind = reader.choice(map["applies_to"], at: map.path("applies_to"), from: kinds)
                .flatMap(InstitutionKind.init(rawValue:))
            let name = reader.localized(map["name"], at: map.path("name"))
            let from = monthDay(map["from"], at: map.path("from"), reader: &reader)
            let to = monthDay(map["to"], at: map.path("to"), reader: &reader)
            let source = reader.string(map["source"], at: map.path("source"))
            let note = reader.string(map["note"], at: map.path("note"))
            guard let id, let kind, let name, let from, let to else { continue }
            out.append(.init(id: id, appliesTo: kind, name: name, from: from, to: to, source: source, note: note))
        }
        return out
    }
}
