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
    func problem(_ date: CalendarDate, in range: ClosedRange<CalendarDate>, yearsBefore: Int) -> LimitMessage? {
        guard !range.contains(date) else { return nil }
        return .outsideHorizon(date: date, range: range, asOf: asOf, yearsBefore: yearsBefore)
    }
}

/// The messages of the limits an inventory meets (issue #16), in English and Russian.
enum LimitMessage: LocalizableMessage {
    /// A date outside the planning horizon.
    case outsideHorizon(date: CalendarDate, range: ClosedRange<CalendarDate>, asOf: CalendarDate, yearsBefore: Int)
    /// A name that makes an id without letters, which other names share.
    case sharedID(String)

    func text(_ language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .outsideHorizon(let date, let range, let asOf, let before):
            let after = PlanningHorizon.yearsAfter
            return ru
                ? "\(date) вне горизонта планирования \(range.lowerBound) … \(range.upperBound) (дата расчёта \(asOf) "
                    + "− \(before) \(Self.russianYears(before)) … + \(after) \(Self.russianYears(after))); проверьте год "
                    + "или рассчитайте план на другую дату (--as-of)"
                : "\(date) is outside the planning horizon \(range.lowerBound) … \(range.upperBound) (the as-of date "
                    + "\(asOf) − \(before) \(before == 1 ? "year" : "years") … + \(after) years); check the year, or plan "
                    + "as of another date with --as-of"
        case .sharedID(let id):
            return ru
                ? "в названии нет латинских и кириллических букв, поэтому идентификатор организации — '\(id)', такой же, "
                    + "как у других подобных названий; укажите organization.id (например, 'id: my-school-5'), чтобы план "
                    + "и история были только её"
                : "has no Latin or Cyrillic letter, so the organization's id is '\(id)', which other such names share; "
                    + "give organization.id (e.g. 'id: my-school-5') so that its plan and history are its own"
        }
    }

    /// "год", "года", "лет" for a number of years.
    static func russianYears(_ count: Int) -> String {
        let last = count % 10
        let lastTwo = count % 100
        if last == 1, lastTwo != 11 { return "год" }
        if (2...4).contains(last), !(12...14).contains(lastTwo) { return "года" }
        return "лет"
    }
}

extension CalendarDate {
    /// 0001-01-01, the first date the tool reads.
    public static let earliest = CalendarDate(daysSinceEpoch: -719_162)
    /// 9999-12-31, the last date the tool reads or writes (four-digit years).
    public static let latest = CalendarDate(daysSinceEpoch: 2_932_896)
}
