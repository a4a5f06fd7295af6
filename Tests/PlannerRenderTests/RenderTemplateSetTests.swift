import Foundation
import PlannerCore
import PlannerResources
import TestSupport
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

    @Test("Shipped templates load per language when first needed, and write what eager sets write")
    func shippedLanguagesOnDemand() throws {
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let catalog = RenderFixtures.catalog
        let russianOnly = try PlanGenerator.load(catalog: catalog, asOf: RenderFixtures.asOf, languages: [.ru]).get()
        #expect(russianOnly.languages == [.ru])
        #expect(russianOnly.generate(inventory, language: .en) == nil, "no English templates asked for")
        let assessment = russianOnly.assessment(of: inventory)
        if case .failure(let failure) = russianOnly.render(inventory, assessment: assessment, language: .en) {
            #expect(failure == .noTemplates(.en))
        } else {
            Issue.record("an English plan from Russian templates only")
        }
        let both = try PlanGenerator.load(catalog: catalog, asOf: RenderFixtures.asOf, languages: [.en, .ru]).get()
        #expect(both.languages == [.ru, .en])
        for language in Language.allCases {
            let eager = PlanGenerator(
                catalog: catalog, asOf: RenderFixtures.asOf,
                templates: [try TemplateSet.load(language: language).get()])
            let lazy = try #require(both.generate(inventory, language: language))
            let expected = try #require(eager.generate(inventory, language: language))
            #expect(lazy.markdown == expected.markdown)
            #expect(lazy.documents.map(\.markdown) == expected.documents.map(\.markdown))
        }
    }

    @Test("A user template without the pragma is still rendered as text, not HTML")
    func pragmaAdded() throws {
        let folder = try TemporaryFolder()
        try folder.write("Organization: {{organization.name}} & co\n", to: "en/plan.mustache")
        let set = try TemplateSet.load(language: .en, userDirectory: folder.path).get()
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let generator = PlanGenerator(catalog: RenderFixtures.catalog, asOf: RenderFixtures.asOf, templates: [set])
        let markdown = try #require(generator.generate(inventory, language: .en)).markdown
        #expect(
            markdown
                == OwnerMarker.line(for: inventory.organization)
                + "Organization: МБОУ «Средняя общеобразовательная школа № 44» г. Вологды & co\n")
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
        let markdown = try #require(set.render(document))
        #expect(
            markdown.contains("- [ ] project-team: itStaff = 1; users = 186; sites = 2 <!-- task:project-team -->\n"))
        #expect(
            markdown.contains("- [ ] Size the servers") || markdown.contains("- [ ] Prepare the communication plan"))
        // A sentence's own line ends with its task id, the next item on a line of its own.
        #expect(markdown.contains(" <!-- task:announcement-plan -->\n- [ ] "))
    }
}
