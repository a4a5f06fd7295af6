import Foundation
import PlannerCore
import PlannerResources
import Testing

@testable import PlannerRender

@Suite("Template sets")
struct RenderTemplateSetTests {
    @Test("Every shipped template and partial starts with the text pragma")
    func pragma() {
        let files = EmbeddedResources.files(under: "Templates/").filter { $0.path.hasSuffix(".mustache") }
        #expect(files.count > 20)
        for file in files {
            #expect(file.text.hasPrefix(TemplateSet.textPragma + "\n"), "\(file.path)")
        }
    }

    @Test("Both languages ship the same templates", arguments: [Language.ru])
    func sameNames(_ language: Language) {
        #expect(TemplateSet.shippedNames(.ru) == TemplateSet.shippedNames(.en))
    }

    @Test(
        "The shipped templates have words for every checklist item, risk and mitigation of the planner",
        arguments: Language.allCases)
    func coverage(language: Language) throws {
        let set = try TemplateSet.load(language: language).get()
        for id in PlanVocabulary.allChecklistIDs {
            #expect(set.coverage.template(TemplateCoverage.checklistFolder, id) != nil, "checklist \(id)")
        }
        for kind in PlanVocabulary.riskKinds {
            #expect(set.coverage.template(TemplateCoverage.riskFolder, kind) != nil, "risk \(kind)")
        }
        for id in PlanVocabulary.mitigationIDs {
            #expect(set.coverage.template(TemplateCoverage.mitigationFolder, id) != nil, "mitigation \(id)")
        }
    }

    @Test("A user's template replaces the shipped one by name; the others stay")
    func userOverride() throws {
        let folder = try TemporaryFolder()
        try folder.write("{{% CONTENT_TYPE: TEXT}}\n## Notes of our own\n", to: "ru/partials/rollback.mustache")
        let set = try TemplateSet.load(language: .ru, userDirectory: folder.path).get()
        #expect(set.origins["partials/rollback"] == folder.file("ru/partials/rollback.mustache"))
        #expect(set.origins["plan"] == "Templates/ru/plan.mustache")
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let generator = PlanGenerator(catalog: RenderFixtures.catalog, asOf: RenderFixtures.asOf, templates: [set])
        let markdown = try #require(generator.generate(inventory)).markdown
        #expect(markdown.contains("## Notes of our own"))
        #expect(!markdown.contains("## Откат"))
        #expect(markdown.contains("## Источники"))
    }

    @Test("A user template without the pragma is still rendered as text, not HTML")
    func pragmaAdded() throws {
        let folder = try TemporaryFolder()
        try folder.write("Organization: {{organization.name}} & co\n", to: "en/plan.mustache")
        let set = try TemplateSet.load(language: .en, userDirectory: folder.path).get()
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let generator = PlanGenerator(catalog: RenderFixtures.catalog, asOf: RenderFixtures.asOf, templates: [set])
        let markdown = try #require(generator.generate(inventory, language: .en)).markdown
        #expect(markdown == "Organization: МБОУ «Средняя общеобразовательная школа № 44» г. Вологды & co\n")
    }

    @Test("A parse error names the template file, line and column")
    func parseError() throws {
        let folder = try TemporaryFolder()
        try folder.write("{{% CONTENT_TYPE: TEXT}}\n# Plan\n\n{{#ready}}\nunclosed\n", to: "ru/plan.mustache")
        guard case .failure(let error) = TemplateSet.load(language: .ru, userDirectory: folder.path) else {
            Issue.record("a broken template loaded")
            return
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location?.file == folder.file("ru/plan.mustache"))
        #expect(diagnostic.description.hasPrefix(folder.file("ru/plan.mustache") + ":"))
        #expect(diagnostic.description.contains(": error: template error: "))
    }

    @Test("A missing partial is an error, with a suggestion")
    func missingPartial() throws {
        let folder = try TemporaryFolder()
        try folder.write("{{% CONTENT_TYPE: TEXT}}\n{{> partials/sumary}}\n", to: "ru/plan.mustache")
        guard case .failure(let error) = TemplateSet.load(language: .ru, userDirectory: folder.path) else {
            Issue.record("a missing partial was accepted")
            return
        }
        #expect(
            error.description.contains(
                "\(folder.file("ru/plan.mustache")):2:1: error: template error: partial 'partials/sumary' does not exist; did you mean 'partials/summary'"
            ))
    }

    @Test("--templates must be a folder")
    func notAFolder() {
        guard case .failure(let error) = TemplateSet.load(language: .ru, userDirectory: "/nonexistent/templates") else {
            Issue.record("a missing folder was accepted")
            return
        }
        #expect(error.description.contains("--templates"))
    }

    @Test("An item without its template is printed by id, not dropped")
    func unknownItem() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "{{% CONTENT_TYPE: TEXT}}\n{{#timeline.phases}}{{#checklist}}{{> partials/checklist-item}}{{/checklist}}{{/timeline.phases}}",
            to: "en/plan.mustache")
        let set = try TemplateSet.load(language: .en, userDirectory: folder.path).get()
        let coverage = TemplateCoverage(names: set.coverage.names.subtracting(["checklist/project-team"]))
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let generated = try RenderFixtures.plan(inventory, .en)
        let document = PlanDocument.build(
            inventory: inventory, assessment: generated.assessment, plan: generated.plan,
            catalog: RenderFixtures.catalog, language: .en, inventoryFile: inventory.file,
            coverage: coverage)
        let markdown = set.render(document)
        #expect(markdown.contains("- [ ] project-team: itStaff = 1; users = 186; sites = 2\n"))
        #expect(
            markdown.contains("- [ ] Size the servers") || markdown.contains("- [ ] Prepare the communication plan"))
    }
}

@Suite("Template engine")
struct RenderTemplateEngineTests {
    @Test(
        "The plan engine renders every example as swift-mustache does, byte for byte",
        arguments: [
            "school-44fz.yaml", "state-company-kii.yaml", "university-gis.yaml", "private-firm.yaml",
            "kz-state-body.yaml",
        ])
    func sameAsSwiftMustache(name: String) throws {
        let inventory = try RenderFixtures.example(name)
        for language in Language.allCases {
            let set = try TemplateSet.load(language: language).get()
            let generated = try RenderFixtures.plan(inventory, language)
            let document = PlanDocument.build(
                inventory: inventory, assessment: generated.assessment, plan: generated.plan,
                catalog: RenderFixtures.catalog, language: language,
                inventoryFile: inventory.file, coverage: set.coverage)
            let ours = set.render(document)
            let reference = try set.renderWithMustache(document)
            if ours != reference {
                let a = ours.split(separator: "\n", omittingEmptySubsequences: false)
                let b = reference.split(separator: "\n", omittingEmptySubsequences: false)
                let line =
                    zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
                Issue.record(
                    "\(name) \(language) differs at line \(line + 1):\nours:      \(line < a.count ? String(a[line]) : "<end>")\nmustache:  \(line < b.count ? String(b[line]) : "<end>")"
                )
            }
        }
    }

    /// Small cases of the spec's whitespace rules and lookups.
    @Test(
        "Standalone lines, inverted sections, dotted names, partial indentation",
        arguments: [
            ("a\n{{#t}}\nx\n{{/t}}\nb\n", "a\nx\nb\n"),
            ("a\n  {{#f}}\nx\n  {{/f}}\nb", "a\nb"),
            ("{{^f}}no{{/f}}|{{#t}}yes{{/t}}", "no|yes"),
            ("{{! comment }}\n{{o.name}} {{o.missing}}!", "Ann !"),
            ("{{#o}}{{name}}-{{t}}{{/o}}", "Ann-true"),
            ("x\n  {{> p}}\ny", "x\n  line 1\n  line 2\ny"),
            ("{{#list}}{{name}}{{^isLast}}, {{/isLast}}{{/list}}", "a, b, c"),
            ("{{v}} {{v.long}} {{#v.one}}one{{/v.one}}{{^v.few}} not few{{/v.few}}", "1 one-long one not few"),
            ("a {{#t}}\r\nb\r\n{{/t}}\r\n", "a \r\nb\r\n"),
        ])
    func spec(template: String, expected: String) throws {
        let root = SpecRoot()
        let renderer = TemplateRenderer(templates: [
            "main": try TemplateParser.parse(template),
            "p": try TemplateParser.parse("line 1\nline 2\n"),
        ])
        #expect(renderer.render("main", root) == expected)
    }

    @Test(
        "Parse errors have positions",
        arguments: [
            ("ok\n{{#a}}x", 2, 1), ("{{/a}}", 1, 1), ("x {{#a}}{{/b}}", 1, 9), ("a\n  {{name", 2, 3),
            ("{{=<% %>=}}", 1, 1),
            ("{{first()}}", 1, 1),
        ])
    func errors(template: String, line: Int, column: Int) {
        do throws(TemplateParseError) {
            _ = try TemplateParser.parse(template)
            Issue.record("parsed: \(template)")
        } catch {
            #expect(error.line == line && error.column == column, "\(error)")
        }
    }
}

private struct SpecRoot: TemplateObject {
    struct Person: TemplateObject {
        var name: String
        func data(for key: String) -> TemplateData? { key == "name" ? .of(name) : nil }
    }

    func data(for key: String) -> TemplateData? {
        switch key {
        case "t": return .of(true)
        case "f": return .of(false)
        case "o": return .of(Person(name: "Ann"))
        case "list": return .of(Listed.list(["a", "b", "c"].map { Person(name: $0) }))
        case "v": return .of(TemplateValue("1", details: ["long": "one-long"], flags: ["one"]))
        default: return nil
        }
    }
}
