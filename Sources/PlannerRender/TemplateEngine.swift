import PlannerCore

// A Mustache interpreter for plan templates: the subset the templates use (variables,
// sections, inverted sections, comments, partials, dynamic partials `{{>*name}}`, the
// `CONTENT_TYPE` pragma), with the spec's standalone-line rules, rendering straight from
// `TemplateObject`s. swift-mustache renders the same templates to the same bytes (a test
// checks it on every golden plan), but it reads values through `Any`, dynamic casts and
// `Mirror`; thousands of plans a second need key lookups that are a `switch` and an enum.

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

// MARK: - Parsed templates

/// A template parsed into nodes.
struct CompiledTemplate: Sendable {
    let nodes: [TemplateNode]
}

/// One node of a parsed template.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable([String])
    case section([String], inverted: Bool, body: [TemplateNode])
    case partial(String, indent: String)
    case dynamicPartial([String], indent: String)
}

/// Why a template does not parse, and where.
struct TemplateParseError: Error, Sendable {
    let line: Int
    let column: Int
    let message: String
}

/// Parses Mustache text into nodes, applying the standalone-line rules of the spec: a line
/// holding only a section, inverted-section, closing, partial, comment or pragma tag (and
/// spaces) disappears from the output, and a standalone partial's indentation indents it.
enum TemplateParser {
    private enum Kind {
        case variable, section, inverted, close, partial, dynamicPartial, comment, pragma
        var canStandAlone: Bool { self != .variable }
    }

    private struct Tag {
        var kind: Kind
        var name: String
        var line: Int
        var column: Int
    }

    private enum Item {
        case text([Unicode.Scalar])
        case tag(Tag)
    }

    static func parse(_ source: String) throws(TemplateParseError) -> CompiledTemplate {
        var items = try lex(Array(source.unicodeScalars))
        var indents: [Int: String] = [:]
        markStandalone(&items, indents: &indents)
        return CompiledTemplate(nodes: try build(items, indents: indents))
    }

    /// Text and tags, with each tag's line and column.
    private static func lex(_ scalars: [Unicode.Scalar]) throws(TemplateParseError) -> [Item] {
        var items: [Item] = []
        var text: [Unicode.Scalar] = []
        var index = 0
        var line = 1
        var column = 1
        func advance(_ count: Int) {
            for _ in 0..<count {
                if scalars[index] == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }
        while index < scalars.count {
            guard scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" else {
                text.append(scalars[index])
                advance(1)
                continue
            }
            if !text.isEmpty {
                items.append(.text(text))
                text = []
            }
            let (tagLine, tagColumn) = (line, column)
            let triple = index + 2 < scalars.count && scalars[index + 2] == "{"
            let closing: [Unicode.Scalar] = triple ? ["}", "}", "}"] : ["}", "}"]
            var end = index + (triple ? 3 : 2)
            while end + closing.count <= scalars.count, Array(scalars[end..<end + closing.count]) != closing {
                end += 1
            }
            guard end + closing.count <= scalars.count else {
                throw TemplateParseError(
                    line: tagLine, column: tagColumn, message: "a tag is not closed with \(triple ? "}}}" : "}}")")
            }
            var content = String(String.UnicodeScalarView(scalars[(index + (triple ? 3 : 2))..<end]))
            advance(end + closing.count - index)
            content = content.trimmingWhitespace()
            var kind = Kind.variable
            if triple {
                kind = .variable
            } else if let sigil = content.unicodeScalars.first {
                switch sigil {
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "!": kind = .comment
                case "%": kind = .pragma
                case "&": kind = .variable
                case "=", "<", "$":
                    throw TemplateParseError(
                        line: tagLine, column: tagColumn,
                        message:
                            "{{\(sigil)…}} (delimiter changes, parents and blocks) is not supported in plan templates")
                default: break
                }
                if kind != .variable || sigil == "&" { content = String(content.dropFirst()).trimmingWhitespace() }
            }
            if kind == .partial, content.hasPrefix("*") {
                kind = .dynamicPartial
                content = String(content.dropFirst()).trimmingWhitespace()
            }
            if kind == .pragma {
                let compact = content.filter { $0 != " " }
                guard compact == "CONTENT_TYPE:TEXT" || compact == "CONTENT_TYPE:HTML" else {
                    throw TemplateParseError(
                        line: tagLine, column: tagColumn,
                        message:
                            "unknown pragma {{%\(content)}} (only CONTENT_TYPE: TEXT)")
                }
            }
            if kind != .comment, kind != .pragma {
                guard !content.isEmpty else {
                    throw TemplateParseError(line: tagLine, column: tagColumn, message: "a tag without a name")
                }
                let allowed: String = kind == .partial || kind == .dynamicPartial ? "._-/" : "._-"
                guard
                    content == "."
                        || (content.allSatisfy({ $0.isLetter || $0.isNumber || allowed.contains($0) })
                            && !content.hasPrefix(".") && !content.hasSuffix("."))
                else {
                    throw TemplateParseError(
                        line: tagLine, column: tagColumn,
                        message:
                            "'\(content)' is not a key (letters, digits, '_', '-', dotted paths; transforms are not supported)"
                    )
                }
            }
            items.append(.tag(Tag(kind: kind, name: content, line: tagLine, column: tagColumn)))
        }
        if !text.isEmpty { items.append(.text(text)) }
        return items
    }

    /// Removes the lines of standalone tags: the spaces before the tag (kept as the
    /// indentation of a partial) and the line break after it.
    private static func markStandalone(_ items: inout [Item], indents: inout [Int: String]) {
        let original = items
        var trimStart: [Int: Int] = [:]  // text item -> scalars removed at its start
        var trimEnd: [Int: Int] = [:]  // text item -> scalars removed at its end
        func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
        for (index, item) in original.enumerated() {
            guard case .tag(let tag) = item, tag.kind.canStandAlone else { continue }
            // Before: the start of the template, or text whose last line is only blanks and
            // which holds a line break (else another tag stands earlier on this line).
            var indent: [Unicode.Scalar] = []
            if index > 0 {
                guard case .text(let before) = original[index - 1] else { continue }
                let lastBreak = before.lastIndex(of: "\n")
                let tail = before[(lastBreak.map { $0 + 1 } ?? 0)...]
                guard tail.allSatisfy(isBlank), lastBreak != nil || index == 1 else { continue }
                indent = Array(tail)
            }
            // After: the end of the template, or text whose first line is only blanks.
            var removed = 0
            if index + 1 < original.count {
                guard case .text(let after) = original[index + 1] else { continue }
                if let firstBreak = after.firstIndex(of: "\n") {
                    guard after[..<firstBreak].allSatisfy({ isBlank($0) || $0 == "\r" }) else { continue }
                    removed = firstBreak + 1
                } else {
                    guard index + 2 == original.count, after.allSatisfy(isBlank) else { continue }
                    removed = after.count
                }
                trimStart[index + 1] = removed
            }
            if index > 0 { trimEnd[index - 1] = indent.count }
            if tag.kind == .partial || tag.kind == .dynamicPartial {
                indents[index] = String(String.UnicodeScalarView(indent))
            }
        }
        for (index, item) in original.enumerated() {
            guard case .text(let text) = item else { continue }
            let start = min(text.count, trimStart[index] ?? 0)
            let end = max(start, text.count - (trimEnd[index] ?? 0))
            items[index] = .text(Array(text[start..<end]))
        }
    }

    /// The node tree; sections must close in order.
    private static func build(_ items: [Item], indents: [Int: String]) throws(TemplateParseError) -> [TemplateNode] {
        var stack: [(tag: Tag, nodes: [TemplateNode])] = [(Tag(kind: .section, name: "", line: 0, column: 0), [])]
        for (index, item) in items.enumerated() {
            switch item {
            case .text(let scalars):
                if !scalars.isEmpty {
                    stack[stack.count - 1].nodes.append(.text(String(String.UnicodeScalarView(scalars))))
                }
            case .tag(let tag):
                switch tag.kind {
                case .comment, .pragma:
                    break
                case .variable:
                    stack[stack.count - 1].nodes.append(.variable(path(tag.name)))
                case .partial:
                    stack[stack.count - 1].nodes.append(.partial(tag.name, indent: indents[index] ?? ""))
                case .dynamicPartial:
                    stack[stack.count - 1].nodes.append(.dynamicPartial(path(tag.name), indent: indents[index] ?? ""))
                case .section, .inverted:
                    stack.append((tag, []))
                case .close:
                    guard stack.count > 1 else {
                        throw TemplateParseError(
                            line: tag.line, column: tag.column, message: "{{/\(tag.name)}} closes no section")
                    }
                    let open = stack.removeLast()
                    guard open.tag.name == tag.name else {
                        throw TemplateParseError(
                            line: tag.line, column: tag.column,
                            message:
                                "{{/\(tag.name)}} does not close {{\(open.tag.kind == .inverted ? "^" : "#")\(open.tag.name)}} opened at line \(open.tag.line)"
                        )
                    }
                    stack[stack.count - 1].nodes.append(
                        .section(path(open.tag.name), inverted: open.tag.kind == .inverted, body: open.nodes))
                }
            }
        }
        if stack.count > 1, let open = stack.last {
            throw TemplateParseError(
                line: open.tag.line, column: open.tag.column,
                message:
                    "{{\(open.tag.kind == .inverted ? "^" : "#")\(open.tag.name)}} is never closed")
        }
        return stack[0].nodes
    }

    private static func path(_ name: String) -> [String] {
        name == "." ? ["."] : name.split(separator: ".").map(String.init)
    }

    /// The partials a template includes by name, with where (for checks at load time).
    static func partials(in nodes: [TemplateNode]) -> [String] {
        var names: [String] = []
        for node in nodes {
            switch node {
            case .partial(let name, _): names.append(name)
            case .section(_, _, let body): names += partials(in: body)
            default: break
            }
        }
        return names
    }
}

// MARK: - Rendering

/// Renders parsed templates from a view model.
struct TemplateRenderer {
    let templates: [String: CompiledTemplate]

    func render(_ name: String, _ root: any TemplateObject) -> String? {
        guard let template = templates[name] else { return nil }
        var out = ""
        out.reserveCapacity(64 * 1024)
        var stack: [TemplateData] = [.object(root)]
        render(template.nodes, &stack, into: &out)
        return out
    }

    private func render(_ nodes: [TemplateNode], _ stack: inout [TemplateData], into out: inout String) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += text
            case .variable(let path):
                out += resolve(path, stack).printed
            case .section(let path, let inverted, let body):
                let value = resolve(path, stack)
                if inverted {
                    if !isTruthy(value) { render(body, &stack, into: &out) }
                    continue
                }
                switch value {
                case .null: break
                case .flag(let flag): if flag { render(body, &stack, into: &out) }
                case .value(let templateValue):
                    guard !templateValue.isNull else { break }
                    stack.append(value)
                    render(body, &stack, into: &out)
                    stack.removeLast()
                case .list(let list):
                    for index in 0..<list.count {
                        stack.append(list.item(index))
                        render(body, &stack, into: &out)
                        stack.removeLast()
                    }
                default:
                    stack.append(value)
                    render(body, &stack, into: &out)
                    stack.removeLast()
                }
            case .partial(let name, let indent):
                include(name, indent: indent, &stack, into: &out)
            case .dynamicPartial(let path, let indent):
                if case .text(let name) = resolve(path, stack) { include(name, indent: indent, &stack, into: &out) }
            }
        }
    }

    private func include(_ name: String, indent: String, _ stack: inout [TemplateData], into out: inout String) {
        guard let template = templates[name] else { return }
        guard !indent.isEmpty else {
            render(template.nodes, &stack, into: &out)
            return
        }
        var inner = ""
        render(template.nodes, &stack, into: &inner)
        var atLineStart = true
        for character in inner {
            if atLineStart { out += indent }
            out.append(character)
            atLineStart = character == "\n"
        }
    }

    private func isTruthy(_ value: TemplateData) -> Bool {
        switch value {
        case .null: return false
        case .flag(let flag): return flag
        case .value(let value): return !value.isNull
        case .list(let list): return list.count > 0
        case .text, .number, .object: return true
        }
    }

    /// A dotted path: the first name is looked for from the innermost context outwards, the
    /// rest inside what it found.
    private func resolve(_ path: [String], _ stack: [TemplateData]) -> TemplateData {
        guard let first = path.first else { return .null }
        if first == "." { return stack.last ?? .null }
        var found: TemplateData?
        for frame in stack.reversed() {
            if let value = frame.child(first) {
                found = value
                break
            }
        }
        guard var value = found else { return .null }
        for name in path.dropFirst() {
            guard let next = value.child(name) else { return .null }
            value = next
        }
        return value
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" || first == "\n" || first == "\r" {
            scalars.removeFirst()
        }
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" || last == "\r" {
            scalars.removeLast()
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
