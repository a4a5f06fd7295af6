/// The path of a field inside a document, as messages name it: `services[0].product`.
///
/// A path is a chain of steps, written out only when a message needs it: the readers make a
/// path for every field they read, and almost none of them ever appears in a message (writing
/// each one out was a tenth of loading the catalog).
public struct FieldPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The last step and the path before it; nil for a path given as text.
    private let step: Step?
    /// The text of a path given as text (the root is empty).
    private let text: String

    private final class Step: Sendable {
        let parent: FieldPath
        let name: Name

        init(parent: FieldPath, name: Name) {
            self.parent = parent
            self.name = name
        }
    }

    private enum Name: Sendable {
        case key(String)
        case index(Int)
    }

    /// A path from its rendered text.
    public init(_ text: String) {
        self.text = text
        step = nil
    }

    /// A path from a literal.
    public init(stringLiteral value: String) { self.init(value) }

    private init(parent: FieldPath, name: Name) {
        text = ""
        step = Step(parent: parent, name: name)
    }

    /// The document root.
    public static let root = FieldPath("")

    /// The rendered path; empty for the document root.
    public var description: String {
        guard let step else { return text }
        let parent = step.parent.description
        switch step.name {
        case .key(let name): return parent.isEmpty ? name : "\(parent).\(name)"
        case .index(let index): return "\(parent)[\(index)]"
        }
    }

    /// The path of a key inside this mapping.
    public func key(_ name: String) -> FieldPath { FieldPath(parent: self, name: .key(name)) }

    /// The path of an item of this list.
    public func index(_ index: Int) -> FieldPath { FieldPath(parent: self, name: .index(index)) }

    /// "path: " for the start of a message, or nothing at the root.
    var prefix: String {
        let text = description
        return text.isEmpty ? "" : "\(text): "
    }

    /// Paths are equal when they read the same.
    public static func == (left: FieldPath, right: FieldPath) -> Bool { left.description == right.description }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}
