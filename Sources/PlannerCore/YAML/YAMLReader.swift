/// Reads typed values out of `YAMLNode`s and collects every problem it meets, so a loader can
/// read a whole file and report all its errors at once. Each accessor returns nil for an
/// absent or invalid value; only invalid ones leave a diagnostic.
public struct YAMLReader: Sendable {
    /// Every problem found so far, in the order found.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The language messages are said in (``Message``); English unless the reader of a file
    /// knows better (an inventory's `plan.language`, the user's locale).
    public var language: Language

    /// A reader with no problems yet, saying its messages in `language`.
    public init(language: Language = .en) {
        self.language = language
    }

    /// Records an error at a node, prefixed with the field path.
    public mutating func error(_ message: some LocalizableMessage, at path: FieldPath, _ location: SourceLocation) {
        diagnostics.append(.error(path.prefix + message.text(language), at: location))
    }

    /// Records a warning at a node, prefixed with the field path.
    public mutating func warning(_ message: some LocalizableMessage, at path: FieldPath, _ location: SourceLocation) {
        diagnostics.append(.warning(path.prefix + message.text(language), at: location))
    }

    /// Adds diagnostics found elsewhere (e.g. by a nested loader).
    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    // MARK: Containers

    /// Reads a mapping whose keys must come from `keys`; unknown and duplicate keys are errors
    /// (with a suggestion), and so is any key of `required` that is missing.
    public mutating func mapping(
        _ node: YAMLNode?, at path: FieldPath, keys: [String], required: [String] = []
    ) -> YAMLMapping? {
        guard let node, !node.isNull else { return nil }
        guard case .mapping(let entries) = node.value else {
            error(Message.expectedFields(keys, node.found), at: path, node.location)
            return nil
        }
        var fields: [YAMLMapping.Field] = []
        fields.reserveCapacity(entries.count)
        for entry in entries {
            guard let name = entry.key.scalar?.text else {
                error(Message.keyNotAName(entry.key.found), at: path, entry.key.location)
                continue
            }
            if !keys.contains(name) {
                error(
                    Message.unknownKey(Self.quoted(name), Suggestions.suggestion(for: name, in: keys)), at: path,
                    entry.key.location)
                continue
            }
            if let first = fields.first(where: { $0.key == name }) {
                error(Message.keyTwice(name, firstLine: first.keyLocation.line), at: path, entry.key.location)
                continue
            }
            fields.append(YAMLMapping.Field(key: name, keyLocation: entry.key.location, value: entry.value))
        }
        let mapping = YAMLMapping(node: node, path: path, fields: fields)
        for name in required where mapping[name]?.isNull ?? true {
            error(Message.missingKey(name), at: path, mapping[name]?.location ?? node.location)
        }
        return mapping
    }

    /// Reads a mapping with free keys (e.g. capability id → weight), in file order; duplicate
    /// keys are errors.
    public mutating func dictionary(_ node: YAMLNode?, at path: FieldPath) -> [(
        key: String, keyLocation: SourceLocation, value: YAMLNode
    )]? {
        guard let node, !node.isNull else { return nil }
        guard case .mapping(let entries) = node.value else {
            error(Message.expectedMapping(node.found), at: path, node.location)
            return nil
        }
        var seen: [String: SourceLocation] = [:]
        var out: [(key: String, keyLocation: SourceLocation, value: YAMLNode)] = []
        for entry in entries {
            guard let name = entry.key.scalar?.text else {
                error(Message.keyNotAName(entry.key.found), at: path, entry.key.location)
                continue
            }
            if let first = seen[name] {
                error(Message.keyTwice(name, firstLine: first.line), at: path, entry.key.location)
                continue
            }
            seen[name] = entry.key.location
            out.append((name, entry.key.location, entry.value))
        }
        return out
    }

    /// Reads a list; a single scalar is not silently promoted to a list.
    public mutating func sequence(_ node: YAMLNode?, at path: FieldPath) -> [YAMLNode]? {
        guard let node, !node.isNull else { return nil }
        guard case .sequence(let items) = node.value else {
            error(Message.expectedList(node.found), at: path, node.location)
            return nil
        }
        return items
    }

    /// Reads a list, or a single value as a list of one (for `country: RU` and `country: [RU, KZ]`).
    public mutating func oneOrMany(_ node: YAMLNode?, at path: FieldPath) -> [YAMLNode]? {
        guard let node, !node.isNull else { return nil }
        if case .sequence(let items) = node.value { return items }
        return [node]
    }

    // MARK: Scalars

    /// Reads a string. Any scalar counts (a plain `2024` is the string "2024"); null does not.
    public mutating func string(_ node: YAMLNode?, at path: FieldPath, nonEmpty: Bool = true) -> String? {
        guard let node, !node.isNull else { return nil }
        guard let scalar = node.scalar else {
            error(Message.expectedText(node.found), at: path, node.location)
            return nil
        }
        if nonEmpty && scalar.text.allSatisfy(\.isWhitespace) {
            error(Message.mustNotBeEmpty, at: path, node.location)
            return nil
        }
        return scalar.text
    }

    /// Reads `true` or `false` (unquoted; `yes`/`no` are refused as ambiguous).
    public mutating func bool(_ node: YAMLNode?, at path: FieldPath) -> Bool? {
        guard let node, !node.isNull else { return nil }
        if let scalar = node.scalar, scalar.isPlain {
            switch scalar.text.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        error(Message.expectedBool(node.found), at: path, node.location)
        return nil
    }

    /// Reads an unquoted whole number within `range`.
    public mutating func integer(_ node: YAMLNode?, at path: FieldPath, in range: ClosedRange<Int> = Int.min...Int.max)
        -> Int?
    {
        guard let node, !node.isNull else { return nil }
        guard let scalar = node.scalar, scalar.isPlain, let value = Int(scalar.text.replacingUnderscores()) else {
            error(Message.expectedWholeNumber(node.found), at: path, node.location)
            return nil
        }
        guard range.contains(value) else {
            error(Message.outOfRange(Self.describe(range), found: "\(value)"), at: path, node.location)
            return nil
        }
        return value
    }

    /// Reads an unquoted finite number within `range`.
    public mutating func number(
        _ node: YAMLNode?, at path: FieldPath,
        in range: ClosedRange<Double> = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude
    ) -> Double? {
        guard let node, !node.isNull else { return nil }
        guard let scalar = node.scalar, scalar.isPlain, let value = Double(scalar.text.replacingUnderscores()),
            value.isFinite
        else {
            error(Message.expectedNumber(node.found), at: path, node.location)
            return nil
        }
        // Only the bound that is crossed: "at most 1000000000000" reads better than a range
        // whose other end is irrelevant.
        if value < range.lowerBound {
            error(
                Message.outOfRange(.atLeast(range.lowerBound.formatted()), found: value.formatted()), at: path,
                node.location)
            return nil
        }
        if value > range.upperBound {
            error(
                Message.outOfRange(.atMost(range.upperBound.formatted()), found: value.formatted()), at: path,
                node.location)
            return nil
        }
        return value
    }

    /// Reads a calendar date `YYYY-MM-DD` that exists (no 31 April).
    public mutating func date(_ node: YAMLNode?, at path: FieldPath) -> CalendarDate? {
        guard let node, !node.isNull else { return nil }
        guard let text = node.scalar?.text else {
            error(Message.expectedDate(node.found), at: path, node.location)
            return nil
        }
        switch CalendarDate.parse(text) {
        case .success(let date): return date
        case .failure(let problem):
            let message = problem.isShape ? Message.expectedDate(node.found) : Message.notACalendarDate(text)
            error(message, at: path, node.location)
            return nil
        }
    }

    /// Reads one of a fixed set of names, suggesting the closest on a typo.
    public mutating func choice(_ node: YAMLNode?, at path: FieldPath, from values: [String]) -> String? {
        guard let text = string(node, at: path), let node else { return nil }
        guard values.contains(text) else {
            error(
                Message.unknownValue(Self.quoted(text), Suggestions.suggestion(for: text, in: values)), at: path,
                node.location)
            return nil
        }
        return text
    }

    /// Reads a value of a string-backed enum, suggesting the closest case on a typo.
    public mutating func enumeration<E: RawRepresentable & CaseIterable>(
        _ type: E.Type, _ node: YAMLNode?, at path: FieldPath
    ) -> E? where E.RawValue == String {
        choice(node, at: path, from: E.allCases.map(\.rawValue)).flatMap(E.init(rawValue:))
    }

    /// Reads `{ru: …, en: …}` with both languages required.
    public mutating func localized(_ node: YAMLNode?, at path: FieldPath) -> LocalizedText? {
        guard let map = mapping(node, at: path, keys: ["ru", "en"], required: ["ru", "en"]) else { return nil }
        guard let ru = string(map["ru"], at: map.path("ru")), let en = string(map["en"], at: map.path("en")) else {
            return nil
        }
        return LocalizedText(ru: ru, en: en)
    }

    /// The user's text in quotes for a one-line message: line breaks shown, cut after 60
    /// characters (a 1 MiB key must not become a 1 MiB message).
    static func quoted(_ text: String) -> String {
        let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
        return "'\(shown.replacingNewlines())'"
    }

    static func describe(_ range: ClosedRange<Int>) -> Message.NumberRange {
        if range.upperBound == Int.max { return .atLeast("\(range.lowerBound)") }
        if range.lowerBound == Int.min { return .atMost("\(range.upperBound)") }
        return .between("\(range.lowerBound)", "\(range.upperBound)")
    }
}

/// A mapping read by `YAMLReader.mapping`: its known fields by name.
public struct YAMLMapping: Sendable {
    /// The mapping node itself.
    public let node: YAMLNode
    /// Its field path.
    public let path: FieldPath
    /// The known fields, in file order, each key once. A list, not a dictionary: a mapping
    /// has a few keys, and a catalog has thousands of mappings, so hashing every key twice
    /// cost more than comparing a few (it was a tenth of loading the catalog).
    let fields: [Field]

    /// One known field.
    struct Field: Sendable {
        let key: String
        /// Where the key was written.
        let keyLocation: SourceLocation
        let value: YAMLNode
    }

    /// The known keys, in file order.
    public var keys: [String] { fields.map(\.key) }

    /// The value node of a key, or nil when absent.
    public subscript(key: String) -> YAMLNode? { fields.first { $0.key == key }?.value }

    /// The field path of a key.
    public func path(_ key: String) -> FieldPath { path.key(key) }

    /// True when the key is present (even if null).
    public func has(_ key: String) -> Bool { fields.contains { $0.key == key } }

    /// The location of a key's value, or of the mapping when absent.
    public func location(_ key: String) -> SourceLocation { self[key]?.location ?? node.location }
}

extension String {
    /// The text without leading and trailing white space.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else {
            return ""
        }
        return String(self[first...last])
    }

    func replacingUnderscores() -> String {
        contains("_") ? String(filter { $0 != "_" }) : self
    }
}
