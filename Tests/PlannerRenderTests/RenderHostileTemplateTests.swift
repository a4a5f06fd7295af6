import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerRender

/// What issue #16 (point 3) bounds in user templates: the scan that runs before swift-mustache
/// parses, partial cycles (static and dynamic), depth through partials, and the render budget;
/// and what still works inside those bounds.
@Suite("Hostile templates (issue #16)")
struct RenderHostileTemplateTests {
    /// Loads `files` (name → text) as a user template folder for English.
    static func load(_ files: [String: String]) throws -> Result<TemplateSet, DiagnosticsError> {
        let folder = try TemporaryFolder()
        for (name, text) in files { try folder.write(text, to: "en/\(name).mustache") }
        return TemplateSet.load(language: .en, userDirectory: folder.path)
    }

    static func errors(_ result: Result<TemplateSet, DiagnosticsError>) -> [String] {
        guard case .failure(let error) = result else { return [] }
        return error.diagnostics.map {
            "\(URL(fileURLWithPath: $0.location?.file ?? "").lastPathComponent):"
                + "\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message)"
        }
    }

    @Test("The scan follows changed delimiters and skips comments")
    func scan() {
        let scan = TemplateScan("{{! {{> hidden}} }}{{{raw}}}\n{{=<% %>=}}\n<%> partials/x%><%#a.b%>y<%/a.b%>")
        #expect(scan.inclusions.map(\.name) == ["partials/x"])
        #expect(scan.inclusions.first?.line == 3)
        #expect(scan.bodies.map(\.key) == ["b"])
        #expect(scan.depth == 1)
        #expect(TemplateSet.partialReferences(in: "{{=| |=}}|> a||> b|").map(\.name) == ["a", "b"])
        #expect(TemplateScan.key(of: "reversed(timeline.phases)") == "phases")
    }

    @Test("A partial cycle hidden behind changed delimiters is found")
    func cycleBehindDelimiters() throws {
        let errors = Self.errors(try Self.load(["plan": "{{=<% %>=}}\n<%> plan%>\n"]))
        #expect(
            errors == [
                "plan.mustache:2:1: template error: partials include each other in a cycle (plan → plan); a render "
                    + "would never end"
            ])
    }

    @Test("A dynamic partial may only read 'template'; one that reaches back to its caller is a cycle")
    func dynamicPartials() throws {
        let other = Self.errors(try Self.load(["plan": "{{>*organization.name}}\n"]))
        #expect(
            other.count == 1 && other[0].hasPrefix("plan.mustache:1:1: template error: a dynamic partial may only read")
        )
        // A checklist sentence that includes the checklist item, which includes any sentence.
        let loop = Self.errors(try Self.load(["checklist/project-team": "- [ ] {{> partials/checklist-item}}\n"]))
        #expect(loop.count == 1 && loop[0].contains("partials include each other in a cycle"), "\(loop)")
    }

    @Test("Depth through partials is bounded: a chain of 150 partials is refused")
    func deepChain() throws {
        var files: [String: String] = ["plan": "{{> partials/p0}}\n"]
        for index in 0..<150 { files["partials/p\(index)"] = index < 149 ? "{{> partials/p\(index + 1)}}" : "end" }
        let errors = Self.errors(try Self.load(files))
        #expect(
            errors.count == 1 && errors[0].contains("sections and partials nest 101 deep from here; the limit is 100"))
    }

    @Test("A delimiter longer than 8 characters is refused")
    func longDelimiter() throws {
        let errors = Self.errors(try Self.load(["plan": "{{=<<<<<<<<<<<< >>>>>>>>>>>>=}}\n"]))
        #expect(
            errors == [
                "plan.mustache:1:1: template error: a set-delimiter tag sets a delimiter longer than 8 characters"
            ])
    }

    @Test("Inside the bounds: list transforms, nested lists and the shipped plans render as before")
    func withinBounds() throws {
        let set = try Self.load([
            "plan": "{{#reversed(timeline.phases)}}{{id}};{{/reversed(timeline.phases)}}|{{count(timeline.phases)}}|"
                + "{{#timeline.phases}}{{#checklist}}.{{/checklist}}{{/timeline.phases}}\n"
        ]).get()
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let generator = PlanGenerator(catalog: RenderFixtures.catalog, asOf: RenderFixtures.asOf, templates: [set])
        let markdown = try #require(generator.generate(inventory, language: .en)).markdown
        let line = try #require(markdown.split(separator: "\n").last)
        let titles = line.prefix { $0 != "|" }.split(separator: ";")
        #expect(titles.count > 5)
        #expect(titles.last == "preparation", "\(line)")
        #expect(line.contains("|\(titles.count)|"))
        #expect(line.hasSuffix("......"))
    }

    @Test("The render budget stops a render that would pass the limit")
    func budget() throws {
        let set = try Self.load([
            "plan":
                "{{#timeline.phases}}{{#timeline.phases}}{{organization.name}}\n{{/timeline.phases}}{{/timeline.phases}}"
        ]).get()
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let generated = try RenderFixtures.plan(inventory, .en)
        let document = PlanDocument.build(
            inventory: inventory, assessment: generated.assessment, plan: generated.plan,
            catalog: RenderFixtures.catalog, language: .en, inventoryFile: inventory.file, coverage: set.coverage)
        guard let whole = set.render(document) else {
            Issue.record("the render within the default limit failed")
            return
        }
        let size = whole.utf8.count
        #expect(size > 1000, "\(size)")
        let small = set.render(document, limit: 1000)
        #expect(small == nil, "\(small?.utf8.count ?? -1)")
        let exact = set.render(document, limit: size)
        #expect(exact == whole, "\(exact?.utf8.count ?? -1)")
    }
}
