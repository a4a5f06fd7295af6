import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerRender

/// `plan.json` and the tasks' CSV (cli.md, Revision 2, "Plans as data"): the contract's keys,
/// the old service's tasks and their due dates, plain text from the templates, ticks as `done`.
@Suite("Plan data")
struct PlanDataTests {
    static let examples = [
        "school-44fz.yaml", "university-gis.yaml", "state-company-kii.yaml", "private-firm.yaml", "kz-state-body.yaml",
    ]

    static func data(_ example: String, _ language: Language = .ru, done: Set<String> = []) throws -> (
        PlanData, GeneratedPlan
    ) {
        let generated = try RenderFixtures.plan(RenderFixtures.example(example), language)
        let data = try #require(RenderFixtures.generator.data(generated, done: done))
        return (data, generated)
    }

    /// The JSON's top-level object, parsed back.
    static func object(_ data: PlanData) throws -> [String: Any] {
        let parsed = try JSONSerialization.jsonObject(with: Data(data.json.serialized().utf8))
        return try #require(parsed as? [String: Any])
    }

    @Test("plan.json has the contract's keys, in both languages", arguments: examples)
    func keys(example: String) throws {
        for language in Language.allCases {
            let (data, generated) = try Self.data(example, language)
            let json = try Self.object(data)
            for key in [
                "organization", "as_of", "language", "recommendation", "deadline", "cutover", "services", "phases",
                "tasks", "risks", "costs",
            ] {
                #expect(json.keys.contains(key), "\(example) \(language): no \(key)")
            }
            #expect(json["language"] as? String == language.rawValue)
            let phases = try #require(json["phases"] as? [[String: Any]])
            #expect(phases.map { $0["id"] as? String } == generated.plan.phases.map(\.id))
            for phase in phases {
                #expect(Set(phase.keys) == ["id", "title", "start", "end", "working_days"])
                #expect((phase["title"] as? String)?.isEmpty == false)
            }
            let risks = try #require(json["risks"] as? [[String: Any]])
            #expect(risks.count == generated.plan.risks.count)
            for risk in risks { #expect(Set(risk.keys) == ["id", "title", "likelihood", "impact"]) }
            let tasks = try #require(json["tasks"] as? [[String: Any]])
            for task in tasks { #expect(Set(task.keys) == ["id", "phase", "text", "due", "done"]) }
            let recommendation = try #require(json["recommendation"] as? [String: Any])
            #expect(recommendation["product"] as? String == generated.plan.target?.id)
        }
    }

    @Test(
        "Each replaced service has its notice and export; a contract ending before the cut-over dates both by its end",
        arguments: examples)
    func oldServiceTasks(example: String) throws {
        let (data, generated) = try Self.data(example)
        let cutOver = try #require(generated.plan.cutOver)
        for service in generated.inventory.services {
            let notice = try #require(data.tasks.first { $0.id == "old-service-notice:\(service.product)" })
            let export = try #require(data.tasks.first { $0.id == "old-service-export:\(service.product)" })
            #expect(notice.phase == "preparation")
            guard let end = service.contractEnd, end < cutOver else { continue }
            #expect(notice.due <= end && export.due <= end, "\(example): \(notice.due), \(export.due) after \(end)")
            for kind in PlanVocabulary.oldServiceIDs {
                let task = try #require(data.tasks.first { $0.id == "\(kind):\(service.product)" })
                #expect(task.due <= end, "\(task.id) due \(task.due) after the contract ends \(end)")
            }
            // No task due after the contract's end names the service: nothing relies on it then.
            let name = try #require(RenderFixtures.catalog.product(service.product)).name
            for task in data.tasks where task.due > end {
                #expect(!task.text.contains(name), "\(task.id), due \(task.due), still needs \(name): \(task.text)")
            }
        }
    }

    @Test("Every task is a checklist line of plan.md with its id, once; its text is plain", arguments: examples)
    func tasksAreThePlansLines(example: String) throws {
        for language in Language.allCases {
            let (data, generated) = try Self.data(example, language)
            let ids = data.tasks.map(\.id)
            #expect(Set(ids).count == ids.count)
            let lines = generated.markdown.split(separator: "\n").filter { TaskMarkers.checkbox($0) != nil }
            let marked = lines.compactMap { TaskMarkers.id(in: $0) }
            #expect(ids == marked, "\(example) \(language)")
            let phases = Set(generated.plan.phases.map(\.id))
            for task in data.tasks {
                #expect(phases.contains(task.phase))
                #expect(!task.text.isEmpty && !task.text.hasPrefix("- ["), "\(task.id): \(task.text)")
                for mark in ["\\(", "\\|", "\\[", "&lt;", "&amp;", "**", "<!--"] {
                    #expect(!task.text.contains(mark), "\(task.id): \(mark) in \(task.text)")
                }
                let phase = try #require(generated.plan.phase(task.phase))
                // Due by its phase's end, unless a contract's end sets a date that falls between
                // phases (a university's summer pause): then it stays with the last phase before.
                let inGap = !generated.plan.phases.contains { $0.start <= task.due && task.due <= $0.end }
                #expect(task.due <= phase.end || task.phase == "preparation" || inGap, "\(task.id)")
            }
        }
    }

    @Test("done is the tick of plan.md; the data is deterministic")
    func done() throws {
        let (data, _) = try Self.data("school-44fz.yaml", done: ["old-service-notice:zoom", "procurement-44fz"])
        #expect(data.tasks.filter(\.done).map(\.id).sorted() == ["old-service-notice:zoom", "procurement-44fz"])
        let again = try Self.data("school-44fz.yaml", done: ["old-service-notice:zoom", "procurement-44fz"]).0
        #expect(again.json.serialized() == data.json.serialized())
        #expect(again.tasksCSV == data.tasksCSV)
    }

    @Test("The tasks' CSV: a header, one row a task, RFC 4180 quoting")
    func csv() throws {
        let (data, _) = try Self.data("university-gis.yaml", .en)
        let rows = data.tasksCSV.components(separatedBy: "\r\n").dropLast()
        #expect(rows.first == "id,phase,phase_title,due,done,text")
        #expect(rows.count == data.tasks.count + 1)
        #expect(PlanData.csvField("a, \"b\"") == "\"a, \"\"b\"\"\"")
        #expect(PlanData.csvField("plain") == "plain")
    }

    @Test("A hostile inventory gives valid data: JSON that parses, CSV rows that keep their columns")
    func hostile() throws {
        let inventory = try RenderFixtures.inventory(HostileInventory.yaml).get()
        for language in Language.allCases {
            let generated = try RenderFixtures.plan(inventory, language)
            let data = try #require(RenderFixtures.generator.data(generated, done: []))
            let json = try Self.object(data)
            #expect((json["tasks"] as? [Any])?.count == data.tasks.count)
            for task in data.tasks { #expect(TaskID.isValid(task.id) && !task.text.contains("\n"), "\(task.id)") }
            let rows = data.tasksCSV.components(separatedBy: "\r\n").dropLast()
            #expect(rows.count == data.tasks.count + 1)
        }
    }

    @Test("Plain text undoes only the plan's own marks")
    func plainText() {
        #expect(PlainText.from("- **A** \\| b \\[x\\] &lt;c> &amp; d `e`") == "- A | b [x] <c> & d e")
        #expect(
            PlainText.from("see <https://example.org/a> and [law](https://x.org)")
                == "see https://example.org/a and law (https://x.org)")
        #expect(PlainText.from("C:\\Users") == "C:\\Users")
    }
}
