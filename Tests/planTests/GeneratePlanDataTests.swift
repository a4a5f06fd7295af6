import Foundation
import Testing

/// `plan generate --json --tasks-csv` run as a user would (cli.md, Revision 2, "Plans as data").
@Suite("plan generate --json (end to end)")
struct GeneratePlanDataTests {
    static let asOf = ["--as-of", "2026-11-29"]

    @Test func plansAsDataBesideEachPlanForEveryExample() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let examples = ["school-44fz", "university-gis", "state-company-kii", "private-firm", "kz-state-body"]
        let output = try BinaryRunner().run(
            ["generate", "--no-history", "--json", "--tasks-csv"] + Self.asOf + ["--out", out.path]
                + examples.map { "Examples/\($0).yaml" })
        #expect(output.exitCode == 0 && output.stderr.isEmpty, "\(output)")
        for folder in try FileManager.default.contentsOfDirectory(atPath: out.path) {
            let base = out.appendingPathComponent(folder)
            let files = try FileManager.default.contentsOfDirectory(atPath: base.path)
            // Beside them, the procurement documents (issue #13).
            #expect(Set(files) == ["plan.md", "plan.json", "tasks.csv", "procurement"], "\(folder): \(files)")
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathComponent("plan.json")))
                    as? [String: Any])
            let tasks = try #require(json["tasks"] as? [[String: Any]])
            let services = try #require(json["services"] as? [[String: Any]])
            let cutover = try #require(json["cutover"] as? String)
            for service in services {
                let product = try #require(service["product"] as? String)
                for kind in ["old-service-notice", "old-service-export"] {
                    let task = try #require(tasks.first { $0["id"] as? String == "\(kind):\(product)" }, "\(kind)")
                    // ISO dates compare as text.
                    if let end = service["contract_end"] as? String, end < cutover {
                        #expect((task["due"] as? String ?? "9") <= end, "\(folder): \(kind) after \(end)")
                    }
                }
            }
            let plan = try String(contentsOf: base.appendingPathComponent("plan.md"), encoding: .utf8)
            for task in tasks {
                let id = try #require(task["id"] as? String)
                #expect(plan.contains("<!-- task:\(id) -->"), "\(folder): \(id) is not a line of plan.md")
            }
            let csv = try String(contentsOf: base.appendingPathComponent("tasks.csv"), encoding: .utf8)
            #expect(csv.components(separatedBy: "\r\n").count == tasks.count + 2, "\(folder): header, rows, end")
        }
    }
}
