/// The languages plans and catalog texts are written in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case ru
    case en
}

/// A text in Russian and English, as the catalog stores names, descriptions and advice.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// Russian text.
    public var ru: String
    /// English text.
    public var en: String

    /// Creates a text in both languages.
    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    /// The text in one language.
    public subscript(language: Language) -> String {
        language == .ru ? ru : en
    }
}
