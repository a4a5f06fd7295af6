import Foundation
import Testing

/// `plan compare --format json` and `plan explain` say what rests on unknown facts (cli.md,
/// Revision 2): ranges, first year, the recommendation entry and ties, through the binary.
@Suite struct CompareHonestyTests {
    let plan: BinaryRunner
    init() throws { plan = try BinaryRunner() }

    func compare(_ file: String) throws -> [String: Any] {
        let run = try plan.run(["compare", file, "--format", "json", "--as-of", "2026-11-29", "--no-history"])
        #expect(run.exitCode == 0, "\(run)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test(arguments: CompareCommandTests.examples)
    func theRevision2KeysExistAndHold(_ example: String) throws {
        let json = try compare("Examples/\(example).yaml")
        let options = try #require(json["options"] as? [[String: Any]])
        var inUse: Set<String> = []
        for option in options {
            let product = try #require(option["product"] as? String)
            if option["in_use"] as? Bool == true { inUse.insert(product) }
            guard option["status"] as? String != "excluded" else { continue }
            let scores = try #require(option["scores"] as? [String: Any])
            let range = try #require(scores["range"] as? [String: Any])
            let (low, high, total) = try (
                #require(range["min"] as? Double), #require(range["max"] as? Double),
                #require(scores["total"] as? Double)
            )
            #expect(low <= total && total <= high, "\(example) \(product)")
            let cost = try #require(option["cost"] as? [String: Any])
            #expect(cost.keys.contains("first_year"))
            if let oneTime = cost["one_time"] as? Double, let annual = cost["annual"] as? Double {
                #expect(abs((cost["first_year"] as? Double ?? -1) - (oneTime + annual)) < 0.01)
            } else {
                #expect(cost["first_year"] is NSNull)
            }
        }
        let recommendations = try #require(json["recommendation"] as? [[String: Any]])
        #expect(!recommendations.isEmpty)
        for entry in recommendations {
            #expect(
                Array(entry.keys).sorted()
                    == [
                        "category", "contenders", "deciding_unknowns", "product", "runner_up", "stay", "tied_with",
                        "verdict",
                    ])
            let verdict = try #require(entry["verdict"] as? String)
            #expect(["clear", "open", "tie", "none"].contains(verdict))
            if let product = entry["product"] as? String { #expect(!inUse.contains(product), "\(example)") }
            if let stay = entry["stay"] as? String { #expect(inUse.contains(stay)) }
            let deciding = try #require(entry["deciding_unknowns"] as? [[String: Any]])
            let swings = deciding.compactMap { $0["swing"] as? Double }
            #expect(swings.count == deciding.count && swings == swings.sorted(by: >))
            #expect(deciding.allSatisfy { $0["product"] is String && $0["fact"] is String })
            if verdict == "clear" { #expect(deciding.isEmpty) }
        }
        for robustness in try #require(json["robustness"] as? [[String: Any]]) {
            let tie = try #require(robustness["tie"] as? Bool)
            if tie { #expect(robustness["robust"] as? Bool == false) }
        }
    }

    @Test func theSchoolsQuestionsStartWithTheLicencesAndKonturTalksDataLocation() throws {
        let json = try compare("Examples/school-44fz.yaml")
        let entry = try #require((json["recommendation"] as? [[String: Any]])?.first)
        #expect(entry["product"] as? String == "trueconf")
        #expect(entry["verdict"] as? String == "open")
        let deciding = try #require(entry["deciding_unknowns"] as? [[String: Any]])
        let firstTwo = deciding.prefix(2).map { "\($0["product"] ?? ""):\($0["fact"] ?? "")" }
        #expect(Set(firstTwo) == ["trueconf:licences", "kontur-talk:data_residency"], "\(firstTwo)")
    }

    @Test func explainShowsTheRangeAndHowEachUnknownMovesIt() throws {
        let run = try plan.run([
            "explain", "Examples/school-44fz.yaml", "kontur-talk", "--as-of", "2026-11-29", "--lang", "en",
        ])
        #expect(run.exitCode == 0)
        #expect(run.stdout.contains("What the unknown facts can do to the total"))
        #expect(run.stdout.contains("data_residency: 0.0 if against"))
        #expect(run.stdout.contains("verdict open: trueconf"))
    }
}
