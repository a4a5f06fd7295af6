/// A diagnostic message that can be said in either language. Readers build messages of this
/// kind and say them in the language of the file they read (an inventory's `plan.language`,
/// else the user's locale); a plain `String` is a message in English only.
public protocol LocalizableMessage: Sendable {
    /// The message in `language`.
    func text(_ language: Language) -> String
}

extension String: LocalizableMessage {
    /// The text itself: a message that has no translation yet.
    public func text(_ language: Language) -> String { self }
}

/// What a reader found where it expected something else, as messages name it.
public enum Found: Sendable, Hashable {
    case mapping
    case list
    case null
    /// A scalar, already cut and made one line for a message.
    case text(String)

    /// "a mapping", "a list", "nothing (null)" or the text in quotes.
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.mapping, .en): "a mapping"
        case (.mapping, .ru): "набор полей"
        case (.list, .en): "a list"
        case (.list, .ru): "список"
        case (.null, .en): "nothing (null)"
        case (.null, .ru): "пустое значение (null)"
        case (.text(let text), _): "'\(text)'"
        }
    }
}

/// The messages that people filling in a file meet most, by kind, each in English and Russian
/// side by side: the words are data kept in one place, the readers only say which message
/// applies. (Catalog files are read with the same messages, in English: the catalog is kept
/// by analysts working in English.)
public enum Message: LocalizableMessage, Hashable {
    /// A key the mapping does not have.
    case unknownKey(String, Suggestion)
    /// A key written twice.
    case keyTwice(String, firstLine: Int)
    /// A required key that is absent or null.
    case missingKey(String)
    /// A key that is not a plain name.
    case keyNotAName(Found)
    /// A mapping of known keys expected (the first few named).
    case expectedFields([String], Found)
    /// A mapping of free keys expected.
    case expectedMapping(Found)
    case expectedList(Found)
    case expectedText(Found)
    case mustNotBeEmpty
    case expectedBool(Found)
    case expectedWholeNumber(Found)
    case expectedNumber(Found)
    /// A number outside its range.
    case outOfRange(NumberRange, found: String)
    /// Not in the form `YYYY-MM-DD`.
    case expectedDate(Found)
    /// In the form `YYYY-MM-DD`, but no such day (31 April).
    case notACalendarDate(String)
    /// A value not among the accepted ones.
    case unknownValue(String, Suggestion)

    /// The range a number must lie in, its bounds already formatted.
    public enum NumberRange: Sendable, Hashable {
        case atLeast(String)
        case atMost(String)
        case between(String, String)
    }

    public func text(_ language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .unknownKey(let name, let hint):
            return (ru ? "неизвестный ключ \(name)" : "unknown key \(name)") + hint.text(language)
        case .keyTwice(let name, let line):
            return ru
                ? "ключ '\(name)' указан дважды (впервые в строке \(line))"
                : "key '\(name)' appears twice (first at line \(line))"
        case .missingKey(let name):
            return ru ? "нет обязательного ключа '\(name)'" : "missing required key '\(name)'"
        case .keyNotAName(let found):
            return ru
                ? "ключом может быть только простое имя, найдено \(found.text(language))"
                : "keys must be plain names, found \(found.text(language))"
        case .expectedFields(let keys, let found):
            let shown = keys.prefix(4).joined(separator: ", ") + "…"
            return ru
                ? "ожидается набор полей (\(shown)), найдено \(found.text(language))"
                : "expected a mapping of \(shown), found \(found.text(language))"
        case .expectedMapping(let found):
            return ru
                ? "ожидается набор «ключ: значение», найдено \(found.text(language))"
                : "expected a mapping, found \(found.text(language))"
        case .expectedList(let found):
            return ru
                ? "ожидается список, найдено \(found.text(language))" : "expected a list, found \(found.text(language))"
        case .expectedText(let found):
            return ru
                ? "ожидается текст, найдено \(found.text(language))" : "expected text, found \(found.text(language))"
        case .mustNotBeEmpty:
            return ru ? "не может быть пустым" : "must not be empty"
        case .expectedBool(let found):
            return ru
                ? "ожидается true или false, найдено \(found.text(language))"
                : "expected true or false, found \(found.text(language))"
        case .expectedWholeNumber(let found):
            return ru
                ? "ожидается целое число, найдено \(found.text(language))"
                : "expected a whole number, found \(found.text(language))"
        case .expectedNumber(let found):
            return ru
                ? "ожидается число, найдено \(found.text(language))"
                : "expected a number, found \(found.text(language))"
        case .outOfRange(let range, let found):
            return (ru ? "должно быть " : "must be ") + range.text(language) + (ru ? ", найдено " : ", found ") + found
        case .expectedDate(let found):
            return ru
                ? "ожидается дата в виде ГГГГ-ММ-ДД, найдено \(found.text(language))"
                : "expected a date YYYY-MM-DD, found \(found.text(language))"
        case .notACalendarDate(let text):
            return ru ? "даты \(text) не существует" : "\(text) is not a calendar date"
        case .unknownValue(let value, let hint):
            return (ru ? "недопустимое значение \(value)" : "unknown value \(value)") + hint.text(language)
        }
    }
}

extension Message.NumberRange {
    /// "at least 1", "between 1 and 5", …
    public func text(_ language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .atLeast(let low): return ru ? "не меньше \(low)" : "at least \(low)"
        case .atMost(let high): return ru ? "не больше \(high)" : "at most \(high)"
        case .between(let low, let high): return ru ? "от \(low) до \(high)" : "between \(low) and \(high)"
        }
    }
}
