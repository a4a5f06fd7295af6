import PlannerCore

/// How numbers, money and dates are written in a plan of one language. Formatting only:
/// the words around them live in the templates. Written out by hand (no `Locale`), so the
/// same plan has the same bytes on every platform.
public struct PlanFormatter: Sendable {
    /// The plan's language.
    public let language: Language

    /// The narrow no-break space (U+202F) that groups thousands (`1 234 567`) and, in Russian,
    /// stands between a number and `%` or `₽`.
    public static let groupSeparator = "\u{202F}"

    /// Creates a formatter.
    public init(language: Language) {
        self.language = language
    }

    // MARK: - Dates

    /// A date in tables: `29.04.2027` in Russian, `2027-04-29` in English.
    public func date(_ date: CalendarDate) -> String {
        language == .ru ? date.russian : date.description
    }

    /// A date in sentences: `29 апреля 2027 года`, `29 April 2027`.
    public func longDate(_ date: CalendarDate) -> String {
        switch language {
        case .ru: return "\(date.day) \(Self.russianMonthsGenitive[date.month - 1]) \(date.year) года"
        case .en: return "\(date.day) \(Self.englishMonths[date.month - 1]) \(date.year)"
        }
    }

    /// A short day and month for spans inside one year: `01.05`, `05-01`.
    public func dayMonth(_ date: CalendarDate) -> String {
        switch language {
        case .ru: return String(date.russian.prefix(5))
        case .en: return String(date.description.suffix(5))
        }
    }

    /// A date as Mermaid wants it (`dateFormat YYYY-MM-DD`).
    public func iso(_ date: CalendarDate) -> String { date.description }

    // MARK: - Numbers

    /// The thousands separator of the language: a narrow no-break space in Russian
    /// (`1 234 567`), a comma in English (`1,234,567`).
    public var thousandsSeparator: String { language == .ru ? Self.groupSeparator : "," }

    /// A whole number with grouped thousands: `1 234 567`, `1,234,567`.
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += thousandsSeparator }
            out.append(character)
        }
        return value < 0 ? "−" + out : out
    }

    /// A number with at most `decimals` decimals (trailing zeros dropped), grouped, with the
    /// language's decimal mark: `12,5` or `12.5`.
    public func number(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        let negative = scaled < 0
        let magnitude = Int64(min(abs(scaled), 9e17))
        let whole = Int(magnitude / Int64(scale))
        var fraction = String(magnitude % Int64(scale))
        if decimals > 0 {
            fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
        } else {
            fraction = ""
        }
        var text = integer(whole)
        if !fraction.isEmpty { text += (language == .ru ? "," : ".") + fraction }
        return negative && text != "0" ? "−" + text : text
    }

    /// A score 0–100 to one decimal: `86,3`.
    public func score(_ value: Double) -> String {
        number(TotalScore.rounded(value), decimals: 1)
    }

    /// A percentage: `12 %` in Russian, `12%` in English.
    public func percent(_ value: Double, decimals: Int = 0) -> String {
        let text = number(value, decimals: decimals)
        return language == .ru ? text + Self.groupSeparator + "%" : text + "%"
    }

    /// An amount of money, rounded to whole units: `1 234 567 ₽` in Russian for roubles,
    /// `1 234 567 RUB` otherwise.
    public func money(_ value: Double, currency: String) -> String {
        let amount = number(value.rounded(.toNearestOrAwayFromZero), decimals: 0)
        return amount + Self.groupSeparator + (symbol(of: currency) ?? MarkdownText.escape(currency))
    }

    /// The sign a language writes for a currency instead of its code: `₽` for roubles in Russian.
    public func symbol(of currency: String) -> String? {
        language == .ru && currency == "RUB" ? "₽" : nil
    }

    // MARK: - Tables

    private static let russianMonthsGenitive = [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
