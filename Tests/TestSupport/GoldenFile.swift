import Foundation
import Testing

/// The golden plans in `Golden/`: compared byte for byte, re-recorded with
/// `PLAN_RECORD_GOLDEN=1 swift test --filter Golden`.
public enum GoldenFile {
    /// True when re-recording (`PLAN_RECORD_GOLDEN=1`).
    public static var recording: Bool { ProcessInfo.processInfo.environment["PLAN_RECORD_GOLDEN"] == "1" }

    /// Records `text` as `Golden/NAME` when recording; otherwise reports where it differs.
    public static func check(_ text: String, name: String) throws {
        let url = PackagePaths.goldenFolder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: PackagePaths.goldenFolder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name): record it with PLAN_RECORD_GOLDEN=1 swift test --filter Golden")
            return
        }
        if text != expected {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line =
                zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record(
                """
                \(name) differs from the rendered plan at line \(line + 1):
                golden:   \(line < want.count ? String(want[line]) : "<end>")
                rendered: \(line < got.count ? String(got[line]) : "<end>")
                If the change is intended: PLAN_RECORD_GOLDEN=1 swift test --filter Golden
                """)
        }
    }
}
