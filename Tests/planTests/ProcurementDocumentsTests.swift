import Foundation
import Testing

/// The procurement documents as the built binary writes them (issue #13).
@Suite("plan generate writes procurement documents (end to end)")
struct ProcurementDocumentsTests {
    @Test func documentsBesideEachPlanInBothLanguages() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        for language in ["ru", "en"] {
            let plans = out.appendingPathComponent(language).path
            let output = try BinaryRunner().run(
                [
                    "generate", "--no-history", "--as-of", "2026-11-29", "--lang", language, "--out", plans,
                    "Examples/school-44fz.yaml", "Examples/private-firm.yaml",
                ])
            #expect(output.exitCode == 0 && output.stderr.isEmpty, "\(output)")
            #expect(
                output.stdoutLines == ["\(plans)/vologda-school-44/plan.md", "\(plans)/ooo-severstroyproekt/plan.md"])
            let school = "\(plans)/vologda-school-44/procurement"
            for name in [
                "specification.md", "price-justification.md", "price-requests/trueconf.md",
                "price-requests/iva.md", "price-requests/mts-link.md", "price-requests/kontur-talk.md",
            ] {
                #expect(FileManager.default.fileExists(atPath: "\(school)/\(name)"), "\(language) \(name)")
            }
            let spec = try String(contentsOfFile: "\(school)/specification.md", encoding: .utf8)
            for name in ["TrueConf", "Контур", "МТС Линк", "IVA", "Zoom", "Сферум"] {
                #expect(!spec.contains(name), "\(language): the specification names \(name)")
            }
            let firm = "\(plans)/ooo-severstroyproekt/procurement"
            #expect(!FileManager.default.fileExists(atPath: "\(firm)/specification.md"), "no procurement law")
            let requests = try FileManager.default.contentsOfDirectory(atPath: "\(firm)/price-requests")
            #expect(requests.count >= 3, "\(requests)")
            let plan = try String(contentsOfFile: "\(plans)/vologda-school-44/plan.md", encoding: .utf8)
            #expect(
                plan.contains("(procurement/specification.md)") && plan.contains("(procurement/price-justification.md)")
            )
        }
    }
}
