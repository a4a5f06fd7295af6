import PlannerCore
import TestSupport
import Testing

@testable import PlannerRender

/// `MarkdownLayout.tidy` over bytes (`MarkdownLayout+Bytes.swift`) against the same rules over
/// characters: every example's raw rendered plan, hand-written corners, and many texts made of
/// the fragments the rules look at.
@Suite("Markdown layout over bytes")
struct MarkdownLayoutBytesTests {
    @Test("Every example's raw plan is laid out alike both ways", arguments: Language.allCases)
    func examples(_ language: Language) throws {
        let set = try TemplateSet.load(language: language).get()
        for name in ["school-44fz.yaml", "university-gis.yaml", "state-company-kii.yaml", "private-firm.yaml"] {
            let raw = try #require(set.render(try RenderFixtures.plan(RenderFixtures.example(name), language).document))
            #expect(raw.count > 1000)
            let bytes = try #require(MarkdownLayout.tidyBytes(raw), "\(name) is simple text")
            #expect(bytes == MarkdownLayout.tidyCharacters(raw), "\(name)")
        }
    }

    static let corners = [
        "", "\n", "\n\n\n", "a", "a\n", "  \n\t\na  \t\n\n\n\nb\t\n", "«Филиал «Псковэнерго»»\n",
        "«a «b «c» d» e» f»»\n", "» «a» »\n", "| a |\n|---|\nтекст\n| b |\n", "текст\n| a |\n",
        "```\n«a «b»»  \n\n\n```\n«a «b»»\n", "~~~\n  x\n~~~\nпосле\n", "    код\nтекст\n", "1. один\n2) два\n3.три\n",
        "1234567890. много цифр\n123456789. девять\n", "- a\n-b\n* c\n+ d\n+\n", "# h\n> q\n<div>\nплоский\nещё\n",
        "abc\n\n\n  \n\tdef\n ghi\n", "x  ", "   ```\ncode\n```", "a\n\n| t |\n\n\nb",
    ]

    @Test("Hand-written corners are laid out alike both ways")
    func corners() throws {
        for text in Self.corners {
            let bytes = try #require(MarkdownLayout.tidyBytes(text), "\(text.debugDescription)")
            #expect(bytes == MarkdownLayout.tidyCharacters(text), "\(text.debugDescription)")
        }
    }

    /// The fragments the rules look at: line ends, blanks, tables, fences, list marks, numbers,
    /// guillemets, indentation.
    static let fragments = [
        "\n", "\n", "\n\n", " ", "  ", "\t", "    ", "| ", " |", "```", "~~~", "- ", "* ", "+", "1. ", "12) ", "3.",
        "#", ">", "<", "«", "»", "«Имя»", "текст", "word", "№ 5", "—", "0", "a.b",
    ]

    @Test("Texts made of the rules' fragments are laid out alike both ways")
    func generated() throws {
        var generator = SeededGenerator(seed: 15)
        var compared = 0
        for _ in 0..<2000 {
            let count = Int.random(in: 1...40, using: &generator)
            let text = (0..<count).map { _ in Self.fragments.randomElement(using: &generator) ?? "" }.joined()
            let bytes = try #require(MarkdownLayout.tidyBytes(text))
            #expect(bytes == MarkdownLayout.tidyCharacters(text), "\(text.debugDescription)")
            compared += 1
        }
        #expect(compared == 2000)
    }

    @Test("Text that is not simple is laid out by characters")
    func notSimple() {
        #expect(MarkdownLayout.tidyBytes("a\r\nb\n") == nil)
        #expect(MarkdownLayout.tidyBytes("e\u{301}\n") == nil)
        #expect(MarkdownLayout.tidy("a \r\nb\n") == MarkdownLayout.tidyCharacters("a \r\nb\n"))
    }
}

/// A small deterministic generator (SplitMix64), so a failing text can be found again.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
