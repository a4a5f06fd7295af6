/// Parses the templates the set's own renderer compiles (see ``MustacheGrammar``, which
/// follows swift-mustache's parser): scalar by scalar when that gives the same template as
/// reading Characters (``ScalarTemplateText``), else Character by Character.
enum MustacheParser {
    typealias Failure = MustacheParseFailure

    /// Parses `text`.
    static func parse(_ text: String) throws(Failure) -> ParsedTemplate {
        if ScalarTemplateText.reads(text) {
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

/// When reading a template's scalars gives what reading its Characters gives. That holds when
/// every scalar is a Character of its own and equals an ASCII character only by being it:
/// then each comparison, each `isNewline` and `isWhitespace`, and each cut between two
/// positions is the same either way. The check admits ASCII without a carriage return (which
/// joins a following line feed) and blocks of letters, punctuation and symbols in which no
/// scalar joins its neighbours (no combining marks, joiners, variation selectors, Hangul or
/// regional indicators) and none is canonically the same as an ASCII one (as U+212A KELVIN
/// SIGN is `K`); any other text, every Windows-style one among them, is read by Characters.
enum ScalarTemplateText {
    /// True when `text` may be read scalar by scalar.
    static func reads(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(standsAlone)
    }

    /// True for a scalar that is always a Character of its own and no ASCII one's equivalent.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F: return scalar != "\r"
        case 0x00A0...0x024F,  // Latin-1 Supplement, Latin Extended-A and -B
            0x0370...0x037D, 0x037F...0x03FF,  // Greek but its question mark (`;`)
            0x0400...0x0482, 0x048A...0x052F,  // Cyrillic without its combining marks
            0x1D00...0x1D7F,  // Phonetic Extensions (subscript letters)
            0x2010...0x2027, 0x202F...0x205E,  // General Punctuation without format characters
            0x20A0...0x20C0,  // Currency Symbols
            0x2100...0x2129, 0x212B...0x214F,  // Letterlike Symbols but the Kelvin sign
            0x2190...0x23FF,  // Arrows, Mathematical Operators, Miscellaneous Technical
            0x2500...0x27BF:  // Box Drawing to Dingbats
            return true
        default:
            return false
        }
    }
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
