import PlannerCore
import PlannerResources
import Testing

@testable import PlannerRender

/// The parser reads a template scalar by scalar only where that gives what reading its
/// Characters (as swift-mustache does) gives.
@Suite struct MustacheParserTests {
    /// Every shipped template is read by scalars, but one with a combining mark (`x̄`), and to
    /// the same nodes as by Characters.
    @Test func shippedTemplatesReadTheSameByScalars() throws {
        let templates = EmbeddedResources.files(under: "Templates/").filter { $0.path.hasSuffix(".mustache") }
        #expect(templates.count > 400)
        for file in templates {
            let joins = file.text.count != file.text.unicodeScalars.count
            #expect(SimpleText.isSimple(file.text) == !joins, "\(file.path)")
            let byScalars = try MustacheParser.parse(file.text)
            let byCharacters = try MustacheParser.parseByCharacters(file.text)
            #expect(byScalars == byCharacters, "\(file.path)")
        }
    }

    /// Texts where a scalar is not a Character of its own, or equals an ASCII one, or a
    /// delimiter is not ASCII: the result is the Characters' one.
    @Test(arguments: [
        "a\r\n{{#s}}\r\n  x\r\n{{/s}}\r\nb",  // CRLF: one Character of two scalars
        "{{\u{301}name}} a\u{301}{{x}}",  // a combining mark after a delimiter and a letter
        "{{=\u{212A} K=}}\u{212A}name K",  // the Kelvin sign is K as a Character
        "{{=<\u{212B} \u{C5}>=}}<\u{212B}name\u{C5}>",  // non-ASCII delimiters, canonically equal
        "{{=« »=}}«name» {{x}} «#s»y«/s»",  // non-ASCII delimiters
        "\u{1F44D}\u{1F3FD} {{name}}\u{FE0F}",  // emoji with a modifier and a variation selector
        "x\u{2028}{{#s}}\u{2028}y{{/s}}\u{0085}z",  // line and paragraph separators, NEL
        " \u{A0}{{> part}}\n\u{3000}{{ name\u{A0}}}",  // non-ASCII spaces around names
    ])
    func readsLikeCharacters(_ text: String) {
        let expected = Result { () throws(MustacheParseFailure) in try MustacheParser.parseByCharacters(text) }
        let actual = Result { () throws(MustacheParseFailure) in try MustacheParser.parse(text) }
        #expect(actual == expected)
    }

    @Test func scalarReadingIsRefusedWhereCharactersDiffer() {
        #expect(!SimpleText.isSimple("a\r\nb"))
        #expect(!SimpleText.isSimple("e\u{301}"))
        #expect(!SimpleText.isSimple("\u{212A}"))
        #expect(!SimpleText.isSimple("\u{1F3FD}"))
        #expect(SimpleText.isSimple("Договор № 5 — «ВКС» ≥ 100 ₽ → x ± y\t\n"))
    }

    /// Delimiters set to non-ASCII text are compared as Characters, not as scalars.
    @Test func nonASCIIDelimitersFallBackToCharacters() throws {
        let text = "{{=« »=}}«name»"
        #expect(SimpleText.isSimple(text))
        #expect(throws: MustacheParseFailure.needsCharacters) {
            try MustacheGrammar.nodes(of: text.unicodeScalars)
        }
        #expect(try MustacheParser.parse(text) == MustacheParser.parseByCharacters(text))
    }
}
