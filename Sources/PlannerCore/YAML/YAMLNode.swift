/// A YAML value with the place it was written, so every later message can point at a line.
/// Built from Yams' composed tree by `YAMLDocumentLoader`, within size, depth and node limits.
public struct YAMLNode: Sendable, Equatable {
    /// A scalar as written: its text, and whether it was plain (unquoted), which decides
    /// whether `true`, `12` or `null` mean a bool, a number or nothing.
    public struct Scalar: Sendable, Equatable {
        /// The scalar's text after YAML unescaping.
        public var text: String
        /// True for an unquoted, non-block scalar.
        public var isPlain: Bool
    }

    /// One `key: value` pair of a mapping, in file order.
    public struct Entry: Sendable, Equatable {
        /// The key node (a scalar for every file this tool reads).
        public var key: YAMLNode
        /// The value node.
        public var value: YAMLNode
    }

    /// The shape of a node.
    public enum Value: Sendable, Equatable {
        case scalar(Scalar)
        case mapping([Entry])
        case sequence([YAMLNode])
    }

    /// What the node holds.
    public var value: Value
    /// Where the node starts.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The scalar, if this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = value { return scalar }
        return nil
    }

    /// True for `~`, `null`, `Null`, `NULL` or an empty plain scalar: an absent value.
    public var isNull: Bool {
        guard let scalar, scalar.isPlain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.text)
    }

    /// A short description of what the node is, for "expected X, found Y" messages.
    public var kindDescription: String { found.text(.en) }
}

extension YAMLNode {
    /// What the node is, for a message (``kindDescription`` in either language).
    public var found: Found {
        switch value {
        case .mapping: return .mapping
        case .sequence: return .list
        case .scalar(let scalar):
            if isNull { return .null }
            let shown = scalar.text.count > 40 ? String(scalar.text.prefix(40)) + "…" : scalar.text
            return .text(shown.replacingNewlines())
        }
    }
}

extension String {
    /// The text with line breaks shown as `⏎`, for one-line messages.
    func replacingNewlines() -> String {
        var out = ""
        for character in self {
            out.append(character.isNewline ? "⏎" : character)
        }
        return out
    }
}
