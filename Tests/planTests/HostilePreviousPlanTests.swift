import Foundation
import Testing

/// Issue #16, points 5–7, through the built binary: a previous `plan.md` that cannot be read
/// safely (a second block of one name, bytes that are not UTF-8, CR-only or U+2028 line
/// endings, near-miss markers) is refused at its line and column, left byte for byte as it
/// was, and the run exits 1. The files are in `Fixtures/hostile/previous-plans/`, each named
/// for its point.
@Suite("Hostile previous plans (end to end)")
struct HostilePreviousPlanTests {
    /// Each fixture with the line and column of its first problem and a word of the reason.
    static let cases: [(file: String, line: Int, column: Int, reason: String)] = [
        ("5-copied-block.md", 9, 1, "second keep block 'notes' (the first is on line 5)"),
        ("5-fenced-markers.md", 12, 1, "second keep block 'notes'"),
        ("6-windows-1251.md", 1, 3, "not UTF-8"),
        ("6-stray-byte.md", 6, 6, "not UTF-8"),
        ("6-utf16le.md", 1, 1, "UTF-16"),
        ("6-cr-only.md", 1, 16, "CR alone"),
        ("6-u2028.md", 6, 14, "line break"),
        ("7-tab.md", 5, 5, "a tab"),
        ("7-no-break-space.md", 5, 15, "U+A0"),
        ("7-capitals.md", 5, 1, "capital letters"),
        ("7-space-in-name.md", 5, 1, "has a space"),
        ("7-long-name.md", 5, 1, "65 characters long"),
    ]

    @Test(
        "5–7: a previous plan that cannot be read safely is refused at its place and left as it was", arguments: cases)
    func refused(file: String, line: Int, column: Int, reason: String) throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let folder = out.appendingPathComponent("vologda-school-44")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let plan = folder.appendingPathComponent("plan.md")
        let fixture = BinaryRunner.packageRoot.appendingPathComponent(
            "Tests/planTests/Fixtures/hostile/previous-plans/\(file)")
        let before = try Data(contentsOf: fixture)
        try before.write(to: plan)

        let output = try BinaryRunner().run(
            ["generate", "--no-history", "--out", out.path, "Examples/school-44fz.yaml", "--as-of", "2026-11-29"])
        #expect(output.exitCode == 1, "\(output)")
        let located = "\(plan.path):\(line):\(column): error: "
        #expect(output.stderrLines.contains { $0.hasPrefix(located) && $0.contains(reason) }, "\(output)")
        #expect(try Data(contentsOf: plan) == before, "the previous plan is left byte for byte")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.hasPrefix(".") }, "no temporary file is left: \(names)")
    }
}
