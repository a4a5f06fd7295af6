import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerRender

@Suite("Render view model")
struct RenderViewModelTests {
    /// Every stored property of every view-model type is answered by its key, so a template
    /// can read it; and every key is documented in Docs/Templates.md.
    @Test("Every stored property is a template key, and every key is documented")
    func keys() throws {
        var seen: [String: Set<String>] = [:]
        for name in [
            "school-44fz.yaml", "state-company-kii.yaml", "private-firm.yaml", "kz-state-body.yaml",
            "university-gis.yaml",
        ] {
            let inventory = try RenderFixtures.example(name)
            let assessment = assess(inventory, against: RenderFixtures.catalog, asOf: RenderFixtures.asOf)
            let plan = try RenderFixtures.plan(inventory).plan
            let document = PlanDocument.build(
                inventory: inventory, assessment: assessment, plan: plan,
                catalog: RenderFixtures.catalog, language: .ru,
                inventoryFile: inventory.file, coverage: .all)
            walk(document, seen: &seen)
        }
        // A plan with every kind of change since the last plan, so every ChangesView type is walked.
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let generated = try #require(
            RenderFixtures.generator.generate(
                inventory, assessment: RenderFixtures.generator.assessment(of: inventory), language: .ru,
                changes: ChangesFixtures.everyKindOfChange()))
        let document = PlanDocument.build(
            inventory: inventory, assessment: generated.assessment, plan: generated.plan,
            catalog: RenderFixtures.catalog, language: .ru, inventoryFile: inventory.file, coverage: .all,
            changes: ChangesFixtures.everyKindOfChange())
        walk(document, seen: &seen)
        // The regime's terms are the templates' own words: only a generated plan has them.
        walk(try #require(generated.document.procurement.terms), seen: &seen)
        for type in [
            "ChangesView", "LeaderChangeView", "RuleChangeView", "BlockerView", "StatusChangeView",
            "BlockerChangeView", "RankChangeView", "ScoreChangeView", "ScorePartChangeView", "CostChangeView",
            "FactChangeView", "FactValueView", "ProcurementTermsView",
        ] {
            #expect(seen[type] != nil, "\(type) was not walked")
        }
        #expect(seen.count >= 30, "\(seen.keys.sorted())")
        let docs = try String(
            contentsOf: RenderFixtures.packageRoot.appendingPathComponent("Docs/Templates.md"), encoding: .utf8)
        for (type, keys) in seen.sorted(by: { $0.key < $1.key }) {
            #expect(docs.contains("### \(type)"), "Docs/Templates.md has no section for \(type)")
            for key in keys.sorted() {
                #expect(docs.contains("`\(key)`"), "Docs/Templates.md does not list \(type).\(key)")
            }
        }
    }

    /// Walks a view model: each `TemplateObject`'s stored properties must answer `value(for:)`.
    private func walk(_ value: Any, seen: inout [String: Set<String>]) {
        if let list = value as? [Any] {
            for element in list { walk(element, seen: &seen) }
            return
        }
        guard let object = value as? any TemplateObject else { return }
        let mirror = Mirror(reflecting: object)
        let type = String(describing: Swift.type(of: object))
        if type.hasPrefix("Listed<") {
            walk(mirror.children.first { $0.label == "element" }!.value, seen: &seen)
            return
        }
        for child in mirror.children {
            guard let label = child.label else { continue }
            if type == "ParameterView" || type == "IDMatcher" { continue }
            let answer = object.data(for: label)
            #expect(answer != nil, "\(type) does not answer its property \(label)")
            seen[type, default: []].insert(label)
            let unwrapped: Any? =
                Mirror(reflecting: child.value).displayStyle == .optional
                ? Mirror(reflecting: child.value).children.first?.value : child.value
            if let unwrapped { walk(unwrapped, seen: &seen) }
        }
    }

    @Test("A known key without a value reads as null, not as a key further up the stack")
    func nullKeys() {
        let quote = QuoteView(product: "x", annual: nil, oneTime: nil, date: nil, note: nil)
        guard case .null? = quote.data(for: "note") else {
            Issue.record("a known key without a value is not null")
            return
        }
        #expect(quote.data(for: "nonexistent") == nil)
        #expect((quote.child(named: "note") as? TemplateValue)?.isNull == true)
    }

    @Test(
        "Formatting per language",
        arguments: [
            (Language.ru, "1\u{202F}234\u{202F}567\u{202F}₽", "29.04.2027", "29 апреля 2027 года", "12,5\u{202F}%"),
            // English groups digits with commas, not the Russian narrow space.
            (Language.en, "1,234,567\u{202F}RUB", "2027-04-29", "29 April 2027", "12.5%"),
        ])
    func formatting(language: Language, money: String, date: String, long: String, percent: String) {
        let format = PlanFormatter(language: language)
        let day = CalendarDate(year: 2027, month: 4, day: 29)!
        #expect(format.money(1_234_567, currency: "RUB") == money)
        #expect(format.date(day) == date)
        #expect(format.longDate(day) == long)
        #expect(format.percent(12.5, decimals: 1) == percent)
        #expect(format.number(0.05, decimals: 1) == (language == .ru ? "0,1" : "0.1"))
        #expect(format.integer(-1200) == (language == .ru ? "−1\u{202F}200" : "−1,200"))
    }

    @Test(
        "Russian plural categories",
        arguments: [
            (1, "one"), (2, "few"), (4, "few"), (5, "many"), (11, "many"), (12, "many"), (21, "one"), (22, "few"),
            (111, "many"), (0, "many"),
        ])
    func plural(value: Int, category: String) {
        #expect(ValueFactory.pluralCategory(value, .ru) == category)
    }

}
