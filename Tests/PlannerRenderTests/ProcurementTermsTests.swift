import Foundation
import PlannerCore
import PlannerResources
import TestSupport
import Testing

@testable import PlannerRender

/// The plan names its regime's drafts and the publication of the purchase in the regime's own
/// words (`procurement/<key>/terms`): a Kazakh state body's plan speaks of a technical
/// specification and the publication of the purchase, not of 44-FZ's description of the object
/// and notice; 44-FZ plans keep their words, 223-FZ plans take their drafts' own.
@Suite("Procurement terms")
struct ProcurementTermsTests {
    /// A plan's procurement section.
    static func procurementSection(_ example: String, _ language: Language) throws -> String {
        let markdown = try RenderFixtures.plan(try RenderFixtures.example(example), language).markdown
        let heading = language == .ru ? "## Закупка\n" : "## Procurement\n"
        let start = try #require(markdown.range(of: heading)).upperBound
        let rest = markdown[start...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    /// The title a shipped draft gives itself: its heading up to the colon.
    static func draftTitle(_ language: Language, _ folder: String, _ document: String) throws -> String {
        let path = "Templates/\(language.rawValue)/procurement/\(folder)/\(document).mustache"
        let file = try #require(EmbeddedResources.files(under: path).first)
        let heading = try #require(file.text.components(separatedBy: "\n").first { $0.hasPrefix("# ") })
        return String(heading.dropFirst(2).prefix { $0 != ":" })
    }

    @Test("Every shipped regime's terms give every key, in both languages", arguments: Language.allCases)
    func complete(language: Language) throws {
        let set = try TemplateSet.load(language: language).get()
        for key in ["fz44", "fz223", "kz106", "none", "default", "a-regime-of-ones-own"] {
            let terms = set.procurementTerms(regimeKey: key)
            for name in ProcurementTermsView.keys {
                let value = try #require(terms.data(for: name), "\(key).\(name)")
                guard case .text(let text) = value else {
                    Issue.record("\(key).\(name) is not text: \(value)")
                    continue
                }
                #expect(!text.isEmpty && !text.contains("{{") && !text.contains("\n"), "\(key).\(name): \(text)")
            }
        }
        // A regime without a folder of its own speaks as the default drafts do.
        let own = set.procurementTerms(regimeKey: "a-regime-of-ones-own")
        #expect(own.specification == set.procurementTerms(regimeKey: "default").specification)
    }

    @Test(
        "Where the drafts are the regime's own (Kazakhstan) or the default ones, the plan links them by their titles",
        arguments: Language.allCases)
    func draftTitles(language: Language) throws {
        let set = try TemplateSet.load(language: language).get()
        for (key, drafts) in [("kz106", "kz106"), ("fz223", "fz223"), ("default", "default"), ("none", "default")] {
            let terms = set.procurementTerms(regimeKey: key)
            #expect(terms.specification == (try Self.draftTitle(language, drafts, "specification")), "\(key)")
            #expect(terms.justification == (try Self.draftTitle(language, drafts, "price-justification")), "\(key)")
        }
    }

    @Test("The Kazakh state body's procurement section uses no 44-FZ term")
    func kazakh() throws {
        let ru = try Self.procurementSection("kz-state-body.yaml", .ru)
        #expect(ru.contains("- [Техническая спецификация](procurement/specification.md) — "))
        #expect(ru.contains("- [Расчёт цены закупки по коммерческим предложениям](procurement/price-justification.md)"))
        #expect(ru.contains("Называть его в технической спецификации не нужно: предмет закупки описывают"))
        #expect(ru.contains("**Проверить перед публикацией закупки:**"))
        #expect(ru.contains("- [ ] Техническая спецификация составлена по функциональным требованиям"))
        #expect(ru.contains("получены письменно и отражены в технической спецификации."))
        for term in ["извещ", "объект закупки", "объекта закупки", "начальн"] {
            #expect(!ru.contains(term), "\(term)")
        }
        let en = try Self.procurementSection("kz-state-body.yaml", .en)
        #expect(en.contains("- [Technical specification](procurement/specification.md): "))
        #expect(en.contains("**Check before the purchase is published:**"))
        for term in ["notice", "initial price", "object of the purchase"] {
            #expect(!en.contains(term), "\(term)")
        }
        // The risk register's mitigation, and the requests for commercial offers, too.
        let generated = try RenderFixtures.plan(try RenderFixtures.example("kz-state-body.yaml"), .ru)
        #expect(generated.markdown.contains("включить требования в техническую спецификацию"))
        #expect(!generated.markdown.contains("описание объекта закупки"))
        let request = try #require(generated.documents.first { $0.path == ProcurementFiles.request("trueconf") })
        #expect(request.markdown.contains("выбирает систему видеоконференцсвязи и изучает цены для закупки (Закон РК"))
        #expect(!request.markdown.contains("начальн"))
        // Russia's threat database is no source a Kazakh buyer works with: public ones instead.
        for document in generated.documents {
            #expect(!document.markdown.contains("ФСТЭК"), "\(document.path)")
        }
        let spec = try #require(generated.documents.first { $0.path == ProcurementFiles.specification })
        #expect(spec.markdown.contains("опубликованные на дату поставки в общедоступных базах уязвимостей (CVE)"))
    }

    @Test("A 44-FZ plan keeps its words")
    func fz44() throws {
        let ru = try Self.procurementSection("school-44fz.yaml", .ru)
        #expect(ru.contains("- [Описание объекта закупки](procurement/specification.md) — "))
        #expect(ru.contains("- [Обоснование начальной цены](procurement/price-justification.md) — "))
        #expect(ru.contains("Называть его в извещении не нужно: объект закупки описывают по требованиям"))
        #expect(ru.contains("**Проверить перед публикацией извещения:**"))
        #expect(ru.contains("- [ ] Описание объекта закупки составлено по функциональным требованиям"))
        #expect(ru.contains("отражены в описании объекта закупки."))
        let en = try Self.procurementSection("school-44fz.yaml", .en)
        #expect(en.contains("- [Description of the object of the purchase](procurement/specification.md): "))
        #expect(en.contains("**Check before publishing the notice:**"))
    }

    /// 223-FZ's drafts are a specification (техническое задание) and a justification of the
    /// contract's price: the plan names them so, and the notice is 223-FZ's word too.
    @Test("A 223-FZ plan names its drafts as they name themselves")
    func fz223() throws {
        let ru = try Self.procurementSection("state-company-kii.yaml", .ru)
        #expect(ru.contains("- [Техническое задание (описание предмета закупки)](procurement/specification.md) — "))
        #expect(
            ru.contains("- [Обоснование начальной (максимальной) цены договора](procurement/price-justification.md) — ")
        )
        #expect(ru.contains("Называть его в извещении не нужно: предмет закупки описывают по требованиям"))
        #expect(ru.contains("**Проверить перед публикацией извещения:**"))
        #expect(ru.contains("- [ ] Техническое задание составлено по функциональным требованиям"))
        #expect(!ru.contains("объекта закупки"))
        // A 223-FZ buyer signs a contract called «договор», in the timeline and in the drafts.
        let generated = try RenderFixtures.plan(try RenderFixtures.example("state-company-kii.yaml"), .ru)
        #expect(generated.markdown.contains("| договор заключён"))
        #expect(!generated.markdown.contains("контракт заключён"))
        let spec = try #require(generated.documents.first { $0.path == ProcurementFiles.specification })
        #expect(spec.markdown.contains("укажите срок в договоре."))
        let school = try RenderFixtures.plan(try RenderFixtures.example("school-44fz.yaml"), .ru)
        #expect(school.markdown.contains("| контракт заключён"))
        let schoolSpec = try #require(school.documents.first { $0.path == ProcurementFiles.specification })
        #expect(schoolSpec.markdown.contains("ФСТЭК России (bdu.fstec.ru)"))
        let en = try Self.procurementSection("state-company-kii.yaml", .en)
        #expect(en.contains("- [Specification (description of the purchase)](procurement/specification.md): "))
        #expect(en.contains("**Check before publishing the notice:**"))
        #expect(!en.contains("object of the purchase"))
    }
}
