/// The path of a field inside a document, as messages name it: `services[0].product`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The rendered path; empty for the document root.
    public let description: String

    /// A path from its rendered text.
    public init(_ text: String) { description = text }

    /// A path from a literal.
    public init(stringLiteral value: String) { description = value }

    /// The document root.
    public static let root = FieldPath("")

    /// The path of a key inside this mapping.
    public func key(_ name: String) -> FieldPath {
        FieldPath(description.isEmpty ? name : "\(description).\(name)")
    }

    /// The path of an item of this list.
    public func index(_ index: Int) -> FieldPath {
        FieldPath("\(description)[\(index)]")
    }

    /// "path: " for the start of a message, or nothing at the root.
    var prefix: String { description.isEmpty ? "" : "\(description): " }
}
