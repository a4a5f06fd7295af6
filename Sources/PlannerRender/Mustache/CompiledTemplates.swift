/// A template set compiled for rendering: every template as a tree of ``MustacheNode``s, its
/// partials resolved to indices. It renders a view model (``TemplateObject``) to exactly the
/// bytes swift-mustache 2.1.1 gives for the same templates (the tests render every shipped
/// template both ways), reading each key through `TemplateObject.data(for:)` and its typed
/// ``TemplateData``: no `Any`, no dynamic casts, no parsing while rendering, one output buffer.
struct CompiledTemplates: Sendable {
    /// The index of each template by name (names in sorted order).
    let index: [String: Int]
    /// The compiled templates, or their texts to compile when first rendered.
    private let storage: Storage

    private enum Storage: Sendable {
        case compiled([[MustacheNode]])
        case onDemand(OnDemandTemplates)
    }

    /// How deep sections and partials may nest while rendering: a backstop (loading already
    /// refuses templates that nest deeper than ``TemplateSet/maxDepth``), so that no template
    /// exhausts the stack.
    static let maxDepth = 2 * TemplateSet.maxDepth

    /// Compiles parsed templates; a partial of a name the set does not hold prints nothing,
    /// as in swift-mustache.
    init(_ parsed: [String: ParsedTemplate]) {
        let names = parsed.keys.sorted()
        let index = Self.positions(of: names)
        storage = .compiled(names.map { name in (parsed[name]?.nodes ?? []).map { $0.compiled { index[$0] } } })
        self.index = index
    }

    /// Templates parsed and compiled when each is first rendered: for a set of which a
    /// command renders a few (a report renders a few dozen of its 140 phrase templates, and
    /// parsing them all was a sixth of its run). A text that does not parse renders nothing;
    /// only texts the tests have parsed (the shipped templates) are given this way. `files`
    /// are the templates' files by name (see ``TemplateSet/renderedText(_:_:)``).
    init(onDemand files: [String: String]) {
        let names = files.keys.sorted()
        let index = Self.positions(of: names)
        storage = .onDemand(OnDemandTemplates(files: names.map { ($0, files[$0] ?? "") }, index: index))
        self.index = index
    }

    /// Each name's position in `names` (sorted).
    private static func positions(of names: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }

    /// The nodes of the template at a position.
    func nodes(_ position: Int) -> [MustacheNode] {
        switch storage {
        case .compiled(let templates): return templates[position]
        case .onDemand(let templates): return templates.nodes(position)
        }
    }

    /// Renders the template `name` with `root` as the view model; nil when there is no such
    /// template, or when the text would be longer than `limit` bytes or nest deeper than
    /// ``maxDepth`` (the render then stops at once).
    func render(_ root: TemplateData, template name: String, limit: Int = .max) -> String? {
        guard let position = index[name] else { return nil }
        var renderer = MustacheRenderer(templates: self, root: root, limit: limit)
        renderer.render(nodes(position), html: true, indentation: nil)
        return renderer.finish()
    }
}

/// One render: the output so far and the context stack.
struct MustacheRenderer {
    private let templates: CompiledTemplates
    private var out: [UInt8] = []
    private var stack: [TemplateData]
    private let limit: Int
    private var depth = 0
    private var stopped = false

    init(templates: CompiledTemplates, root: TemplateData, limit: Int) {
        self.templates = templates
        self.limit = limit
        stack = [root]
        out.reserveCapacity(min(limit, 1 << 17))
    }

    /// The text, or nil when the render stopped.
    func finish() -> String? {
        stopped ? nil : String(decoding: out, as: UTF8.self)
    }

    /// Renders nodes: one template, or the body of a section. Inside a partial that stands
    /// alone on an indented line, the indentation goes before the output of each node that
    /// starts a line of this level's output (swift-mustache's rule).
    mutating func render(_ nodes: [MustacheNode], html: Bool, indentation: String?) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= CompiledTemplates.maxDepth else {
            stopped = true
            return
        }
        var html = html
        guard let indentation, !indentation.isEmpty else {
            for node in nodes where !stopped { render(node, html: &html, indentation: indentation) }
            return
        }
        let start = out.count
        for node in nodes where !stopped {
            let mark = out.count
            let startsLine = mark > start && endsLine(from: start)
            render(node, html: &html, indentation: indentation)
            if startsLine, out.count > mark { out.insert(contentsOf: indentation.utf8, at: mark) }
        }
    }

    /// True when the output since `start` ends with a line feed that is a character of its
    /// own (not the end of `\r\n`).
    private func endsLine(from start: Int) -> Bool {
        guard let last = out.last, last == 0x0A else { return false }
        return out.count - 1 == start || out[out.count - 2] != 0x0D
    }

    private mutating func render(_ node: MustacheNode, html: inout Bool, indentation: String?) {
        switch node {
        case .text(let bytes):
            append(bytes)
        case .variable(let path, let escaped):
            if let value = lookUp(path) { print(value, escaped: escaped && html) }
        case .section(let path, let nodes, let inverted):
            section(lookUp(path), nodes, inverted: inverted, html: html, indentation: indentation)
        case .partial(let position, let indented):
            guard position >= 0 else { return }
            render(templates.nodes(position), html: true, indentation: Self.join(indentation, indented))
        case .dynamicPartial(let path, let indented):
            guard case .text(let name)? = lookUp(path), let position = templates.index[name] else { return }
            render(templates.nodes(position), html: true, indentation: Self.join(indentation, indented))
        case .contentType(let isHTML):
            html = isHTML
        }
    }

    /// A partial's indentation inside another's.
    private static func join(_ outer: String?, _ inner: String?) -> String? {
        guard let inner else { return outer }
        return (outer ?? "") + inner
    }

    /// A section shows for a list's elements, a true flag, and any value but a null one or
    /// a missing key; an inverted one for an empty list, a false flag, a null value or a
    /// missing key. A list element, text, number, value or object becomes the current object.
    private mutating func section(
        _ value: TemplateData?, _ nodes: [MustacheNode], inverted: Bool, html: Bool, indentation: String?
    ) {
        switch (value, inverted) {
        case (nil, false), (.null?, false): return
        case (nil, true), (.null?, true): render(nodes, html: html, indentation: indentation)
        case (.flag(let flag)?, _):
            if flag != inverted { render(nodes, html: html, indentation: indentation) }
        case (.value(let value)?, _) where value.isNull:
            if inverted { render(nodes, html: html, indentation: indentation) }
        case (.list(let list)?, false):
            for position in 0..<list.count where !stopped {
                within(list.item(position), nodes, html: html, indentation: indentation)
            }
        case (.list(let list)?, true):
            if list.count == 0 { within(.list(list), nodes, html: html, indentation: indentation) }
        case (let value?, false):
            within(value, nodes, html: html, indentation: indentation)
        case (_?, true):
            return
        }
    }

    /// Renders nodes with `value` as the current object.
    private mutating func within(_ value: TemplateData, _ nodes: [MustacheNode], html: Bool, indentation: String?) {
        stack.append(value)
        render(nodes, html: html, indentation: indentation)
        stack.removeLast()
    }

    /// The value a path names: its first key looked up from the current object outwards (or
    /// in the current object only, for an anchored path), the others inside that value.
    private func lookUp(_ path: MustachePath) -> TemplateData? {
        guard let first = path.keys.first else { return stack.last }
        var found: TemplateData?
        if path.anchored {
            found = stack.last?.child(first)
        } else {
            for frame in stack.reversed() {
                if let value = frame.child(first) {
                    found = value
                    break
                }
            }
        }
        guard var value = found else { return nil }
        for key in path.keys.dropFirst() {
            guard let next = value.child(key) else { return nil }
            value = next
        }
        return value
    }

    // MARK: - Output

    private mutating func print(_ value: TemplateData, escaped: Bool) {
        switch value {
        case .null: return
        case .text(let text): append(text, escaped: escaped)
        case .flag(let flag): append(flag ? "true" : "false", escaped: false)
        case .number(let number): append(String(number), escaped: false)
        case .value(let value): append(value.text, escaped: escaped)
        // `{{x}}` of an object or a list prints nothing, not a dump of the view model (as the
        // budgeted view model swift-mustache reads does: see `RenderBudget.swift`).
        case .object, .list: return
        }
    }

    private mutating func append(_ bytes: [UInt8]) {
        out.append(contentsOf: bytes)
        if out.count > limit { stopped = true }
    }

    private mutating func append(_ text: String, escaped: Bool) {
        if escaped, text.utf8.contains(where: Self.isEscaped) {
            out.append(contentsOf: Self.htmlEscape(text).utf8)
        } else {
            out.append(contentsOf: text.utf8)
        }
        if out.count > limit { stopped = true }
    }

    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27
    }

    /// swift-mustache's HTML escaping, character by character (a `<` that a combining mark
    /// follows is another character, and stays).
    static func htmlEscape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
