import Foundation
import PlannerCore
import Testing

/// Random mutations of the shipped examples (lines deleted, duplicated or swapped, values
/// swapped between lines, truncation, random bytes) must never crash or hang the loader.
/// The seed is fixed, so a failure is reproducible; `PLAN_MUTATIONS=N` raises the count for a
/// long campaign and `PLAN_MUTATION_SEED=S` picks another sequence (see Docs/Robustness.md).
@Suite("Inventory: robustness")
struct InventoryRobustnessTests {
    typealias Support = InventoryTestSupport

    static let examples = [
        "school-44fz.yaml", "university-gis.yaml", "state-company-kii.yaml", "private-firm.yaml", "kz-state-body.yaml",
    ]

    static var count: Int {
        ProcessInfo.processInfo.environment["PLAN_MUTATIONS"].flatMap(Int.init) ?? 300
    }

    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["PLAN_MUTATION_SEED"].flatMap(UInt64.init) ?? 20_261_129
    }

    @Test func mutatedExamplesNeverCrashOrHang() throws {
        let catalog = try Support.shippedCatalog()
        let loader = InventoryLoader(catalog: catalog, asOf: Support.asOf)
        let originals = try Self.examples.map { name in
            try [UInt8](Data(contentsOf: Support.packageRoot.appendingPathComponent("Examples/\(name)")))
        }
        var random = SplitMix64(seed: Self.seed)
        let clock = ContinuousClock()
        var slowest = Duration.zero
        var invalid = 0
        let started = clock.now
        for iteration in 0..<Self.count {
            let original = originals[Int(random.next() % UInt64(originals.count))]
            let mutated = Mutator.mutate(original, rounds: 1 + Int(random.next() % 4), random: &random)
            let start = clock.now
            let result = loader.load(mutated, file: "mutant-\(iteration).yaml")
            let elapsed = clock.now - start
            slowest = max(slowest, elapsed)
            if case .failure(let error) = result {
                invalid += 1
                // Every refusal says why, at a place in the file.
                #expect(error.diagnostics.hasErrors, "mutant \(iteration): failure without an error")
            }
            if elapsed > .seconds(2) {
                Issue.record("mutant \(iteration) (seed \(Self.seed)) took \(elapsed)")
            }
        }
        let total = clock.now - started
        print(
            "robustness: \(Self.count) mutants, \(invalid) invalid, slowest \(slowest), total \(total), seed \(Self.seed)"
        )
        // Most mutants should be invalid; if none were, the mutator is not mutating.
        #expect(invalid > Self.count / 4)
    }
}

/// A small deterministic random source (SplitMix64), so the mutants are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mutations that resemble real mistakes (a line lost or doubled, values in the wrong place,
/// a file cut short) and some that do not (random bytes), applied to a file's bytes.
enum Mutator {
    static func mutate(_ bytes: [UInt8], rounds: Int, random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<rounds {
            switch random.next() % 8 {
            case 0: bytes = onLines(bytes) { lines in deleteLine(&lines, &random) }
            case 1: bytes = onLines(bytes) { lines in duplicateLine(&lines, &random) }
            case 2: bytes = onLines(bytes) { lines in swapLines(&lines, &random) }
            case 3: bytes = onLines(bytes) { lines in swapValues(&lines, &random) }
            case 4: bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count + 1))))
            case 5: overwriteBytes(&bytes, &random)
            case 6: insertBytes(&bytes, &random)
            default: bytes = onLines(bytes) { lines in reindentLine(&lines, &random) }
            }
        }
        return bytes
    }

    private static func onLines(_ bytes: [UInt8], _ change: (inout [[UInt8]]) -> Void) -> [UInt8] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { return bytes }
        change(&lines)
        return Array(lines.joined(separator: [0x0A]))
    }

    private static func index(_ count: Int, _ random: inout SplitMix64) -> Int {
        Int(random.next() % UInt64(max(count, 1)))
    }

    private static func deleteLine(_ lines: inout [[UInt8]], _ random: inout SplitMix64) {
        lines.remove(at: index(lines.count, &random))
    }

    private static func duplicateLine(_ lines: inout [[UInt8]], _ random: inout SplitMix64) {
        let i = index(lines.count, &random)
        lines.insert(lines[i], at: index(lines.count, &random))
    }

    private static func swapLines(_ lines: inout [[UInt8]], _ random: inout SplitMix64) {
        lines.swapAt(index(lines.count, &random), index(lines.count, &random))
    }

    /// Exchanges what follows `key:` on two lines: a date where a count belongs, a list
    /// where a name belongs.
    private static func swapValues(_ lines: inout [[UInt8]], _ random: inout SplitMix64) {
        let i = index(lines.count, &random)
        let j = index(lines.count, &random)
        guard let ci = lines[i].firstIndex(of: 0x3A), let cj = lines[j].firstIndex(of: 0x3A) else { return }
        let vi = Array(lines[i][(ci + 1)...])
        let vj = Array(lines[j][(cj + 1)...])
        lines[i] = Array(lines[i][...ci]) + vj
        lines[j] = Array(lines[j][...cj]) + vi
    }

    private static func reindentLine(_ lines: inout [[UInt8]], _ random: inout SplitMix64) {
        let i = index(lines.count, &random)
        let body = lines[i].drop { $0 == 0x20 }
        lines[i] = [UInt8](repeating: 0x20, count: Int(random.next() % 9)) + body
    }

    private static func overwriteBytes(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
        guard !bytes.isEmpty else { return }
        for _ in 0..<(1 + Int(random.next() % 4)) {
            bytes[index(bytes.count, &random)] = interestingByte(&random)
        }
    }

    private static func insertBytes(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
        let at = index(bytes.count + 1, &random)
        let inserted = (0..<(1 + Int(random.next() % 8))).map { _ in interestingByte(&random) }
        bytes.insert(contentsOf: inserted, at: min(at, bytes.count))
    }

    /// Bytes that mean something to YAML or UTF-8 more often than chance would pick them.
    private static func interestingByte(_ random: inout SplitMix64) -> UInt8 {
        let special: [UInt8] = Array("&*!|>'\"%@`{}[],:#-?\t\n ".utf8) + [0x00, 0x7F, 0x80, 0xC0, 0xD0, 0xE2, 0xFF]
        return random.next() % 2 == 0
            ? special[index(special.count, &random)] : UInt8(truncatingIfNeeded: random.next())
    }
}
