import TestSupport
import Testing

@testable import PlannerRender

/// The layout every plan gets after rendering (`MarkdownLayout.tidy`): raw text that reads the
/// way GitHub, GitLab and Wiki.js render it.
@Suite("Markdown layout")
struct MarkdownLayoutTests {
    @Test("Trailing spaces go, blank runs become one, one newline at the end")
    func spaces() {
        #expect(MarkdownLayout.tidy("\n\na  \n\n\n\nb\t\n") == "a\n\nb\n")
        #expect(MarkdownLayout.tidy("") == "")
    }

    @Test("Lines of one paragraph become one line; lists, headings and quotes are left as lines")
    func paragraphs() {
        let text = "## Кратко\n\nОдно.\nДва.\n\nТри.\n- пункт\n- пункт\nпродолжение\n> цитата\n1. первый\n"
        #expect(
            MarkdownLayout.tidy(text)
                == "## Кратко\n\nОдно. Два.\n\nТри.\n- пункт\n- пункт\nпродолжение\n> цитата\n1. первый\n")
        #expect(MarkdownParagraphs.problems(in: MarkdownLayout.tidy(text)).isEmpty)
        #expect(!MarkdownParagraphs.problems(in: text).isEmpty, "the check must see the raw text's problem")
    }

    @Test("A table stands between blank lines: nothing after a row becomes a row")
    func tables() {
        let text = "Текст перед таблицей.\n| a | b |\n| --- | --- |\n| 1 | 2 |\nТекст после.\n"
        #expect(
            MarkdownLayout.tidy(text)
                == "Текст перед таблицей.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nТекст после.\n")
        #expect(!MarkdownParagraphs.problems(in: text).isEmpty)
        #expect(MarkdownParagraphs.problems(in: MarkdownLayout.tidy(text)).isEmpty)
    }

    @Test("Fenced code is left as it is")
    func fences() {
        let text = "```mermaid\ngantt\n    section A\nline one\nline two\n```\n"
        #expect(MarkdownLayout.tidy(text) == text)
    }

    @Test("Quotes inside quotes take the inner marks")
    func nestedQuotes() {
        #expect(
            MarkdownLayout.tidy("на площадке «Филиал «Псковэнерго»» и «Офис»\n")
                == "на площадке «Филиал „Псковэнерго“» и «Офис»\n")
        #expect(MarkdownLayout.tidy("«а «б «в»» г»\n") == "«а „б „в““ г»\n")
        #expect(MarkdownLayout.tidy("лишняя » и «одна\n") == "лишняя » и «одна\n")
    }
}
