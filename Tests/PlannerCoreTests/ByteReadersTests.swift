import Testing

@testable import PlannerCore

/// The catalog's id and date checks read bytes; these tests hold them to the Character-based
/// rules they replaced (kept here as the reference), over texts where bytes and Characters
/// part: combining marks, CRLF, non-ASCII digits and letters, the Kelvin sign, empty parts.
@Suite("Ids and dates read by bytes")
struct ByteReadersTests {
    static let awkward: [String] = [
        "", ".", "..", "a", "a.b", "a..b", ".a", "a.", "a.b.", "deployment.on_premises", "recording.cloud",
        "interop.sip", "a_b", "_", "a-b", "-a", "a-", "mts-link", "1a", "a1", "9", "A", "aB", "a b", " a",
        "a\u{301}", "e\u{301}.b", "é", "a\r\nb", "a\n", "\r\n", "１", "٣", "\u{212A}", "ａ", "a\u{200D}b",
        "a.\u{301}", "a\u{0}", "я", "trueconf", "trueconf\u{301}", "x.y_z.9",
    ]

    static func referenceDottedID(_ text: String) -> Bool {
        !text.isEmpty
            && text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
                !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
            }
    }

    static func referenceSlug(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLowercase || first.isNumber else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    static func referenceDate(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        return (y, m, d)
    }

    @Test("Dotted ids and slugs: the same answer as the Character rules")
    func idsMatchTheCharacterRules() {
        var texts = Self.awkward
        // Every ASCII byte and a few others, alone, inside, first and last.
        for scalar in (0...0x7F).map({ Unicode.Scalar(UInt8($0)) }) + ["é", "\u{301}", "\u{212A}", "ß"] {
            texts += ["\(scalar)", "a\(scalar)b", "\(scalar)a", "a\(scalar)", "a.\(scalar)", "\(scalar).a"]
        }
        for text in texts {
            #expect(
                CatalogNames.isDottedID(text) == Self.referenceDottedID(text), "dotted id: \(text.debugDescription)")
            #expect(CatalogNames.isSlug(text) == Self.referenceSlug(text), "slug: \(text.debugDescription)")
        }
    }

    @Test("Dates: the same dates, and the same texts refused, as the Character rules")
    func datesMatchTheCharacterRules() {
        var texts =
            Self.awkward + [
                "2026-12-01", "2026-02-30", "2026-13-01", "0000-00-00", "2026-1-01", "2026-01-1", "26-01-01",
                "2026/01/01", "2026-01-01 ", " 2026-01-01", "2026-01-01\n", "2026-0１-01", "2026-01-0\u{301}1",
                "2026--01-01", "2026-01--01", "2026-01-01-", "+026-01-01", "-026-01-01", "2026-+1-01", "2024-02-29",
                "2025-02-29", "9999-12-31",
            ]
        for byte in (0...0x7F).map({ Character(Unicode.Scalar(UInt8($0))) }) {
            texts.append("2026-0\(byte)-01")
            texts.append("20\(byte)6-01-01")
        }
        for text in texts {
            let expected = Self.referenceDate(text).flatMap { CalendarDate(year: $0.0, month: $0.1, day: $0.2) }
            switch CalendarDate.parse(text) {
            case .success(let date): #expect(date == expected, "\(text.debugDescription)")
            case .failure(let error):
                #expect(expected == nil, "\(text.debugDescription)")
                // A text of the date's shape that is no calendar day is told apart from a wrong shape.
                #expect(error.isShape == (Self.referenceDate(text) == nil), "\(text.debugDescription)")
            }
        }
    }

    @Test("Byte search: the same answer as searching the UTF-8 view, at every position")
    func byteSearchMatchesTheUTF8View() {
        let needles = ["{value}", "{", "}", "a", "ab", "aab", "я", "\u{301}", "", "{value}{value}"]
        var texts = Self.awkward + ["{value}", "{valu", "x{value", "{{value}}", "не менее {value} участников", "aaab"]
        // The marker at every offset of a longer text, and cut short at the end.
        let long = "Количество участников: не менее "
        for cut in 0...long.utf8.count {
            texts.append(String(decoding: Array(long.utf8.prefix(cut)), as: UTF8.self) + "{value}")
        }
        texts.append(long + "{value")
        for text in texts {
            for needle in needles {
                let reference = needle.isEmpty || text.utf8.firstRange(of: needle.utf8) != nil
                #expect(text.containsBytes(needle) == reference, "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
    }
}
