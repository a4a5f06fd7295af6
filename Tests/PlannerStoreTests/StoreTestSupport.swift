import Foundation
import PlannerCore

@testable import PlannerStore

/// A folder under the system temp directory, removed when the test is done with it.
final class TemporaryFolder: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/plan-store-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    func file(_ name: String) -> String { path + "/" + name }

    deinit {
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Runs for the tests: one organization, a few products, facts and rules.
enum Sample {
    static func date(_ text: String) -> CalendarDate {
        guard case .success(let date) = CalendarDate.parse(text) else { fatalError("bad test date \(text)") }
        return date
    }

    static let registry = RuleRecord(ruleID: "RU-1236-REGISTRY", severity: .blocker, title: "Russian software register")
    static let localization = RuleRecord(
        ruleID: "RU-152-LOCALIZATION", severity: .blocker, title: "Personal data stored in Russia")

    static func trueconf(price: String = "420000", rank: Int = 1, total: Double = 86.3) -> ProductRecord {
        ProductRecord(
            productID: "trueconf", name: "TrueConf Server", category: "videoconferencing", status: .eligible,
            rank: rank, fit: 91.5, cost: 78, effort: 85, risk: 95, total: total,
            threeYearCost: (Double(price) ?? 0) * 3, currency: "RUB",
            facts: [
                FactRecord(key: "registries.ru_software", value: "listed"),
                FactRecord(key: "price.annual", value: price),
                FactRecord(key: "capability.transcription", value: "true"),
            ])
    }

    static func vkTeams(rank: Int = 2, total: Double = 80.1) -> ProductRecord {
        ProductRecord(
            productID: "vk-teams", name: "VK Teams", category: "videoconferencing", status: .conditional,
            rank: rank, fit: 85, cost: 70, effort: 80, risk: 90, total: total, threeYearCost: 900_000, currency: "RUB",
            facts: [FactRecord(key: "price.annual", value: "300000")])
    }

    static let zoom = ProductRecord(
        productID: "zoom", name: "Zoom Workplace", category: "videoconferencing", status: .excluded,
        blockers: [
            BlockerRecord(rule: "RU-1236-REGISTRY", message: "not in the Russian software register"),
            BlockerRecord(rule: "VENDOR-RESTRICTION", message: "the vendor stopped sales in Russia"),
        ],
        facts: [FactRecord(key: "vendor.country", value: "US")])

    static func run(
        organization: String = "gymnasium-5", asOf: String = "2026-01-15",
        command: RunRecord.Command = .generate, inventory: String = "0123456789abcdef",
        catalog: String = "fedcba9876543210", products: [ProductRecord]? = nil,
        rules: [RuleRecord] = [registry]
    ) -> RunRecord {
        RunRecord(
            organizationID: organization, organizationName: "МБОУ «Гимназия № 5»", inventoryFingerprint: inventory,
            catalogFingerprint: catalog, asOf: date(asOf), toolVersion: "0.1.0", command: command,
            products: products ?? [trueconf(), vkTeams(), zoom], rules: rules)
    }

    /// A run the size of a real one: 12 products with 30 facts and 2 blockers each, 10 rules.
    static func largeRun(organization: String = "gymnasium-5", number: Int = 0) -> RunRecord {
        let products = (0..<12).map { index in
            ProductRecord(
                productID: "product-\(index)", name: "Product \(index)", category: "videoconferencing",
                status: index < 8 ? .eligible : .excluded, rank: index < 8 ? index + 1 : nil,
                fit: 80, cost: 70, effort: 60, risk: 50, total: 65 + Double(index), threeYearCost: 1_000_000,
                currency: "RUB",
                blockers: index < 8
                    ? [] : [BlockerRecord(rule: "RULE-A", message: "a"), BlockerRecord(rule: "RULE-B", message: "b")],
                facts: (0..<30).map { FactRecord(key: "fact.\($0)", value: "value \($0) of run \(number)") })
        }
        let rules = (0..<10).map { RuleRecord(ruleID: "RULE-\($0)", severity: .blocker, title: "Rule \($0)") }
        return run(organization: organization, products: products, rules: rules)
    }
}

/// Collects values from several threads.
final class Collector<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Value] = []

    func append(_ value: Value) {
        lock.lock()
        items.append(value)
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

/// Runs `body` on `count` threads at once (real threads, so eight connections contend
/// even on a two-core machine), waits for all, and returns the wall time in seconds.
@discardableResult
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> Double {
    let group = DispatchGroup()
    let start = DispatchSemaphore(value: 0)
    for index in 0..<count {
        group.enter()
        Thread.detachNewThread {
            start.wait()
            body(index)
            group.leave()
        }
    }
    let clock = ContinuousClock()
    let began = clock.now
    for _ in 0..<count { start.signal() }
    group.wait()
    return seconds(clock.now - began)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
