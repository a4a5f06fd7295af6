import Foundation

/// Working-day arithmetic over a `HolidayCalendar`: a working day is neither a weekend day nor
/// a day off (a holiday, a holiday moved off a weekend, a day off moved by decree), or is a
/// weekend day the Government made a working day. Exact and deterministic: days are counted,
/// never looked up in a clock or `Calendar`.
///
/// Year tables outside the years computed up front are computed once, when first asked for,
/// and kept (so no span, however long, rebuilds a year per day); spans are counted by weeks
/// and corrected by each year's few days off. Dates never go past 9999-12-31.
public struct WorkingDays: Sendable {
    /// The calendar the days come from.
    public let calendar: HolidayCalendar
    private let tables: [Int: YearTable]
    private let years: ClosedRange<Int>
    /// The tables of other years, computed on demand and kept.
    private let more = YearTableCache()
    /// The ISO weekdays that are weekend days, once each.
    private let weekendDays: Set<Int>

    /// Days off and working weekend days of one year, by day number (days since 1970).
    struct YearTable: Sendable {
        /// Day number → ids of the holidays that make it a day off (`transfer` for a decree's).
        var daysOff: [Int: [String]] = [:]
        /// Weekend days made working by decree.
        var workingWeekendDays: Set<Int> = []
    }

    /// The last year with holidays: dates are written with four-digit years.
    static let lastYear = 9999

    /// The years from `first` to `last` that have holidays (1–9999), or nil when none do.
    static func years(_ first: Int, _ last: Int) -> ClosedRange<Int>? {
        let low = max(1, first)
        let high = min(lastYear, last)
        return low <= high ? low...high : nil
    }

    /// The id given to a day off moved by decree.
    public static let transferID = "transfer"

    /// Working days of a calendar; years in `years` are computed up front, others on demand.
    public init(calendar: HolidayCalendar, years: ClosedRange<Int> = 2020...2040) {
        self.calendar = calendar
        self.years = years
        weekendDays = Set(calendar.weekend.filter { (1...7).contains($0) })
        var tables: [Int: YearTable] = [:]
        for year in years { tables[year] = Self.table(for: year, calendar: calendar) }
        self.tables = tables
    }

    /// A weekends-only calendar.
    public static func weekendsOnly(country: String = "") -> WorkingDays {
        WorkingDays(calendar: .weekendsOnly(country: country))
    }

    // MARK: Days

    /// True on a day people work: not a weekend (unless made working) and not a day off.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        let table = table(date.year)
        let n = date.daysSinceEpoch
        if table.workingWeekendDays.contains(n) { return true }
        if calendar.weekend.contains(date.weekday) { return false }
        return table.daysOff[n] == nil
    }

    /// True on a public holiday or a day off moved from one (not on an ordinary weekend).
    public func isHoliday(_ date: CalendarDate) -> Bool {
        table(date.year).daysOff[date.daysSinceEpoch] != nil
    }

    /// The holiday ids that make a date a day off, empty on other days.
    public func holidays(on date: CalendarDate) -> [String] {
        table(date.year).daysOff[date.daysSinceEpoch] ?? []
    }

    /// The date itself when it is a working day, otherwise the next one.
    public func firstWorkingDay(onOrAfter date: CalendarDate) -> CalendarDate {
        var day = min(date, .latest)
        var steps = 0
        // A calendar with every weekday off would loop forever: stop after a year.
        while !isWorkingDay(day), steps < 366, day < .latest {
            day = day.adding(days: 1)
            steps += 1
        }
        return day
    }

    /// The first working day after a date.
    public func firstWorkingDay(after date: CalendarDate) -> CalendarDate {
        firstWorkingDay(onOrAfter: min(date, .latest).adding(days: 1))
    }

    /// The date `count` working days after `date` (before it when negative); `date` itself is
    /// not counted, so Friday + 1 is Monday, and a non-working day + 1 is the next working day.
    public func adding(_ count: Int, workingDaysTo date: CalendarDate) -> CalendarDate {
        var day = date
        var left = abs(count)
        let step = count < 0 ? -1 : 1
        var guardDays = 0
        while left > 0, guardDays < 366 * 50, step > 0 ? day < .latest : day > .earliest {
            day = day.adding(days: step)
            guardDays += 1
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// Working days from `from` through `to`, both included; 0 when `to` is before `from`.
    /// Counted a year at a time: the weekdays by whole weeks, then each day off on a weekday
    /// taken away and each weekend day made working added.
    public func count(from: CalendarDate, through to: CalendarDate) -> Int {
        guard from <= to else { return 0 }
        var total = 0
        var start = from
        while start <= to {
            // Beyond 9999 there are no tables: one segment of weekends only.
            let yearEnd = CalendarDate(year: start.year, month: 12, day: 31) ?? to
            let end = min(to, yearEnd)
            total += count(within: start.daysSinceEpoch...end.daysSinceEpoch, year: start.year)
            start = end.adding(days: 1)
        }
        return total
    }

    /// Working days among the day numbers `days`, all in `year`.
    private func count(within days: ClosedRange<Int>, year: Int) -> Int {
        func isWeekend(_ n: Int) -> Bool { weekendDays.contains(CalendarDate.weekday(ofDay: n)) }
        let length = days.count
        var total = length / 7 * (7 - weekendDays.count)
        var n = days.lowerBound + length / 7 * 7
        while n <= days.upperBound {
            if !isWeekend(n) { total += 1 }
            n += 1
        }
        let table = table(year)
        for n in table.daysOff.keys where days.contains(n) && !table.workingWeekendDays.contains(n) && !isWeekend(n) {
            total -= 1
        }
        for n in table.workingWeekendDays where days.contains(n) && isWeekend(n) { total += 1 }
        return total
    }

    /// The last day of a span of `length` working days (at least 1) that starts on `start`
    /// (moved to the first working day on or after it).
    public func end(ofSpanStarting start: CalendarDate, workingDays length: Int) -> CalendarDate {
        adding(max(1, length) - 1, workingDaysTo: firstWorkingDay(onOrAfter: start))
    }

    // MARK: Periods

    /// The run of consecutive non-working days that contains `date` (nil on a working day).
    public func nonWorkingRun(containing date: CalendarDate) -> (from: CalendarDate, to: CalendarDate)? {
        guard !isWorkingDay(date) else { return nil }
        var from = date
        var to = date
        while !isWorkingDay(from.adding(days: -1)), from.days(until: date) < 366 { from = from.adding(days: -1) }
        while !isWorkingDay(to.adding(days: 1)), date.days(until: to) < 366 { to = to.adding(days: 1) }
        return (from, to)
    }

    /// Runs of non-working days that hold at least one holiday and share a day with
    /// `from`…`to`, in date order, each with the break it belongs to.
    public func holidaySpans(from: CalendarDate, through to: CalendarDate) -> [HolidaySpan] {
        let to = min(to, CalendarDate(year: Self.lastYear, month: 12, day: 31) ?? to)
        guard from <= to else { return [] }
        let breaks = holidayBreaks(from: from, through: to)
        var spans: [HolidaySpan] = []
        var breakIndex = 0
        var day = from
        while day <= to {
            guard isHoliday(day), let run = nonWorkingRun(containing: day) else {
                day = day.adding(days: 1)
                continue
            }
            var ids: [String] = []
            var d = run.from
            while d <= run.to {
                for id in holidays(on: d) where !ids.contains(id) { ids.append(id) }
                d = d.adding(days: 1)
            }
            // Breaks are in date order: skip those that end before this run.
            while breakIndex < breaks.count, breaks[breakIndex].to < run.from { breakIndex += 1 }
            let owner =
                breakIndex < breaks.count && breaks[breakIndex].from <= run.from && run.to <= breaks[breakIndex].to
                ? breaks[breakIndex].id : nil
            spans.append(HolidaySpan(from: run.from, to: run.to, holidays: ids, breakID: owner))
            day = run.to.adding(days: 1)
        }
        return spans
    }

    /// The calendar's holiday breaks that share a day with `from`…`to`, in date order.
    public func holidayBreaks(from: CalendarDate, through to: CalendarDate) -> [BlackoutPeriod] {
        guard from <= to else { return [] }
        var out: [BlackoutPeriod] = []
        var seen: Set<String> = []
        guard let years = Self.years(from.year - 1, to.year + 1) else { return [] }
        for year in years {
            for holidayBreak in calendar.breaks {
                var runs: [(from: CalendarDate, to: CalendarDate)] = []
                var starts: Set<Int> = []
                for id in holidayBreak.holidays {
                    guard let holiday = calendar.holiday(id) else { continue }
                    for monthDay in holiday.dates {
                        guard let date = monthDay.date(in: year), let run = nonWorkingRun(containing: date),
                            starts.insert(run.from.daysSinceEpoch).inserted
                        else { continue }
                        runs.append(run)
                    }
                }
                runs.sort { $0.from < $1.from }
                var merged: [(from: CalendarDate, to: CalendarDate)] = []
                for run in runs {
                    if let last = merged.last,
                        count(from: last.to.adding(days: 1), through: run.from.adding(days: -1))
                            <= holidayBreak.joinWorkingDays
                    {
                        merged[merged.count - 1].to = max(last.to, run.to)
                    } else {
                        merged.append(run)
                    }
                }
                for run in merged where run.from <= to && from <= run.to {
                    let period = BlackoutPeriod(
                        source: .holidayBreak, id: holidayBreak.id, from: run.from, to: run.to,
                        name: holidayBreak.name)
                    if seen.insert("\(period.from.daysSinceEpoch) \(period.id)").inserted { out.append(period) }
                }
            }
        }
        return out.sorted { ($0.from, $0.id) < ($1.from, $1.id) }
    }

    /// The exam periods for an institution kind (`unknown`: all of them) that share a day with
    /// `from`…`to`, in date order.
    public func examPeriods(for kind: InstitutionKind, from: CalendarDate, through to: CalendarDate) -> [BlackoutPeriod]
    {
        periods(calendar.examPeriods, source: .examPeriod, for: kind, from: from, through: to)
    }

    /// The education breaks (school holidays, teachers' leave) for an institution kind
    /// (`unknown`: all of them) that share a day with `from`…`to`, in date order.
    public func educationBreaks(for kind: InstitutionKind, from: CalendarDate, through to: CalendarDate)
        -> [BlackoutPeriod]
    {
        periods(calendar.educationBreaks, source: .educationBreak, for: kind, from: from, through: to)
    }

    private func periods(
        _ list: [HolidayCalendar.ExamPeriod], source: BlackoutPeriod.Source, for kind: InstitutionKind,
        from: CalendarDate, through to: CalendarDate
    ) -> [BlackoutPeriod] {
        guard from <= to else { return [] }
        var out: [BlackoutPeriod] = []
        guard let years = Self.years(from.year - 1, to.year) else { return [] }
        for year in years {
            for period in list where kind == .unknown || period.appliesTo == kind {
                guard let start = period.from.date(in: year),
                    let end = period.to.date(in: period.from <= period.to ? year : year + 1)
                        ?? period.to.date(in: year),
                    start <= to, from <= end
                else { continue }
                out.append(
                    BlackoutPeriod(
                        source: source, id: period.id, from: start, to: end, name: period.name,
                        blocks: period.blocks))
            }
        }
        return out.sorted { ($0.from, $0.id) < ($1.from, $1.id) }
    }

    // MARK: Tables

    private func table(_ year: Int) -> YearTable {
        if let table = tables[year] { return table }
        // Beyond the dates the tool shows (years 1–9999) only weekends count.
        guard (1...Self.lastYear).contains(year) else { return YearTable() }
        return more.table(year) { Self.table(for: year, calendar: calendar) }
    }

    /// Computes a year's days off: fixed holidays, decree transfers, then holidays on a
    /// weekend moved to the next working day (in date order, so two weekend holidays in a row
    /// move to two different days). The previous year is computed alongside so that a move
    /// across 31 December lands in this year.
    static func table(for year: Int, calendar: HolidayCalendar) -> YearTable {
        var daysOff: [Int: [String]] = [:]
        var working: Set<Int> = []
        var fixed: [(date: CalendarDate, id: String, moves: Bool)] = []
        for y in (year - 1)...(year + 1) {
            for holiday in calendar.holidays {
                for monthDay in holiday.dates {
                    guard let date = monthDay.date(in: y) else { continue }
                    fixed.append((date, holiday.id, holiday.movesIfWeekend))
                }
            }
        }
        fixed.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        for item in fixed { daysOff[item.date.daysSinceEpoch, default: []].append(item.id) }
        for transferYear in calendar.transfers {
            for move in transferYear.moves {
                daysOff[move.to.daysSinceEpoch, default: []].append(transferID)
                if daysOff[move.from.daysSinceEpoch] == nil { working.insert(move.from.daysSinceEpoch) }
            }
        }
        func isWorking(_ date: CalendarDate) -> Bool {
            let n = date.daysSinceEpoch
            if working.contains(n) { return true }
            return !calendar.weekend.contains(date.weekday) && daysOff[n] == nil
        }
        // A decree year sets its moves itself only for holidays that do not move by rule, so the
        // rule applies in every year.
        for item in fixed where item.moves && item.date.year >= year - 1 && item.date.year <= year {
            let n = item.date.daysSinceEpoch
            guard calendar.weekend.contains(item.date.weekday), !working.contains(n) else { continue }
            var day = item.date.adding(days: 1)
            var steps = 0
            while !isWorking(day), steps < 60 {
                day = day.adding(days: 1)
                steps += 1
            }
            daysOff[day.daysSinceEpoch, default: []].append(item.id)
        }
        var table = YearTable()
        for (n, ids) in daysOff where CalendarDate(daysSinceEpoch: n).year == year { table.daysOff[n] = ids }
        table.workingWeekendDays = working.filter { CalendarDate(daysSinceEpoch: $0).year == year }
        return table
    }
}

extension WorkingDays {
    /// The years whose tables the shipped calendars keep ready: every plan made in this
    /// century's first half falls inside; later years are computed when asked.
    static let sharedYears = 2000...2060

    /// The working days of a catalog calendar over `sharedYears`, with their year tables built
    /// once per process instead of once per plan (a batch of thousands of plans otherwise
    /// spends a fifth of its time rebuilding the same tables).
    static func shared(for calendar: HolidayCalendar) -> WorkingDays {
        SharedWorkingDays.cache.workingDays(for: calendar)
    }
}

/// Year tables computed on demand, kept for the life of their `WorkingDays` (shared by its
/// copies and by the tasks of a batch).
private final class YearTableCache: @unchecked Sendable {
    private let lock = NSLock()
    private var tables: [Int: WorkingDays.YearTable] = [:]

    func table(_ year: Int, _ make: () -> WorkingDays.YearTable) -> WorkingDays.YearTable {
        lock.lock()
        defer { lock.unlock() }
        if let ready = tables[year] { return ready }
        let made = make()
        tables[year] = made
        return made
    }
}

/// The process-wide cache behind `WorkingDays.shared(for:)`, keyed by the calendar's value (a
/// `--catalog` overlay with another calendar gets its own entry).
private final class SharedWorkingDays: @unchecked Sendable {
    static let cache = SharedWorkingDays()
    private let lock = NSLock()
    private var tables: [HolidayCalendar: WorkingDays] = [:]

    func workingDays(for calendar: HolidayCalendar) -> WorkingDays {
        lock.lock()
        defer { lock.unlock() }
        if let ready = tables[calendar] { return ready }
        let built = WorkingDays(calendar: calendar, years: WorkingDays.sharedYears)
        tables[calendar] = built
        return built
    }
}
