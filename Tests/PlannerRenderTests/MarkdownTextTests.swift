import TestSupport
import Testing

@testable import PlannerRender

@Suite("Markdown escaping of inventory text")
struct MarkdownTextTests {
    @Test(
        "HTML and Markdown punctuation become inert",
        arguments: [
            ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
            ("A | B", "A \\| B"),
            ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
            ("**bold** _it_ `code`", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`"),
            ("AT&T &lt; &#60;", "AT&amp;T &amp;lt; &amp;#60;"),
            ("# heading", "\\# heading"),
            ("![img](x)", "!\\[img\\](x)"),
            ("~~strike~~ $x$", "\\~\\~strike\\~\\~ \\$x\\$"),
            ("back\\slash", "back\\\\slash"),
            ("<!-- /plan:keep notes -->", "&lt;!-- /plan:keep notes -->"),
            // Neither an autolink in brackets nor GitHub's bare-URL autolink (#16).
            ("<https://example.org>", "&lt;https\\://example.org>"),
            ("see www.example.org or a@example.org", "see www\\.example.org or a\u{200B}@example.org"),
            ("МБОУ «Гимназия № 5»", "МБОУ «Гимназия № 5»"),
        ])
    func escapes(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }

    @Test(
        "Text that cannot become markup stays as it is: no \\( \\) or &gt; where no link or tag can form",
        arguments: [
            "Национальный режим в закупках (постановление № 1875)", "meetings.max_participants >= 150",
            "a < b && c > d", "Tom & Jerry", "5 < 6", "deployment.on_premises", "имя_файла", "Сессия 1) и 2)",
            "AC/DC! 100 %", "C# 12",
        ])
    func untouched(input: String) {
        #expect(MarkdownText.escape(input) == input)
    }

    @Test("Line breaks, tabs and control characters never split a line")
    func singleLine() {
        #expect(MarkdownText.escape("line one\nline two\r\n\tthree\u{2028}four") == "line one line two three four")
        #expect(MarkdownText.escape("  a\u{0000}b\u{202E}c  ") == "abc")
        #expect(!MarkdownText.escape("x\n\n| a | b |\n").contains("\n"))
    }

    @Test(
        "Leading list, heading and quote markers are escaped",
        arguments: [
            ("- item", "\\- item"), ("+ item", "\\+ item"), ("1. first", "1\\. first"),
            ("12) twelfth", "12\\) twelfth"), ("=== ", "\\==="), ("2026 год", "2026 год"), ("# h", "\\# h"),
            ("> quote", "\\> quote"), ("---", "\\---"), ("-", "\\-"), ("8.5", "8.5"), ("-5 °C", "-5 °C"),
            ("#1 в рейтинге", "#1 в рейтинге"), ("2027. Итоги", "2027\\. Итоги"),
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
        #expect(MarkdownText.source("javascript:alert(1)") == "javascript:alert(1)")
        // Not a safe URL (a space): text, and GitHub must not autolink its first half either.
        #expect(MarkdownText.source("https://x.org/a b") == "https\\://x.org/a b")
    }

    /// The precomputed catalog texts are what escaping gives, and a text that only reads the
    /// same (another Unicode spelling) is escaped as it is written, not swapped for the catalog's.
    @Test("The catalog's escaped texts equal escaping, and another spelling of one keeps its bytes")
    func catalogTexts() throws {
        let catalog = RenderFixtures.catalog
        let texts = CatalogTexts(catalog: catalog)
        var samples: [String] = catalog.capabilities.map(\.name.ru) + catalog.products.map(\.name)
        for rule in catalog.rules {
            samples += [rule.title.ru, rule.summary?.ru ?? "", rule.citation.title]
            if let url = rule.citation.url { samples.append(url) }
        }
        #expect(samples.count > 100)
        for text in samples {
            #expect(texts.escape(text) == MarkdownText.escape(text), "\(text)")
            #expect(texts.source(text) == MarkdownText.source(text), "\(text)")
        }
        // «й» as «и» and a combining breve: equal as Strings, other bytes.
        let title = try #require(samples.first { $0.contains("й") })
        let decomposed = title.replacingOccurrences(of: "й", with: "и\u{306}")
        #expect(decomposed == title && Array(decomposed.utf8) != Array(title.utf8))
        #expect(Array(texts.escape(decomposed).utf8) == Array(MarkdownText.escape(decomposed).utf8))
        #expect(Array(texts.escape(decomposed).utf8) != Array(texts.escape(title).utf8))
    }
}
