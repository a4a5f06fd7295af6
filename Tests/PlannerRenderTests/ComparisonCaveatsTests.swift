import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerRender

/// `plan compare` says what the plan says of an option: a three-year cost that leaves
/// something out is marked as understated, and an option admitted on facts from secondary
/// sources is listed to check before buying, in the table, in Markdown and in JSON.
@Suite("Comparison: understated costs and secondary grounds")
struct ComparisonCaveatsTests {
    /// The school example: TrueConf's quote is short of licences and its register entry rests
    /// on a secondary source; IVA's quote is not in the inventory.
    static func school() throws -> Assessment {
        assess(
            try RenderFixtures.example("school-44fz.yaml"), against: RenderFixtures.catalog, asOf: RenderFixtures.asOf)
    }

    @Test("The example's premise: TrueConf's cost leaves licences out, and secondary facts admit it")
    func premise() throws {
        let trueconf = try #require(try Self.school().option("trueconf"))
        #expect(trueconf.costOmissions == [.licences])
        #expect(trueconf.secondaryGrounds.contains { $0.rule == "RU-1875-NATIONAL-REGIME" })
        #expect(try Self.school().options.contains { $0.eligible && $0.costOmissions.isEmpty })
    }

    @Test("The table marks the understated cost with ≥ and says what it leaves out", arguments: [Language.ru, .en])
    func table(_ language: Language) throws {
        let words: Words = language == .ru ? .russian : .english
        let text = ComparisonTable.render(try Self.school(), words: words, width: 200)
        let lines = text.split(separator: "\n").map(String.init)
        let row = try #require(lines.first { $0.contains(" trueconf ") })
        #expect(row.contains("≥ 928"))
        #expect(lines.filter { $0.contains("≥") }.count == 2, "the row and the legend")
        let mark = language == .ru ? "не хватает лицензий" : "short of licences"
        #expect(lines.contains { $0.hasPrefix("  trueconf: ") && $0.contains(mark) })
        let secondary = language == .ru ? "вторичных источников" : "secondary sources"
        let heading = try #require(lines.firstIndex { $0.contains(secondary) })
        // A check per line, with the products it admits on a relayed fact.
        let listed = lines[(heading + 1)...].prefix { !$0.isEmpty }
        // Each says what the relayed fact is, not only the predicate it meets.
        let listedIn = language == .ru ? "включён в реестр ru_software" : "listed in ru_software"
        let register = try #require(listed.first { $0.hasPrefix("  RU-1875-NATIONAL-REGIME — ") })
        #expect(register.contains(listedIn) && register.contains("trueconf"), "\(register)")
        #expect(listed.filter { $0.hasPrefix("  RU-149FZ-MESSENGERS") }.count == 1)
        // An option with nothing left out keeps its figure as it was.
        let mtsLink = try #require(lines.first { $0.contains(" mts-link ") })
        #expect(!mtsLink.contains("≥"))
    }

    @Test(
        "When a conditional option has the higher total, the table says status ranks first",
        arguments: [Language.ru, .en])
    func statusBeforeTotal(_ language: Language) throws {
        let words: Words = language == .ru ? .russian : .english
        let note =
            language == .ru ? "Подходящие стоят выше подходящих условно" : "Eligible options rank above conditional"
        // The school: TrueConf (eligible, 70.2) ranks above IVA (conditional, 84.1).
        #expect(ComparisonTable.render(try Self.school(), words: words, width: 200).contains(note))
        #expect(ComparisonMarkdown.render(try Self.school(), words: words).contains(note))
        // With only eligible options, nothing is outranked and nothing is said.
        let eligible = try Self.school().options.filter { $0.status == .eligible }
        #expect(!eligible.isEmpty && !ComparisonTable.outranked(eligible))
    }

    @Test("Markdown lists the understated cost and the secondary grounds with their sources")
    func markdown() throws {
        let text = ComparisonMarkdown.render(try Self.school(), words: .english)
        #expect(text.contains("| ≥ 928"))
        #expect(
            text.contains(
                "### Three-year cost understated (≥)\n\n- `trueconf`: the commercial offer is short of licences\n"))
        #expect(text.contains("### Eligible on secondary sources: check before buying\n\n- `trueconf`, "))
        let lines = text.split(separator: "\n")
        let register = try #require(lines.first { $0.contains(" — `RU-1875-NATIONAL-REGIME`: ") })
        #expect(register.hasPrefix("- `trueconf`, "))
        // A law's citation is the same for every product and is given; a capability's source
        // belongs to each product's fact, so a line for several products leaves it out.
        #expect(register.contains("Source: "))
        let sip = try #require(lines.first { $0.contains(" — `REQUIREMENT`: requires interop.sip") })
        #expect(sip.contains("`iva`, `kontur-talk`") && !sip.contains("Source: "))
    }

    @Test("JSON: cost.omits and secondary_grounds on every ranked option, absent from excluded ones")
    func json() throws {
        let json = ComparisonJSON.render(try Self.school(), words: .english)
        guard case .object(let root) = json, case .array(let options)? = root.first(where: { $0.0 == "options" })?.1
        else {
            Issue.record("no options")
            return
        }
        func field(_ value: JSONValue, _ key: String) -> JSONValue? {
            if case .object(let fields) = value { return fields.first { $0.0 == key }?.1 }
            return nil
        }
        let trueconf = try #require(options.first { field($0, "product") == .string("trueconf") })
        #expect(field(try #require(field(trueconf, "cost")), "omits") == .array([.string("licences")]))
        guard case .array(let grounds)? = field(trueconf, "secondary_grounds") else {
            Issue.record("no secondary_grounds")
            return
        }
        #expect(grounds.contains { field($0, "rule") == .string("RU-1875-NATIONAL-REGIME") })
        for option in options {
            let ranked = field(option, "eligible") == .bool(true)
            #expect((field(option, "secondary_grounds") != nil) == ranked)
            if ranked, field(option, "product") != .string("trueconf") {
                #expect(field(try #require(field(option, "cost")), "omits") == .array([]))
            }
        }
    }
}
