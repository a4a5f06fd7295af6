import PlannerCore

// The values of a plan's view model as templates read them. swift-mustache reads them
// through `MustacheParent.child(named:)` (see `TemplateObject`), so no `Mirror` walk is needed.

/// A value a template reads: what a view-model key holds.
public enum TemplateData: Sendable {
    /// No value: prints nothing, a section does not show, an inverted one does.
    case null
    /// Text, printed as it is (view-model text is escaped already).
    case text(String)
    /// A flag: a section shows when true.
    case flag(Bool)
    /// A plain number.
    case number(Int)
    /// A formatted value with details and flags.
    case value(TemplateValue)
    /// An object with keys.
    case object(any TemplateObject)
    /// A list of objects: a section repeats for each.
    case list(any TemplateList)

    /// Text or nothing.
    public static func of(_ value: String) -> TemplateData { .text(value) }
    /// Text or nothing.
    public static func of(_ value: String?) -> TemplateData { value.map(TemplateData.text) ?? .null }
    /// A flag.
    public static func of(_ value: Bool) -> TemplateData { .flag(value) }
    /// A number.
    public static func of(_ value: Int) -> TemplateData { .number(value) }
    /// A formatted value.
    public static func of(_ value: TemplateValue) -> TemplateData { .value(value) }
    /// A formatted value or nothing.
    public static func of(_ value: TemplateValue?) -> TemplateData { value.map(TemplateData.value) ?? .null }
    /// An object.
    public static func of<T: TemplateObject>(_ value: T) -> TemplateData { .object(value) }
    /// An object or nothing.
    public static func of<T: TemplateObject>(_ value: T?) -> TemplateData { value.map { .object($0) } ?? .null }
    /// A list.
    public static func of<T: TemplateObject>(_ value: [T]) -> TemplateData { .list(value) }

    /// The value of a key of this value, or nil when it has no such key.
    func child(_ key: String) -> TemplateData? {
        switch self {
        case .object(let object): return object.data(for: key)
        case .value(let value):
            if let detail = value.details[key] { return .text(detail) }
            return value.flags.contains(key) ? .flag(true) : nil
        default: return nil
        }
    }

    /// What `{{x}}` prints.
    var printed: String {
        switch self {
        case .null, .object, .list: return ""
        case .text(let text): return text
        case .flag(let flag): return flag ? "true" : "false"
        case .number(let number): return String(number)
        case .value(let value): return value.text
        }
    }

    /// The value as swift-mustache reads it (for the reference renderer in tests).
    var mustacheValue: Any? {
        switch self {
        case .null: return TemplateValue.null
        case .text(let text): return text
        case .flag(let flag): return flag
        case .number(let number): return number
        case .value(let value): return value
        case .object(let object): return object
        case .list(let list): return list.mustacheElements
        }
    }
}

/// A list a template section repeats over.
public protocol TemplateList: Sendable {
    /// The number of elements.
    var count: Int { get }
    /// The element at an index.
    func item(_ index: Int) -> TemplateData
    /// The elements as swift-mustache reads them.
    var mustacheElements: [Any] { get }
}

extension Array: TemplateList where Element: TemplateObject {
    public func item(_ index: Int) -> TemplateData { .object(self[index]) }
    public var mustacheElements: [Any] { map { $0 as Any } }
}
