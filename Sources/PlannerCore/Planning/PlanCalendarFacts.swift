/// The holiday calendar the plan used.
public struct CalendarSummary: Sendable, Hashable {
    /// ISO alpha-2 country of the calendar.
    public var country: String
    /// False when the tool ships no calendar for the country: only weekends were skipped.
    public var available: Bool
    /// Years of the plan for which the government's transfers of days off are in the data.
    public var transfersKnown: [Int]
    /// Years of the plan for which they are not: "check the production calendar".
    public var transfersUnknown: [Int]
    /// The education calendar applied: `school`, `university`, `unknown` (both applied), or
    /// nil outside education.
    public var institution: InstitutionKind?
    /// Where the holiday data comes from (law, decrees).
    public var sources: [String]

    /// Creates a calendar summary.
    public init(
        country: String, available: Bool, transfersKnown: [Int] = [], transfersUnknown: [Int] = [],
        institution: InstitutionKind? = nil, sources: [String] = []
    ) {
        self.country = country
        self.available = available
        self.transfersKnown = transfersKnown
        self.transfersUnknown = transfersUnknown
        self.institution = institution
        self.sources = sources
    }
}

/// A run of consecutive non-working days that includes at least one public holiday.
public struct HolidaySpan: Sendable, Hashable {
    /// First and last day, inclusive.
    public var from: CalendarDate
    public var to: CalendarDate
    /// Holiday ids inside (`new_year`, `labour_day`, …), in date order without repeats.
    public var holidays: [String]
    /// The named break it belongs to (`new_year_holidays`, `may_holidays`), if any.
    public var breakID: String?

    /// Creates a span.
    public init(from: CalendarDate, to: CalendarDate, holidays: [String], breakID: String? = nil) {
        self.from = from
        self.to = to
        self.holidays = holidays
        self.breakID = breakID
    }
}

/// A period in which no pilot or cut-over may run.
public struct BlackoutPeriod: Sendable, Hashable {
    /// Where a blackout comes from.
    public enum Source: String, Sendable, Hashable, Codable {
        /// A holiday break of the country's calendar (New Year, May holidays).
        case holidayBreak = "holiday_break"
        /// An exam period of the education calendar.
        case examPeriod = "exam_period"
        /// An education break of the calendar: school holidays, teachers' leave.
        case educationBreak = "education_break"
        /// The inventory's `plan.blackouts`.
        case inventory
    }

    public var source: Source
    /// `new_year_holidays`, `school_exams`, `university_winter_session`, `school_teacher_leave`,
    /// or `blackout-<index>` for the inventory's own.
    public var id: String
    public var from: CalendarDate
    public var to: CalendarDate
    /// The name in both languages (calendar data), or nil for the inventory's own.
    public var name: LocalizedText?
    /// The inventory's reason, as written (untrusted text).
    public var reason: String?
    /// The phases that may not share a day with it: the pilot and the cut-over, and for
    /// teachers' leave the rollout waves too.
    public var blocks: [PhaseKind]

    /// Creates a blackout period.
    public init(
        source: Source, id: String, from: CalendarDate, to: CalendarDate, name: LocalizedText? = nil,
        reason: String? = nil, blocks: [PhaseKind] = [.pilot, .cutOver]
    ) {
        self.source = source
        self.id = id
        self.from = from
        self.to = to
        self.name = name
        self.reason = reason
        self.blocks = blocks
    }

    /// True when `[from, to]` of the other range shares a day with this period.
    public func overlaps(from start: CalendarDate, to end: CalendarDate) -> Bool {
        start <= to && from <= end
    }
}

/// A pilot or cut-over moved past a blackout.
public struct ScheduleShift: Sendable, Hashable {
    /// The phase moved (`pilot`, `cut-over`).
    public var phase: String
    /// Where it would have started and where it starts now.
    public var originalStart: CalendarDate
    public var newStart: CalendarDate
    /// Calendar days between the two.
    public var days: Int
    /// The blackout that caused the move.
    public var blackout: BlackoutPeriod

    /// Creates a shift.
    public init(phase: String, originalStart: CalendarDate, newStart: CalendarDate, blackout: BlackoutPeriod) {
        self.phase = phase
        self.originalStart = originalStart
        self.newStart = newStart
        self.days = originalStart.days(until: newStart)
        self.blackout = blackout
    }
}
