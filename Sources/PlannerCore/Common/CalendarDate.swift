/// A day in the proleptic Gregorian calendar, without time or time zone: laws take effect,
/// contracts end and phases start on days. Arithmetic is on a day count, so it is exact and
/// needs no `Calendar`.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Year, e.g. 2026.
    public let year: Int
    /// Month 1–12.
    public let month: Int
    /// Day 1–31.
    public let day: Int

    /// Why a text is not a date.
    public struct ParseError: Error, Sendable {
        /// The problem in words.
        public let message: String
        /// True when the text is not in the form `YYYY-MM-DD` at all; false when it is, but
        /// names no day (31 April).
        public var isShape = true
    }

    /// A date from its parts, or nil when that day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil-from-days algorithm.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Parses `YYYY-MM-DD` strictly: four-digit year, two-digit month and day, a real day.
    public static func parse(_ text: String) -> Result<CalendarDate, ParseError> {
        // Read by bytes: a date is ten ASCII bytes, and the catalog holds thousands of dates.
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
            let y = number(0..<4), let m = number(5..<7), let d = number(8..<10)
        else {
            return .failure(ParseError(message: "expected a date YYYY-MM-DD, found '\(text.replacingNewlines())'"))
        }
        guard let date = CalendarDate(year: y, month: m, day: d) else {
            return .failure(ParseError(message: "\(text) is not a calendar date", isShape: false))
        }
        return .success(date)
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days-from-civil algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` months later, clamped to the month's last day.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        return CalendarDate(year: y, month: m, day: min(day, Self.daysIn(month: m, year: y)))
            ?? self
    }

    /// Days from this date to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int { Self.weekday(ofDay: daysSinceEpoch) }

    /// The ISO weekday of the day `days` days after 1970-01-01.
    public static func weekday(ofDay days: Int) -> Int {
        // 1970-01-01 was a Thursday (4).
        let d = (days + 3) % 7
        return (d < 0 ? d + 7 : d) + 1
    }

    /// True on Saturday and Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// `DD.MM.YYYY`, the Russian way of writing dates.
    public var russian: String {
        "\(Self.pad(day, 2)).\(Self.pad(month, 2)).\(Self.pad(year, 4))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        switch Self.parse(text) {
        case .success(let date): self = date
        case .failure(let error):
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
