// The compiled form of a Mustache template: a tree of nodes with each tag's name already split
// into its keys and each partial already resolved to the template it names, so rendering
// does no parsing and no name lookups but the keys' own. See `Docs/Templates.md`, "The
// renderer", for why the plans have a renderer of their own.

/// A key path as a tag names it: `{{a.b.c}}` looks `a` up the context stack and then `b` and
/// `c` inside it; `{{.}}` is the current object; `{{.a}}` looks `a` up in the current object
/// only.
struct MustachePath: Sendable, Equatable {
    /// True when only the current object is looked in (a name starting with `.`).
    let anchored: Bool
    /// The keys, in order; empty for the current object itself.
    let keys: [String]

    /// The path of a tag's name, as swift-mustache splits it.
    init(_ name: String) {
        anchored = name.first == "."
        keys = name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}

/// One part of a compiled template.
indirect enum MustacheNode: Sendable {
    /// Text printed as it is.
    case text([UInt8])
    /// `{{name}}` (escaped in HTML content) or `{{{name}}}`, `{{& name}}` (never escaped).
    case variable(MustachePath, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(MustachePath, [MustacheNode], inverted: Bool)
    /// `{{> name}}`: the template at `index` of the set (-1 when the set has none of that
    /// name: it prints nothing); `indentation` when the tag stands alone on its line.
    case partial(index: Int, indentation: String?)
    /// `{{>*key}}`: the template named by the value of `key`.
    case dynamicPartial(MustachePath, indentation: String?)
    /// `{{% CONTENT_TYPE: …}}`: HTML escaping on or off for the rest of the template.
    case contentType(html: Bool)
}

/// A template as parsed, before its partials are resolved.
struct ParsedTemplate: Sendable, Equatable {
    /// The nodes, with partials by name.
    var nodes: [ParsedNode]
}

/// A node as parsed: partials are named, not yet resolved.
indirect enum ParsedNode: Sendable, Equatable {
    case text(String)
    case variable(String, escaped: Bool)
    case section(String, [ParsedNode], inverted: Bool)
    case partial(String, indentation: String?)
    case dynamicPartial(String, indentation: String?)
    case contentType(html: Bool)

    /// The compiled node, with partials resolved by `index`.
    func compiled(_ index: (String) -> Int?) -> MustacheNode {
        switch self {
        case .text(let text): return .text(Array(text.utf8))
        case .variable(let name, let escaped): return .variable(MustachePath(name), escaped: escaped)
        case .section(let name, let nodes, let inverted):
            return .section(MustachePath(name), nodes.map { $0.compiled(index) }, inverted: inverted)
        case .partial(let name, let indentation): return .partial(index: index(name) ?? -1, indentation: indentation)
        case .dynamicPartial(let name, let indentation):
            return .dynamicPartial(MustachePath(name), indentation: indentation)
        case .contentType(let html): return .contentType(html: html)
        }
    }

    /// The names of the partials this node includes by name, and whether it includes any by
    /// a key's value.
    func partials(into names: inout Set<String>, dynamic: inout Bool) {
        switch self {
        case .partial(let name, _): names.insert(name)
        case .dynamicPartial: dynamic = true
        case .section(_, let nodes, _): for node in nodes { node.partials(into: &names, dynamic: &dynamic) }
        case .text, .variable, .contentType: break
        }
    }
}
