import Foundation
import PlannerRender
import Testing

@testable import PlannerApp

/// Reading a previous plan's bytes and markers: what an editor may make of a file is read as
/// meant or refused at its place, never turned into U+FFFD or dropped.
@Suite("Previous plans: encodings and markers")
struct PlanTextTests {
    static func problems(_ bytes: [UInt8]) -> [PlanProblem] {
        guard case .failure(let failure) = PlanText.decode(bytes) else { return [] }
        return failure.problems
    }

    @Test("A UTF-8 byte-order mark and CRLF line endings are read as meant")
    func readAsMeant() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# План\r\n- [x] Готово\r\n".utf8)
        #expect(try PlanText.decode(bytes).get() == "# План\n- [x] Готово\n")
        #expect(try PlanText.decode(Array("«Заметки» — 5 %\n".utf8)).get() == "«Заметки» — 5 %\n")
    }

    @Test("Windows-1251 text is refused at its first byte that is not UTF-8")
    func windows1251() {
        // "# План\nЗаметки\n" with the second line in Windows-1251.
        let bytes = Array("# План\n".utf8) + [0xC7, 0xE0, 0xEC, 0xE5, 0xF2, 0xEA, 0xE8, 0x0A]
        let problems = Self.problems(bytes)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2 && problems.first?.column == 1)
        #expect(problems.first?.message.contains("not UTF-8") == true)
        // One stray byte in the middle of a line.
        let stray = Self.problems(Array("abc\nde".utf8) + [0xFF] + Array("f\n".utf8))
        #expect(stray.map { [$0.line, $0.column] } == [[2, 3]])
    }

    @Test("UTF-16, with or without a byte-order mark, is refused")
    func utf16() {
        let text = "# Plan\n"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            #expect(Self.problems(bytes).map(\.message) == ["the file is UTF-16 text: save it as UTF-8"])
        }
        let bare: [UInt8] = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let problems = Self.problems(bare)
        #expect(problems.map { [$0.line, $0.column] } == [[1, 2]])
        #expect(problems.first?.message.contains("NUL") == true)
    }

    @Test("CR-only line endings are refused at the first lone CR")
    func crOnly() {
        let problems = Self.problems(Array("# Plan\rline\r\nend\r".utf8))
        #expect(problems.map { [$0.line, $0.column] } == [[1, 7]])
        #expect(problems.first?.message.contains("CR alone") == true)
    }

    @Test(
        "Unicode line and paragraph separators are refused at their place",
        arguments: ["\u{2028}", "\u{2029}", "\u{85}"])
    func separators(separator: String) {
        let problems = Self.problems(Array("# Plan\nнота\(separator)next\n".utf8))
        #expect(problems.map { [$0.line, $0.column] } == [[2, 5]])
        #expect(problems.first?.message.contains("line break") == true)
    }

    @Test("Every kind of problem is reported at once, each at its first place")
    func allAtOnce() {
        let bytes = Array("a\rb\n".utf8) + [0xFF] + Array("\n\u{2028}\n".utf8)
        #expect(Self.problems(bytes).map { [$0.line, $0.column] } == [[1, 2], [2, 1], [3, 1]])
    }

    // MARK: - Markers

    static func markerProblems(_ document: String) -> [PlanProblem] {
        guard case .failure(let failure) = KeepBlocks.parse(document) else { return [] }
        return failure.problems
    }

    @Test("A second block of one name is refused at its opening marker")
    func duplicateNames() {
        let copied =
            "<!-- plan:keep notes -->\na\n<!-- /plan:keep notes -->\n<!-- plan:keep notes -->\nb\n<!-- /plan:keep notes -->\n"
        let problems = Self.markerProblems(copied)
        #expect(problems.map(\.line) == [4])
        #expect(problems.first?.message.contains("second keep block 'notes' (the first is on line 1)") == true)
        // Markers shown in a code block outside any block count too.
        let fenced =
            "<!-- plan:keep notes -->\n<!-- /plan:keep notes -->\n```\n<!-- plan:keep notes -->\n<!-- /plan:keep notes -->\n```\n"
        #expect(Self.markerProblems(fenced).map(\.line) == [4])
    }

    @Test(
        "Near-miss markers are refused with their line and a reason",
        arguments: [
            ("<!--\tplan:keep notes -->", 5, "a tab"),
            ("<!-- plan:keep\u{A0}notes -->", 15, "U+A0"),
            ("<!-- plan:keep Notes -->", 1, "capital letters"),
            ("<!-- plan:keep my notes -->", 1, "has a space"),
            ("<!-- plan:keep \(String(repeating: "n", count: 65)) -->", 1, "65 characters long"),
            ("<!-- PLAN:KEEP notes -->", 1, "spelled"),
            ("<!-- plan:keep notes ->", 1, "not closed"),
            ("<!-- plan:keep notes --> and text", 1, "text after the marker"),
            ("  <!-- /plan:keep  заметки -->", 1, "is not [a-z0-9]"),
        ])
    func nearMisses(line: String, column: Int, reason: String) {
        let document = "# Plan\n\(line)\nмоя заметка\n"
        let problems = Self.markerProblems(document)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.line == 2 && problems.first?.column == column, "\(problems)")
        #expect(problems.first?.message.contains(reason) == true, "\(problems)")
        #expect(problems.first?.message.contains("looks like a keep marker") == true)
    }

    @Test("Comments that are not markers, and markers quoted inside a line, are left alone")
    func notMarkers() throws {
        let document = """
            <!-- plan: the blocks below were kept from an earlier version -->
            Write `<!-- plan:keep notes -->` to keep text.
            <!-- task:project-team -->
            <!-- plan:stamp 1 0000000000000000 -->

            """
        #expect(try KeepBlocks.parse(document).get().isEmpty)
    }
}
