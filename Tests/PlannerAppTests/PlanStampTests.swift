import Foundation
import PlannerRender
import TestSupport
import Testing

@testable import PlannerApp

/// The stamp reads lines byte by byte where that gives what reading Characters gives.
@Suite("Plan stamp: lines read by bytes")
struct PlanStampTests {
    /// Every line of the golden plans and drafts: read by bytes where possible (nearly
    /// always), and then to the same text as by Characters.
    @Test func goldenLinesNormalizeAsByCharacters() throws {
        let folder = PackagePaths.goldenFolder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        #expect(names.count >= 10)
        var lines = 0
        var quick = 0
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in KeepBlocks.lines(of: text) {
                lines += 1
                guard let fast = PlanStamp.quickNormalized(line) else { continue }
                quick += 1
                #expect(fast == PlanStamp.normalizedByCharacters(line), "\(name): \(line)")
            }
        }
        #expect(quick * 100 >= lines * 99, "\(quick) of \(lines) lines read by bytes")
    }

    /// Lines where bytes and Characters part: the quick reading declines, or agrees.
    @Test(arguments: [
        "- [x] Done\n", "- [X] Done  \t\r\n", "- [x] \u{301}mark\n", "text \u{301}\n", "\u{600} \n",
        "ends with a separator\u{2028}", "NEL\u{85}", "Договор № 5 «ВКС» \n", "- [x]\n", "- [ ] open\n",
        "x\u{200D} \n", "   \n", "", "\r\n", "ё\u{308}\n", "a\u{0B}\u{0C}\n",
    ])
    func awkwardLines(_ line: String) {
        if let fast = PlanStamp.quickNormalized(line) {
            #expect(fast == PlanStamp.normalizedByCharacters(line))
        }
    }

    @Test func quickReadingDeclinesWhereCharactersJoin() {
        #expect(PlanStamp.quickNormalized("- [x] \u{301}mark\n") == nil)
        #expect(PlanStamp.quickNormalized("\u{600} \n") == nil)
        #expect(PlanStamp.quickNormalized("line\u{2028}") == nil)
        #expect(PlanStamp.quickNormalized("- [x] Готово \n") == "- [ ] Готово")
    }
}
