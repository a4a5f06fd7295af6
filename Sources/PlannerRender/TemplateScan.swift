/// The tags of one Mustache template, found without parsing it: what `TemplateSet` checks
/// before swift-mustache parses and renders (which recurse once per nested section and per
/// included partial, so a template nested thousands deep or a partial that includes itself
/// would exhaust the stack).
///
/// The scan follows swift-mustache's tokenizer where it matters: delimiters changed by
/// `{{=<% %>=}}` are followed, comments are skipped, `{{{x}}}` is one tag. A template it cannot
/// follow (a malformed set-delimiter tag, an unclosed tag) is scanned up to that point;
/// swift-mustache then reports the parse error.
struct TemplateScan {
    /// What a tag does.
    enum Kind: Equatable {
        case variable
        /// `{{#name}}`, `{{^name}}`, `{{<parent}}`, `{{$block}}`: a tag that opens a body.
        case opening
        /// `{{/name}}`.
        case closing
        /// `{{> name}}`, `{{>*key}}` (dynamic: the partial named by the value of `key`).
        case partial
        case other
    }

    /// One tag.
    struct Tag {
        var kind: Kind
        /// The name as written, trimmed; for a dynamic partial, the key after `*`.
        var name: String
        /// `{{>*key}}` or `{{<*key}}`.
        var dynamic = false
        /// A parent (`{{<name}}`) opens a body and includes a partial.
        var includes = false
        /// 1-based line and column of the tag's first character.
        var line: Int
        var column: Int
        /// UTF-8 offsets of the tag's first byte and of the byte after it.
        var start: Int
        var end: Int
        /// Bodies open around the tag (the tag itself not counted).
        var depth: Int
    }

    /// A body (section, inverted section, parent or block) and the bytes between its tags.
    struct Body {
        /// The key the opening tag reads, e.g. `phases` for `{{#plan.phases}}`.
        var key: String
        /// Index of the opening tag in `tags`.
        var opening: Int
        /// True for `{{#key}}`: a body rendered once per element, or once when the value is
        /// true or an object, or not at all.
        var isSection: Bool
        /// UTF-8 offsets of the body, without its tags.
        var start: Int
        var end: Int
        /// UTF-8 offsets of the body with its opening and closing tags.
        var outerStart: Int
        var outerEnd: Int
    }

    /// Every tag, in order.
    private(set) var tags: [Tag] = []
    /// Every body whose closing tag was found.
    private(set) var bodies: [Body] = []
    /// The size of the template in bytes.
    let size: Int
    /// A set-delimiter tag with a delimiter longer than ``maxDelimiter``: where, if any. Such
    /// a template is refused (finding a long delimiter costs its length at every byte).
    private(set) var longDelimiter: (line: Int, column: Int)?

    /// The longest delimiter a set-delimiter tag may set, in bytes.
    static let maxDelimiter = 8

    /// Scans `text`.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        size = bytes.count
        var open = Array("{{".utf8)
        var close = Array("}}".utf8)
        var index = 0
        var line = 1
        var lineStart = 0
        var counted = 0
        var stack: [(key: String, tag: Int, bodyStart: Int, isSection: Bool)] = []
        /// Lines and the start of the current line up to `offset`.
        func move(to offset: Int) {
            while counted < offset {
                if bytes[counted] == 0x0A {
                    line += 1
                    lineStart = counted + 1
                }
                counted += 1
            }
        }
        while let tagStart = Self.find(open, in: bytes, from: index) {
            move(to: tagStart)
            let column = Self.characters(in: bytes, from: lineStart, to: tagStart) + 1
            var cursor = tagStart + open.count
            guard cursor < bytes.count else { break }
            let sigil = bytes[cursor]
            var kind = Kind.variable
            var name = ""
            var dynamic = false
            var includes = false
            if sigil == UInt8(ascii: "=") {
                // `{{=<% %>=}}`: the new delimiters, then `=` and the old closing one.
                cursor += 1
                cursor = Self.skipSpaces(bytes, cursor)
                let first = cursor
                while cursor < bytes.count, !Self.isSpace(bytes[cursor]) { cursor += 1 }
                let newOpen = Array(bytes[first..<cursor])
                cursor = Self.skipSpaces(bytes, cursor)
                let second = cursor
                while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "="), !Self.isSpace(bytes[cursor]) {
                    cursor += 1
                }
                let newClose = Array(bytes[second..<cursor])
                cursor = Self.skipSpaces(bytes, cursor)
                guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "="), !newOpen.isEmpty, !newClose.isEmpty,
                    Self.matches(close, in: bytes, at: cursor + 1)
                else { break }
                guard newOpen.count <= Self.maxDelimiter, newClose.count <= Self.maxDelimiter else {
                    longDelimiter = (line, column)
                    break
                }
                cursor += 1 + close.count
                open = newOpen
                close = newClose
                kind = .other
            } else {
                let bodyStart = cursor + (Self.sigils.contains(sigil) ? 1 : 0)
                guard let closeStart = Self.find(close, in: bytes, from: bodyStart) else { break }
                name = String(decoding: bytes[bodyStart..<closeStart], as: UTF8.self).trimmingSpaces()
                cursor = closeStart + close.count
                switch sigil {
                case UInt8(ascii: "{"):
                    // `{{{x}}}`: the third brace follows the closing delimiter.
                    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}") { cursor += 1 }
                case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"): kind = .opening
                case UInt8(ascii: "/"): kind = .closing
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "<"):
                    kind = .opening
                    includes = true
                case UInt8(ascii: "!"), UInt8(ascii: "%"): kind = .other
                default: break
                }
                if kind == .partial || includes, name.hasPrefix("*") {
                    dynamic = true
                    name = String(name.dropFirst()).trimmingSpaces()
                }
            }
            tags.append(
                Tag(
                    kind: kind, name: name, dynamic: dynamic, includes: includes, line: line, column: column,
                    start: tagStart, end: cursor, depth: stack.count))
            if kind == .opening {
                stack.append((Self.key(of: name), tags.count - 1, cursor, sigil == UInt8(ascii: "#")))
            } else if kind == .closing, let top = stack.popLast() {
                bodies.append(
                    Body(
                        key: top.key, opening: top.tag, isSection: top.isSection, start: top.bodyStart, end: tagStart,
                        outerStart: tags[top.tag].start, outerEnd: cursor))
            }
            index = cursor
        }
    }

    /// The deepest nesting of bodies.
    var depth: Int {
        tags.lazy.filter { $0.kind == .opening }.map { $0.depth + 1 }.max() ?? 0
    }

    /// The first tag that opens a body nested deeper than `limit`.
    func firstOpening(deeperThan limit: Int) -> Tag? {
        tags.first { $0.kind == .opening && $0.depth + 1 > limit }
    }

    /// The sections (`{{#…}}` bodies) in the order of their opening tags, and for each
    /// section and each of ``inclusions`` the index of the innermost section around it (nil:
    /// the top level of the template). A section's own text is what it renders besides the
    /// sections inside it, which are rendered (and counted) on their own.
    func layout() -> (sections: [Body], parentOfSection: [Int?], parentOfInclusion: [Int?]) {
        let sections = bodies.filter(\.isSection).sorted { $0.outerStart < $1.outerStart }
        let inclusions = self.inclusions
        var parentOfSection = [Int?](repeating: nil, count: sections.count)
        var parentOfInclusion = [Int?](repeating: nil, count: inclusions.count)
        var open: [Int] = []
        var next = 0
        func enter(_ offset: Int) {
            while let top = open.last, sections[top].outerEnd <= offset { open.removeLast() }
        }
        for (index, tag) in inclusions.enumerated() {
            while next < sections.count, sections[next].outerStart <= tag.start {
                enter(sections[next].outerStart)
                parentOfSection[next] = open.last
                open.append(next)
                next += 1
            }
            enter(tag.start)
            parentOfInclusion[index] = open.last
        }
        while next < sections.count {
            enter(sections[next].outerStart)
            parentOfSection[next] = open.last
            open.append(next)
            next += 1
        }
        return (sections, parentOfSection, parentOfInclusion)
    }

    /// The partials a tag includes: `{{> name}}` and the parent of `{{<name}}`.
    var inclusions: [Tag] {
        tags.filter { $0.kind == .partial || $0.includes }
    }

    /// The key a section reads: the last part of a dotted name, inside any transform
    /// (`reversed(list)` reads `list`).
    static func key(of name: String) -> String {
        var inner = Substring(name)
        if let open = inner.lastIndex(of: "(") {
            inner = inner[inner.index(after: open)...]
            if let close = inner.firstIndex(of: ")") { inner = inner[..<close] }
        }
        return String(inner.split(separator: ".").last ?? inner)
    }

    // MARK: - Bytes

    /// Sigils that are not part of a tag's name.
    private static let sigils: Set<UInt8> = Set("#^/>{<$!%&".utf8)

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    private static func skipSpaces(_ bytes: [UInt8], _ start: Int) -> Int {
        var index = start
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index
    }

    private static func matches(_ needle: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start < bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == first, matches(needle, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Characters (UTF-8 lead bytes) in `bytes[from..<to]`.
    private static func characters(in bytes: [UInt8], from: Int, to: Int) -> Int {
        var count = 0
        for index in from..<to where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
