import Foundation
import PlannerCore
import Testing

/// Hostile inputs are refused quickly and in bounded memory, with a clear message.
@Suite("Inventory: limits")
struct InventoryLimitsTests {
    typealias Support = InventoryTestSupport

    /// Runs `body` and returns how long it took.
    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
        let clock = ContinuousClock()
        var result: T?
        let elapsed = try clock.measure { result = try body() }
        guard let result else { preconditionFailure("measure ran the body") }
        return (result, elapsed)
    }

    static func messages(_ result: Result<Inventory, DiagnosticsError>) -> [String] {
        guard case .failure(let error) = result else { return [] }
        return error.diagnostics.map(\.description)
    }

    @Test func aThreeMebibyteFileIsRefusedUnreadAndFast() throws {
        let path = NSTemporaryDirectory() + "plan-limits-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let line = Array("# padding padding padding padding padding padding padding padding padding\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count < 3 << 20 { bytes += line }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (result, elapsed) = Self.timed { Support.loader.load(contentsOf: path) }
        #expect(
            Self.messages(result) == [
                "\(path):1:1: error: file is \(bytes.count) bytes; the limit is 1048576 bytes (1 MiB)"
            ])
        print("limits: a 3 MiB file refused in \(elapsed)")
        #expect(elapsed < .milliseconds(500), "took \(elapsed)")
    }

    @Test func theSameLimitAppliesToBytesInMemory() {
        let bytes = [UInt8](repeating: 0x20, count: (1 << 20) + 1)
        #expect(
            Self.messages(Support.loader.load(bytes, file: "big.yaml")) == [
                "big.yaml:1:1: error: file is 1048577 bytes; the limit is 1048576 bytes (1 MiB)"
            ])
    }

    @Test func aBillionLaughsFileIsRefusedFast() throws {
        let bytes = try [UInt8](Data(contentsOf: Support.fixture("bad/alias-bomb.yaml")))
        let (result, elapsed) = Self.timed { Support.loader.load(bytes, file: "bomb.yaml") }
        #expect(Self.messages(result).first?.contains("expands to more than 100000 values") == true)
        print("limits: billion laughs (\(bytes.count) bytes) refused in \(elapsed)")
        #expect(elapsed < .milliseconds(500), "took \(elapsed)")
    }

    @Test func aBombAtTheSizeLimitIsRefusedFast() {
        // Wider than the fixture: 30 aliases per level, padded close to the size limit.
        var text = "a0: &a0 [" + Array(repeating: "\"lol\"", count: 30).joined(separator: ", ") + "]\n"
        for level in 1..<12 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 30).joined(separator: ", ")
                + "]\n"
        }
        text += String(repeating: "# padding\n", count: 90_000)
        let (result, elapsed) = Self.timed { Support.load(text, file: "bomb.yaml") }
        #expect(!Self.messages(result).isEmpty)
        #expect(elapsed < .seconds(1), "took \(elapsed)")
    }

    @Test func nestingDeeperThan64LevelsIsRefused() {
        let deep = "schema: 1\nplan: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n"
        #expect(
            Self.messages(Support.load(deep, file: "deep.yaml")).first?.contains("nesting is deeper than 64 levels")
                == true)
        // Far deeper than libyaml's own limit: refused by the parser, not by a stack overflow.
        let deeper = String(repeating: "[", count: 200_000)
        let (result, elapsed) = Self.timed { Support.load(deeper, file: "deeper.yaml") }
        #expect(Self.messages(result) == ["deeper.yaml:1:1: error: YAML nesting is too deep"])
        #expect(elapsed < .seconds(1), "took \(elapsed)")
    }

    @Test func aHugeKeyOrValueIsReportedShortAndFast() {
        let long = String(repeating: "x", count: 300_000)
        let text =
            Support.minimal
            + "requirements:\n  must:\n    - \(long)\n  want:\n    ? \(long)\n    : 3\nplan:\n  ? \(long)\n  : 1\n"
        let (result, elapsed) = Self.timed { Support.load(text, file: "long.yaml") }
        let messages = Self.messages(result)
        #expect(messages.count == 3)
        #expect(messages.allSatisfy { $0.count < 300 }, "\(messages.map(\.count))")
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }

    @Test func anInventoryOfManyServicesWithinTheLimitLoads() throws {
        // A large but valid file: size alone does not make a file hostile.
        let service = "  - product: zoom\n    features_used: [chat, polls, recording.cloud]\n"
        let text = Support.minimal + String(repeating: service, count: 5_000)
        let (result, elapsed) = Self.timed { Support.load(text, file: "many.yaml") }
        #expect(try result.get().services.count == 5_001)
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }
}
