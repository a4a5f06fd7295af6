import Foundation
import Testing

/// One `plan compare --format json --as-of DATE` run of the built binary, read for the legal
/// keys the tests of issue #10 assert: the rules in force (`rules_in_force`) and, per option,
/// the rule ids in its blockers, conditions, warnings and `excluded_for`.
struct LawComparison {
    let json: [String: Any]

    /// Runs the binary on an inventory (a path from the package root) as of a date.
    init(_ runner: BinaryRunner, _ file: String, asOf date: String) throws {
        let run = try runner.run(["compare", file, "--format", "json", "--as-of", date, "--no-history"])
        #expect(run.exitCode == 0, "\(run)")
        json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// The entries of `rules_in_force`, by id.
    var rules: [String: [String: Any]] {
        let entries = json["rules_in_force"] as? [[String: Any]] ?? []
        return Dictionary(
            entries.compactMap { e in (e["id"] as? String).map { ($0, e) } }, uniquingKeysWith: { a, _ in a })
    }

    /// The ids of the rules in force.
    var ruleIDs: Set<String> { Set(rules.keys) }

    /// The option of a product.
    func option(_ product: String) -> [String: Any]? {
        (json["options"] as? [[String: Any]] ?? []).first { $0["product"] as? String == product }
    }

    /// The rule ids of one list of a product's option (`blockers`, `conditions`, `warnings`,
    /// `excluded_for`).
    func ids(_ product: String, _ list: String) -> [String] {
        (option(product)?[list] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    }

    /// Every rule id any option reports in any list.
    var checkedIDs: Set<String> {
        var all = Set<String>()
        for option in json["options"] as? [[String: Any]] ?? [] {
            for list in ["blockers", "conditions", "warnings", "excluded_for"] {
                for entry in option[list] as? [[String: Any]] ?? [] {
                    if let id = entry["rule"] as? String { all.insert(id) }
                }
            }
        }
        return all
    }

    /// Every id: the rules in force and every rule any option reports.
    var allIDs: Set<String> { ruleIDs.union(checkedIDs) }

    /// A string field of a rule in force.
    func rule(_ id: String, _ key: String) -> String? { rules[id]?[key] as? String }

    /// The citation of a rule in force: `(title, url)`.
    func citation(_ id: String) -> (title: String, url: String)? {
        guard let citation = rules[id]?["citation"] as? [String: Any] else { return nil }
        return (citation["title"] as? String ?? "", citation["url"] as? String ?? "")
    }

    /// The Russian advice of a rule in force.
    func adviceRU(_ id: String) -> String {
        (rules[id]?["advice"] as? [String: Any])?["ru"] as? String ?? ""
    }
}

/// The inventories of the legal tests.
enum LawFixtures {
    static func path(_ name: String) -> String { "Tests/planTests/Fixtures/law/\(name).yaml" }
    static func example(_ name: String) -> String { "Examples/\(name).yaml" }

    /// The official hosts a blocker's citation must be on (catalog `jurisdiction.official_sources`).
    static let officialHosts = [
        "publication.pravo.gov.ru", "pravo.gov.ru", "consultant.ru", "garant.ru", "adilet.zan.kz",
    ]

    /// True when the URL's host is an official source or a subdomain of one.
    static func isOfficial(_ url: String) -> Bool {
        guard let host = URL(string: url)?.host?.lowercased() else { return false }
        return officialHosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }
}
