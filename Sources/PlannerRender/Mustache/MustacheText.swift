import PlannerCore

/// Parses the templates the set's own renderer compiles (see ``MustacheGrammar``, which
/// follows swift-mustache's parser): scalar by scalar when that gives the same template as
/// reading Characters, else Character by Character. It does for ``PlannerCore/SimpleText``
/// (every scalar a Character of its own, equal to no other spelling): each comparison, each
/// `isNewline` and `isWhitespace`, and each cut between two positions is then the same either
/// way. Any other text, every Windows-style one among them, is read by Characters.
enum MustacheParser {
    typealias Failure = MustacheParseFailure

    /// Parses `text`.
    static func parse(_ text: String) throws(Failure) -> ParsedTemplate {
        if SimpleText.isSimple(text) {
            do {
                return ParsedTemplate(nodes: try MustacheGrammar.nodes(of: text.unicodeScalars))
            } catch .needsCharacters {
                // A set-delimiter tag chose delimiters only Characters compare rightly.
            } catch {
                throw error
            }
        }
        return ParsedTemplate(nodes: try MustacheGrammar.nodes(of: text))
    }

    /// Parses `text` Character by Character, as swift-mustache reads it (the tests compare both).
    static func parseByCharacters(_ text: String) throws(Failure) -> ParsedTemplate {
        ParsedTemplate(nodes: try MustacheGrammar.nodes(of: text))
    }
}

/// Why a template was not compiled.
enum MustacheParseFailure: Error, Equatable {
    /// A feature this parser leaves to swift-mustache.
    case unsupported
    /// A syntax error (swift-mustache reports it with its place).
    case malformed
    /// Read scalar by scalar, the text set delimiters that only Characters compare rightly.
    case needsCharacters
}

/// What the grammar steps through: a Character or a Unicode scalar.
protocol MustacheUnit: Equatable, ExpressibleByUnicodeScalarLiteral {
    /// As `Character.isNewline`.
    var isNewline: Bool { get }
    /// True for `\n` and (as a Character) `\r\n`, where a template's text stops.
    var isLineFeed: Bool { get }
    /// As `Character.isWhitespace`.
    var isWhitespace: Bool { get }
    /// True for an ASCII unit.
    var isASCII: Bool { get }
    /// The ASCII value of a unit of one ASCII scalar; nil otherwise (`\r\n` included).
    var singleASCIIValue: UInt8? { get }
    /// The unit as text.
    var string: String { get }
}

extension Character: MustacheUnit {
    var isLineFeed: Bool { self == "\n" || self == "\r\n" }
    var singleASCIIValue: UInt8? { utf8.count == 1 ? asciiValue : nil }
    var string: String { String(self) }
}

extension Unicode.Scalar: MustacheUnit {
    /// As `Character.isNewline` for a Character of this one scalar.
    var isNewline: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    var isLineFeed: Bool { self == "\n" }

    /// As `Character.isWhitespace` for a Character of this one scalar.
    var isWhitespace: Bool { properties.isWhitespace }
    var singleASCIIValue: UInt8? { isASCII ? UInt8(value) : nil }
    var string: String { String(Character(self)) }
}

/// A text the grammar reads: a `String` (by Characters) or its scalars.
protocol MustacheText: BidirectionalCollection where Element: MustacheUnit {
    /// True when any delimiter a set-delimiter tag chooses compares as swift-mustache's would.
    static var readsAnyDelimiter: Bool { get }
    /// A part of the text as a string.
    static func string(_ part: SubSequence) -> String
}

extension String: MustacheText {
    static var readsAnyDelimiter: Bool { true }
    static func string(_ part: Substring) -> String { String(part) }
}

extension String.UnicodeScalarView: MustacheText {
    static var readsAnyDelimiter: Bool { false }
    static func string(_ part: Substring.UnicodeScalarView) -> String { String(Substring(part)) }
}
