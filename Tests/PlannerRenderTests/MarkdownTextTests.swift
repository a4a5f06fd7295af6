import TestSupport
import Testing

@testable import PlannerRender

@Suite("Markdown escaping of inventory text")
struct MarkdownTextTests {
    @Test(
        "HTML and Markdown punctuation become inert",
        arguments: [
            ("<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"),
            ("A | B", "A \\| B"),
            ("[x](javascript:alert(1))", "\\[x\\]\\(javascript:alert\\(1\\)\\)"),
            ("**bold** _it_ `code`", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`"),
            ("Tom & Jerry", "Tom &amp; Jerry"),
            ("# heading", "\\# heading"),
            ("![img](x)", "\\!\\[img\\]\\(x\\)"),
            ("~~strike~~ $x$", "\\~\\~strike\\~\\~ \\$x\\$"),
            ("back\\slash", "back\\\\slash"),
            ("<!-- /plan:keep notes -->", "&lt;\\!-- /plan:keep notes --&gt;"),
            ("МБОУ «Гимназия № 5»", "МБОУ «Гимназия № 5»"),
        ])
    func escapes(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }

    @Test("Line breaks, tabs and control characters never split a line")
    func singleLine() {
        #expect(MarkdownText.escape("line one\nline two\r\n\tthree\u{2028}four") == "line one line two three four")
        #expect(MarkdownText.escape("  a\u{0000}b\u{202E}c  ") == "abc")
        #expect(!MarkdownText.escape("x\n\n| a | b |\n").contains("\n"))
    }

    @Test(
        "Leading list and heading markers are escaped",
        arguments: [
            ("- item", "\\- item"), ("+ item", "\\+ item"), ("1. first", "1\\. first"),
            ("12) twelfth", "12\\) twelfth"), ("=== ", "\\==="), ("2026 год", "2026 год"),
        ])
    func leadingMarkers(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }

    @Test("A table row keeps its column count whatever the cell holds")
    func tableColumns() {
        let hostile = ["a|b", "<b>|</b>", "x\n|y|", "\\|", "`|`", "[|](|)"]
        for text in hostile {
            let row = "| \(MarkdownText.escape(text)) | second |"
            #expect(MarkdownTable.columnCount(row) == 2, "\(text) → \(row)")
        }
    }

    @Test("Mermaid labels keep only safe characters")
    func mermaid() {
        #expect(MarkdownText.mermaidLabel("Волна 1: Главный корпус; #2 %%") == "Волна 1 Главный корпус 2")
        #expect(MarkdownText.mermaidLabel("```\n} click x call alert()") == "click x call alert()")
        #expect(MarkdownText.mermaidLabel(":::") == "-")
    }

    @Test("Only http, https and mailto sources become links")
    func urls() {
        #expect(MarkdownText.source("https://example.org/a?b=c") == "<https://example.org/a?b=c>")
        #expect(MarkdownText.source("javascript:alert(1)") == "javascript:alert\\(1\\)")
        // Not a safe URL (a space): text, and GitHub must not autolink its first half either.
        #expect(MarkdownText.source("https://x.org/a b") == "https\\://x.org/a b")
    }
}
