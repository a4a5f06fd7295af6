import Mustache
import PlannerCore

/// A part of a plan's view model that templates read by key. Each conforming type answers
/// `data(for:)` with a `switch`, not through `Mirror`: rendering thousands of plans a
/// second needs key lookups that cost a string comparison, not a reflection walk.
public protocol TemplateObject: MustacheParent, Sendable {
    /// The value of a key: nil for a key the object does not have (the template then looks
    /// in the enclosing objects), `.null` for a key it has without a value (so `{{plan}}` of a
    /// service without a plan prints nothing instead of another object's `plan`).
    func data(for key: String) -> TemplateData?
}

extension TemplateObject {
    /// The key's value as swift-mustache reads it (the reference renderer of the tests).
    public func child(named key: String) -> Any? {
        data(for: key)?.mustacheValue
    }
}

/// A formatted value: `{{x}}` prints its text; `{{#x}}…{{/x}}` shows when it is not null
/// (nil, zero for counts where said, an empty list); `{{x.long}}`, `{{x.iso}}` and the like
/// read its details; `{{#x.flag}}` tests one of its flags (an enum's case, a plural
/// category such as `one`, `few`, `many`).
public struct TemplateValue: Sendable, MustacheCustomRenderable, MustacheParent, CustomStringConvertible, Equatable {
    /// What `{{x}}` prints.
    public let text: String
    /// True when `{{#x}}` must not show.
    public let isNull: Bool
    /// Named details, e.g. `long` and `iso` for a date, `name` for a capability id.
    public let details: Details
    /// Named flags, true when present: an enum's case, a plural category.
    public let flags: Flags

    /// A few named texts, searched in order (cheaper than a dictionary for two to five).
    public struct Details: Sendable, Equatable, ExpressibleByDictionaryLiteral {
        private var keys: [String] = []
        private var values: [String] = []

        public init(dictionaryLiteral elements: (String, String)...) {
            for (key, value) in elements { self[key] = value }
        }

        /// The length in bytes of the longest text.
        var longestText: Int { values.map(\.utf8.count).max() ?? 0 }

        /// The text of a name.
        public subscript(key: String) -> String? {
            get { keys.firstIndex(of: key).map { values[$0] } }
            set {
                if let index = keys.firstIndex(of: key) {
                    if let newValue {
                        values[index] = newValue
                    } else {
                        keys.remove(at: index)
                        values.remove(at: index)
                    }
                } else if let newValue {
                    keys.append(key)
                    values.append(newValue)
                }
            }
        }
    }

    /// A few names, searched in order (cheaper than a set for one to three).
    public struct Flags: Sendable, Equatable, ExpressibleByArrayLiteral {
        private var names: [String]

        public init(arrayLiteral elements: String...) { names = elements }

        /// The names of a sequence, without repeats.
        public init<S: Sequence>(_ elements: S) where S.Element == String {
            names = []
            for name in elements where !names.contains(name) { names.append(name) }
        }

        /// True when the flag is set.
        public func contains(_ name: String) -> Bool { names.contains(name) }

        /// Sets a flag.
        public mutating func insert(_ name: String) {
            if !names.contains(name) { names.append(name) }
        }
    }

    /// Creates a value.
    public init(_ text: String, isNull: Bool = false, details: Details = [:], flags: Flags = []) {
        self.text = text
        self.isNull = isNull
        self.details = details
        self.flags = flags
    }

    public var renderText: String { text }
    public var description: String { text }

    public func child(named name: String) -> Any? {
        if let detail = details[name] { return detail }
        return flags.contains(name) ? true : nil
    }

    /// Nothing: prints nothing, and `{{#x}}` does not show.
    public static let null = TemplateValue("", isNull: true)

    /// An enum case: prints its raw value; `{{#x.case}}` is true for that case only.
    public static func choice(_ raw: String, flag: String? = nil) -> TemplateValue {
        TemplateValue(raw, flags: [flag ?? raw])
    }
}

/// An element of a list, with its position: `isFirst`, `isLast`, `isPenultimate` (to write
/// "A, B and C") and `position` (1-based). Every other key is the element's own.
public struct Listed<Element: TemplateObject>: TemplateObject {
    /// The element.
    public let element: Element
    /// 1-based position.
    public let position: Int
    /// Elements in the list.
    public let count: Int

    public func data(for name: String) -> TemplateData? {
        switch name {
        case "isFirst": return .of(position == 1)
        case "isLast": return .of(position == count)
        case "isPenultimate": return .of(position == count - 1)
        case "position": return .of(position)
        default: return element.data(for: name)
        }
    }

    /// Wraps each element with its position.
    public static func list(_ elements: [Element]) -> [Listed<Element>] {
        elements.enumerated().map { Listed(element: $0.element, position: $0.offset + 1, count: elements.count) }
    }
}

extension Array where Element: TemplateObject {
    /// The elements with their positions (`Listed.list`), e.g. after filtering a listed list.
    var listed: [Listed<Element>] { Listed.list(self) }
}

/// `{{#is.some-id}}…{{/is.some-id}}` shows for the element whose id is `some-id`: how a
/// template says the sentence for a checklist item, a risk or a mitigation.
public struct IDMatcher: TemplateObject {
    /// The id matched.
    public let id: String

    /// Creates a matcher.
    public init(_ id: String) { self.id = id }

    public func data(for name: String) -> TemplateData? {
        name == id ? .flag(true) : nil
    }
}

/// Makes `TemplateValue`s for one language: dates, counts with plural categories, money,
/// percentages, scores, and escaped text.
struct ValueFactory: Sendable {
    let format: PlanFormatter
    /// The catalog's texts, escaped once per run.
    let texts: CatalogTexts
    var language: Language { format.language }

    init(language: Language, texts: CatalogTexts = .none) {
        format = PlanFormatter(language: language)
        self.texts = texts
    }

    /// A date: text as in tables; `long` as in sentences, `iso` as `YYYY-MM-DD`, `dayMonth`.
    func date(_ date: CalendarDate) -> TemplateValue {
        TemplateValue(
            format.date(date),
            details: [
                "long": format.longDate(date), "iso": date.description, "dayMonth": format.dayMonth(date),
                "year": String(date.year),
            ])
    }

    /// An optional date.
    func date(_ value: CalendarDate?) -> TemplateValue? { value.map { date($0) } }

    /// A count: grouped digits; flags for the plural category (`one`, `few`, `many` in
    /// Russian, `one`, `other` in English) and `zero` when 0. With `zeroIsNull`, 0 is null:
    /// it prints nothing and `{{#x}}` does not show (a null value always prints nothing).
    func count(_ value: Int, zeroIsNull: Bool = false) -> TemplateValue {
        var flags: TemplateValue.Flags = [Self.pluralCategory(value, language)]
        if value == 0 { flags.insert("zero") }
        let null = zeroIsNull && value == 0
        return TemplateValue(null ? "" : format.integer(value), isNull: null, flags: flags)
    }

    /// A decimal number: up to `decimals` decimals.
    func number(_ value: Double, decimals: Int = 1) -> TemplateValue {
        let whole = value == value.rounded() && abs(value) < 1e15
        var flags: TemplateValue.Flags = whole ? [Self.pluralCategory(Int(value), language)] : ["other"]
        if language == .ru, !whole { flags = ["few"] }  // 1,5 гигабайта: fractions take the genitive singular
        if value == 0 { flags.insert("zero") }
        return TemplateValue(format.number(value, decimals: decimals), flags: flags)
    }

    /// Money in a currency, whole units.
    func money(_ value: Double, _ currency: String) -> TemplateValue {
        TemplateValue(
            format.money(value, currency: currency), details: ["amount": format.number(value, decimals: 0)],
            flags: value == 0 ? ["zero"] : [])
    }

    /// Optional money.
    func money(_ value: Double?, _ currency: String) -> TemplateValue? { value.map { money($0, currency) } }

    /// A percentage.
    func percent(_ value: Double, decimals: Int = 0) -> TemplateValue {
        TemplateValue(format.percent(value, decimals: decimals))
    }

    /// A score 0–100, one decimal.
    func score(_ value: Double) -> TemplateValue {
        TemplateValue(format.score(value))
    }

    /// Untrusted or data text, escaped for Markdown; nil when empty.
    func text(_ value: String?) -> String? {
        guard let value else { return nil }
        let escaped = texts.escape(value)
        return escaped.isEmpty ? nil : escaped
    }

    /// A localized catalog text in the plan's language, escaped.
    func text(_ value: LocalizedText?) -> String? {
        text(value?[language])
    }

    /// The CLDR plural category of a whole number.
    static func pluralCategory(_ value: Int, _ language: Language) -> String {
        let n = value.magnitude
        switch language {
        case .en:
            return n == 1 ? "one" : "other"
        case .ru:
            let last = n % 10
            let lastTwo = n % 100
            if last == 1, lastTwo != 11 { return "one" }
            if (2...4).contains(last), !(12...14).contains(lastTwo) { return "few" }
            return "many"
        }
    }
}
