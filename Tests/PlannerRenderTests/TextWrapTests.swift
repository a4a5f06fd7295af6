import Testing

@testable import PlannerRender

/// `TextWrap.lines` keeps lengths as it goes instead of counting each line again; it must
/// wrap every text as the counting version (kept here as the reference) did.
@Suite("Word wrapping")
struct TextWrapTests {
    static func reference(_ text: String, width: Int, indent: Int, hanging: Int?, lead: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let rest = hanging ?? indent
        var lines: [String] = []
        var line = String(repeating: " ", count: indent) + lead
        var lineHasWord = false
        for var word in words {
            while true {
                let available = width - line.count - (lineHasWord ? 1 : 0)
                if word.count <= available {
                    line += (lineHasWord ? " " : "") + word
                    lineHasWord = true
                    break
                }
                if lineHasWord {
                    lines.append(line)
                    line = String(repeating: " ", count: rest)
                    lineHasWord = false
                    continue
                }
                let room = max(1, width - line.count)
                line += String(word.prefix(room))
                word = String(word.dropFirst(room))
                lines.append(line)
                line = String(repeating: " ", count: rest)
                if word.isEmpty { break }
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }

    static let texts = [
        "", " ", "word", "two words", "  runs   of  spaces  ",
        "Рекомендуем перейти с Zoom на TrueConf Server (итоговая оценка 82,1 из 100).",
        "https://www.consultant.ru/document/cons_doc_LAW_61801/ is a long link that must be cut somewhere",
        "emoji 👩‍👩‍👧 and flags 🇷🇺 and e\u{301} and CRLF\r\nin a line",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z",
        "Х́ combining after a letter, and an NBSP\u{00A0}joined pair",
    ]

    @Test("Every text wraps as the counting version wrapped it")
    func wrapsAsTheReference() {
        for text in Self.texts {
            for width in [1, 2, 3, 5, 8, 13, 20, 40, 80] {
                for (indent, hanging, lead) in [(0, nil, ""), (2, 4, ""), (0, 3, "12,5 "), (4, nil, "→ ")]
                    as [(Int, Int?, String)]
                {
                    #expect(
                        TextWrap.lines(text, width: width, indent: indent, hanging: hanging, lead: lead)
                            == Self.reference(text, width: width, indent: indent, hanging: hanging, lead: lead),
                        "\(text.debugDescription) at \(width), indent \(indent), hanging \(String(describing: hanging))"
                    )
                }
            }
        }
    }
}
