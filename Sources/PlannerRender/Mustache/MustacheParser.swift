/// The grammar of ``MustacheParser``: parses a Mustache template the way swift-mustache 2.1.1
/// does (its `Template+Parser.swift`, followed rule by rule, Character by Character), so that
/// a template renders to the same bytes with either: which whitespace a standalone tag takes
/// with it, where a text ends, how a partial's indentation is kept. It parses the part of
/// Mustache the plans' templates use: text, variables, sections, inverted sections, comments,
/// partials, dynamic partials, set-delimiter tags and the content-type pragma. A template using
/// anything else (parents and blocks, `{{name(arg)}}` transforms) is
/// ``MustacheParseFailure/unsupported``, and a malformed one ``MustacheParseFailure/malformed``:
/// the template set then lets swift-mustache parse it (for its error message) and render the
/// set.
///
/// The grammar is generic over what it steps through. Characters are what swift-mustache
/// reads, but finding each one's grapheme boundary was most of a command's start-up; a text in
/// which every Unicode scalar is a Character of its own (``PlannerCore/SimpleText``) is read scalar
/// by scalar instead, which gives the same template.
struct MustacheGrammar<Text: MustacheText> {
    typealias Unit = Text.Element

    /// The parser's state inside one section, as swift-mustache's `ParserState`.
    private struct State {
        var sectionName: String?
        var newLine = true
        var start: [Unit] = ["{", "{"]
        var end: [Unit] = ["}", "}"]
    }

    private let text: Text
    private var position: Text.Index

    private init(text: Text) {
        self.text = text
        self.position = text.startIndex
    }

    /// The nodes of `text`.
    static func nodes(of text: Text) throws(MustacheParseFailure) -> [ParsedNode] {
        var grammar = MustacheGrammar(text: text)
        return try grammar.parse(State())
    }

    // MARK: - The grammar

    private mutating func parse(_ initial: State) throws(MustacheParseFailure) -> [ParsedNode] {
        var nodes: [ParsedNode] = []
        var state = initial
        var whiteSpaceBefore = text[position..<position]
        while !atEnd {
            if state.newLine { whiteSpaceBefore = readWhile { $0 == " " || $0 == "\t" } }
            let text = try readUntilDelimiterOrNewline(state)
            if current.isNewline {
                nodes.append(.text(Text.string(whiteSpaceBefore) + text + current.string))
                state.newLine = true
                advance()
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Text.string(whiteSpaceBefore) + text))
                whiteSpaceBefore = whiteSpaceBefore[whiteSpaceBefore.endIndex...]
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(Text.string(whiteSpaceBefore)))
                    whiteSpaceBefore = whiteSpaceBefore[whiteSpaceBefore.endIndex...]
                }
            }
            switch current {
            case "#", "^":
                let inverted = current == "^"
                advance()
                let name = try parseName(state)
                if isStandalone(state) { setNewLine = true } else { flushWhiteSpace() }
                var inner = state
                inner.sectionName = name
                if !setNewLine { inner.newLine = false }
                nodes.append(.section(name, try parse(inner), inverted: inverted))
            case "/":
                advance()
                let name = try parseName(state)
                guard name == state.sectionName else { throw .malformed }
                if !isStandalone(state) { flushWhiteSpace() }
                return nodes
            case "!":
                advance()
                try skip(past: state.end)
                setNewLine = isStandalone(state)
            case "{":
                flushWhiteSpace()
                advance()
                let name = try parseName(state)
                guard !atEnd, current == "}" else { throw .malformed }
                advance()
                nodes.append(.variable(name, escaped: false))
            case "&":
                flushWhiteSpace()
                advance()
                nodes.append(.variable(try parseName(state), escaped: false))
            case ">":
                advance()
                _ = readWhile(\.isWhitespace)
                var dynamic = false
                if current == "*" {
                    advance()
                    dynamic = true
                }
                let name = try parseName(state, partial: true)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(Text.string(whiteSpaceBefore))) }
                var indentation: String?
                if isStandalone(state) {
                    setNewLine = true
                    indentation = Text.string(whiteSpaceBefore)
                }
                nodes.append(
                    dynamic ? .dynamicPartial(name, indentation: indentation) : .partial(name, indentation: indentation)
                )
                whiteSpaceBefore = whiteSpaceBefore[whiteSpaceBefore.endIndex...]
            case "<", "$":
                throw .unsupported
            case "=":
                advance()
                try setDelimiters(&state)
                setNewLine = isStandalone(state)
            case "%":
                advance()
                nodes.append(try readContentType(state))
                setNewLine = isStandalone(state)
            default:
                flushWhiteSpace()
                nodes.append(.variable(try parseName(state), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw .malformed }
        return nodes
    }

    /// Reads text up to a tag's opening delimiter (which it consumes) or a line break (which
    /// it does not): swift-mustache's `readUntilDelimiterOrNewline`.
    private mutating func readUntilDelimiterOrNewline(_ state: State) throws(MustacheParseFailure) -> String {
        guard let first = state.start.first else { return "" }
        var total = ""
        while !atEnd {
            total += Text.string(readUntil { $0.isLineFeed || $0 == first })
            if current.isNewline { break }
            if current == first {
                if try read(string: state.start) { break }
                total += first.string
                advance()
            }
        }
        return total
    }

    /// A tag's name up to the closing delimiter; a partial's name may hold `/` too.
    private mutating func parseName(
        _ state: State, partial: Bool = false
    ) throws(MustacheParseFailure) -> String {
        _ = readWhile(\.isWhitespace)
        let characters = partial ? MustacheNameCharacters.partialName : MustacheNameCharacters.name
        let name = Text.string(readWhile(characters.contains))
        _ = readWhile(\.isWhitespace)
        guard try read(string: state.end) else { throw .malformed }
        // Parentheses are swift-mustache's transforms (`{{first(list)}}`).
        if name.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) { throw .unsupported }
        return name
    }

    private mutating func setDelimiters(_ state: inout State) throws(MustacheParseFailure) {
        _ = readWhile(\.isWhitespace)
        guard let start = read(untilFound: \.isWhitespace) else { throw .malformed }
        _ = readWhile(\.isWhitespace)
        guard let end = read(untilFound: { $0 == "=" || $0.isWhitespace }) else { throw .malformed }
        _ = readWhile(\.isWhitespace)
        guard !atEnd, current == "=" else { throw .malformed }
        advance()
        guard try read(string: state.end), !start.isEmpty, !end.isEmpty else { throw .malformed }
        // Read by scalars, a delimiter is only sure to match as Characters would when it is ASCII.
        guard Text.readsAnyDelimiter || (start.allSatisfy(\.isASCII) && end.allSatisfy(\.isASCII)) else {
            throw .needsCharacters
        }
        state.start = Array(start)
        state.end = Array(end)
    }

    private mutating func readContentType(_ state: State) throws(MustacheParseFailure) -> ParsedNode {
        _ = readWhile(\.isWhitespace)
        let variable = Text.string(readWhile(MustacheNameCharacters.plainName.contains))
        _ = readWhile(\.isWhitespace)
        guard !atEnd, current == ":" else { throw .malformed }
        advance()
        _ = readWhile(\.isWhitespace)
        let value = Text.string(readWhile(MustacheNameCharacters.plainName.contains))
        _ = readWhile(\.isWhitespace)
        guard try read(string: state.end), variable == "CONTENT_TYPE" else { throw .malformed }
        switch value {
        case "TEXT": return .contentType(html: false)
        case "HTML": return .contentType(html: true)
        default: throw .malformed
        }
    }

    /// True when the tag just read stands alone on its line; then the rest of the line, its
    /// line break included, is consumed.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var probe = position
        while probe < text.endIndex, text[probe] == " " || text[probe] == "\t" { probe = text.index(after: probe) }
        guard probe < text.endIndex, text[probe].isNewline else { return false }
        position = text.index(after: probe)
        return true
    }

    // MARK: - Reading

    private var atEnd: Bool { position == text.endIndex }

    /// The current character, `\0` at the end (as swift-mustache's `current()`).
    private var current: Unit { atEnd ? "\0" : text[position] }

    private mutating func advance() { position = text.index(after: position) }

    private mutating func readWhile(_ predicate: (Unit) -> Bool) -> Text.SubSequence {
        let start = position
        while !atEnd, predicate(text[position]) { advance() }
        return text[start..<position]
    }

    /// Reads up to the first character that `stop` accepts.
    private mutating func readUntil(_ stop: (Unit) -> Bool) -> Text.SubSequence {
        readWhile { !stop($0) }
    }

    /// Reads up to a character `predicate` accepts; nil (and nothing read) when none does.
    private mutating func read(untilFound predicate: (Unit) -> Bool) -> Text.SubSequence? {
        let start = position
        let found = readWhile { !predicate($0) }
        if atEnd {
            position = start
            return nil
        }
        return found
    }

    /// Consumes `string` when the text continues with it; throws at the end of the text
    /// (as swift-mustache's `read(string:)` does when fewer characters are left).
    private mutating func read(string: [Unit]) throws(MustacheParseFailure) -> Bool {
        var probe = position
        for character in string {
            guard probe < text.endIndex else { throw .malformed }
            guard text[probe] == character else {
                // swift-mustache reads `string.count` characters first: too few left is an error.
                if text.distance(from: position, to: text.endIndex) < string.count { throw .malformed }
                return false
            }
            probe = text.index(after: probe)
        }
        position = probe
        return true
    }

    /// Skips past the next `string` (a comment's end); throws when there is none. The search is
    /// swift-mustache's `read(untilString:)`: after a partial match it starts again at the next
    /// character, so `%%>` holds no `%>` for it, and none for this parser either.
    private mutating func skip(past pattern: [Unit]) throws(MustacheParseFailure) {
        guard !pattern.isEmpty else { return }
        var probe = position
        var matched = 0
        while probe < text.endIndex {
            if text[probe] == pattern[matched] {
                matched += 1
                if matched == pattern.count {
                    position = text.index(after: probe)
                    return
                }
            } else {
                matched = 0
            }
            probe = text.index(after: probe)
        }
        throw .malformed
    }
}

/// The characters of a name, as ASCII tables (a set of Characters hashes every character
/// looked up; every template of a set is parsed whenever a command loads it).
private enum MustacheNameCharacters {
    static let plainName = ASCIISet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    static let name = ASCIISet(plainName, adding: "()")
    static let partialName = ASCIISet(name, adding: "/")
}

/// A set of ASCII characters: no other character is in it (`\r\n`, whose `asciiValue` is that
/// of `\n`, is not either).
private struct ASCIISet: Sendable {
    private var members = [Bool](repeating: false, count: 128)

    init(_ characters: String) {
        for byte in characters.utf8 where byte < 128 { members[Int(byte)] = true }
    }

    init(_ base: ASCIISet, adding characters: String) {
        members = base.members
        for byte in characters.utf8 where byte < 128 { members[Int(byte)] = true }
    }

    func contains<Unit: MustacheUnit>(_ unit: Unit) -> Bool {
        guard let value = unit.singleASCIIValue else { return false }
        return members[Int(value)]
    }
}
