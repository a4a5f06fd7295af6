/// A value a sentence is made from: a parameter of a checklist item, a risk or a reason. The
/// templates word it; Core only says what it is (a count, an amount, a date, an id).
public enum PlanValue: Sendable, Hashable {
    case int(Int)
    case number(Double)
    /// An id or a text from a file, printed as it is (escaped where it is shown).
    case text(String)
    case date(CalendarDate)
    case bool(Bool)
    case list([String])
    /// An amount in a currency (an ISO 4217 code).
    case money(Double, currency: String)
    /// A catalog text in both languages (a restriction's summary): the template's language picks.
    case localized(LocalizedText)

    /// The value as plain text (dates `YYYY-MM-DD`, numbers without trailing zeros, lists
    /// comma-separated, money as `96000 RUB`, a catalog text in English); the renderer formats
    /// them per language instead when it can.
    public var text: String {
        switch self {
        case .int(let value): return String(value)
        case .number(let value): return value.formatted()
        case .text(let value): return value
        case .date(let value): return value.description
        case .bool(let value): return value ? "true" : "false"
        case .list(let values): return values.joined(separator: ", ")
        case .money(let amount, let currency): return amount.formatted() + " " + currency
        case .localized(let text): return text.en
        }
    }
}

/// A named value; parameter lists keep the order they were written in.
public struct PlanParameter: Sendable, Hashable {
    public var name: String
    public var value: PlanValue

    /// Creates a parameter.
    public init(_ name: String, _ value: PlanValue) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == PlanParameter {
    /// The value of the first parameter with this name.
    public func value(_ name: String) -> PlanValue? { first { $0.name == name }?.value }
}
