/// The dates an inventory may give, around the as-of date (`--as-of`, default today).
///
/// A plan is made for the next few years. A date far outside that (a deadline in 9999, a
/// blackout to the end of time, a start in 1900) is a typo or an attack: planning on it
/// counts days for millennia and writes dates no chart can show. So the loader refuses it
/// with a located error:
///
/// - `plan.start`, `organization.deadline` and `plan.blackouts[].from`/`to`: from one year
///   before the as-of date to ten years after it;
/// - `services[].contract_end`: from ten years before to ten years after (a contract that
///   ended a while ago is still worth a warning, not an error).
///
/// Years are counted on the calendar (29 February moves to 28 February), and never past
/// 9999-12-31.
public struct PlanningHorizon: Sendable, Hashable {
    /// Years before the as-of date that a plan date may lie.
    public static let yearsBefore = 1
    /// Years after the as-of date that any inventory date may lie.
    public static let yearsAfter = 10
    /// Years before the as-of date that a contract may have ended.
    public static let contractYearsBefore = 10

    /// The as-of date the horizon is around.
    public let asOf: CalendarDate
    /// The range of `plan.start`, `organization.deadline` and blackouts.
    public let planDates: ClosedRange<CalendarDate>
    /// The range of `services[].contract_end`.
    public let contractDates: ClosedRange<CalendarDate>

    /// The horizon around an as-of date.
    public init(asOf: CalendarDate) {
        self.asOf = asOf
        let last = Self.shifted(asOf, years: Self.yearsAfter)
        planDates = Self.shifted(asOf, years: -Self.yearsBefore)...last
        contractDates = Self.shifted(asOf, years: -Self.contractYearsBefore)...last
    }

    /// The same day `years` years later (earlier when negative), clamped to 0001-01-01 …
    /// 9999-12-31.
    static func shifted(_ date: CalendarDate, years: Int) -> CalendarDate {
        let year = date.year + years
        if year > 9999 { return CalendarDate.latest }
        if year < 1 { return CalendarDate.earliest }
        return CalendarDate(
            year: year, month: date.month, day: min(date.day, CalendarDate.daysIn(month: date.month, year: year)))
            ?? date
    }

    /// Why `date` is outside `range`, for a located error; nil when it is inside.
    func problem(_ date: CalendarDate, in range: ClosedRange<CalendarDate>, yearsBefore: Int) -> String? {
        guard !range.contains(date) else { return nil }
        return "\(date) is outside the planning horizon \(range.lowerBound) … \(range.upperBound) "
            + "(the as-of date \(asOf) − \(yearsBefore) \(yearsBefore == 1 ? "year" : "years") … + \(Self.yearsAfter) years); "
            + "check the year, or plan as of another date with --as-of"
    }
}

extension CalendarDate {
    /// 0001-01-01, the first date the tool reads.
    public static let earliest = CalendarDate(daysSinceEpoch: -719_162)
    /// 9999-12-31, the last date the tool reads or writes (four-digit years).
    public static let latest = CalendarDate(daysSinceEpoch: 2_932_896)
}
