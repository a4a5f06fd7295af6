import Foundation
import PlannerCore
import PlannerRender
import Testing

/// GitHub-flavoured Markdown table checks for tests.
enum MarkdownTable {
    /// The number of cells of a table row: `|`-separated, a `|` after an odd number of
    /// backslashes being text, leading and trailing pipes not counted.
    static func columnCount(_ row: String) -> Int {
        var cells = 1
        var backslashes = 0
        let trimmed = row.trimmingCharacters(in: .whitespaces)
        let scalars = Array(trimmed.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\\" {
                backslashes += 1
                continue
            }
            if scalar == "|", backslashes % 2 == 0, index != 0, index != scalars.count - 1 { cells += 1 }
            backslashes = 0
        }
        return cells
    }

    /// Every table of a document (outside fenced code) as its rows; each table's rows must all
    /// have the header's column count.
    static func tables(in document: String) -> [[String]] {
        var tables: [[String]] = []
        var current: [String] = []
        var fenced = false
        for line in document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") { fenced.toggle() }
            if !fenced, line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    /// Rows whose column count differs from their table's header, with the header.
    static func brokenRows(in document: String) -> [String] {
        var broken: [String] = []
        for table in tables(in: document) {
            guard let header = table.first else { continue }
            let count = columnCount(header)
            for row in table where columnCount(row) != count {
                broken.append("header \(count) columns: \(header)\nrow \(columnCount(row)) columns: \(row)")
            }
        }
        return broken
    }
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/plan-render-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ relative: String) -> String { path + "/" + relative }

    func write(_ text: String, to relative: String) throws {
        let full = file(relative)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: file(relative), encoding: .utf8)
    }
}

/// The shipped catalog, the examples and a generator, shared by the rendering tests.
enum RenderFixtures {
    /// The as-of date of every golden plan.
    static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder of the golden plans.
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    /// The shipped catalog as of `asOf`.
    static let catalog: Catalog = {
        switch CatalogLoader(asOf: asOf).load() {
        case .success(let catalog): return catalog
        case .failure(let error): fatalError("the shipped catalog does not load:\n\(error)")
        }
    }()

    /// A generator with the shipped templates of both languages.
    static let generator: PlanGenerator = {
        switch PlanGenerator.load(catalog: catalog, asOf: asOf, languages: Language.allCases) {
        case .success(let generator): return generator
        case .failure(let error): fatalError("the shipped templates do not load:\n\(error)")
        }
    }()

    /// An example inventory, loaded by its file name in `Examples/` (the path shown is
    /// `Examples/NAME`, as a user in the package root would give it).
    static func example(_ name: String) throws -> Inventory {
        let path = packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        return try InventoryLoader(catalog: catalog, asOf: asOf).load(bytes, file: "Examples/" + name).get()
    }

    /// An inventory from YAML text.
    static func inventory(_ yaml: String, file: String = "inventory.yaml") -> Result<Inventory, DiagnosticsError> {
        InventoryLoader(catalog: catalog, asOf: asOf).load(Array(yaml.utf8), file: file)
    }

    /// The plan of an inventory.
    static func plan(_ inventory: Inventory, _ language: Language? = nil) throws -> GeneratedPlan {
        guard let plan = generator.generate(inventory, language: language) else {
            throw TestFailure("no templates for the language")
        }
        return plan
    }
}

/// The golden plans in `Golden/`: compared byte for byte, re-recorded with
/// `PLAN_RECORD_GOLDEN=1 swift test --filter Golden`.
enum GoldenFile {
    static var recording: Bool { ProcessInfo.processInfo.environment["PLAN_RECORD_GOLDEN"] == "1" }

    /// Records `text` as `Golden/NAME` when recording; otherwise reports where it differs.
    static func check(_ text: String, name: String) throws {
        let url = RenderFixtures.goldenFolder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: RenderFixtures.goldenFolder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name): record it with PLAN_RECORD_GOLDEN=1 swift test --filter Golden")
            return
        }
        if text != expected {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line =
                zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record(
                """
                \(name) differs from the rendered plan at line \(line + 1):
                golden:   \(line < want.count ? String(want[line]) : "<end>")
                rendered: \(line < got.count ? String(got[line]) : "<end>")
                If the change is intended: PLAN_RECORD_GOLDEN=1 swift test --filter Golden
                """)
        }
    }
}

/// A failure with a message.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Checks of a Mermaid `gantt` block.
enum MermaidCheck {
    /// The problems of every `mermaid` block of a document (empty when each is a well-formed
    /// gantt chart: known directives, sections and task lines with valid dates, start before end).
    static func problems(in document: String) -> [String] {
        var problems: [String] = []
        var inBlock = false
        var blocks = 0
        var sawGantt = false
        for line in document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "```mermaid" {
                inBlock = true
                blocks += 1
                sawGantt = false
                continue
            }
            guard inBlock else { continue }
            if line == "```" {
                inBlock = false
                if !sawGantt { problems.append("a mermaid block without gantt") }
                continue
            }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text == "gantt" {
                sawGantt = true
                continue
            }
            if text.hasPrefix("dateFormat ") || text.hasPrefix("axisFormat ") || text.hasPrefix("title ") { continue }
            if text.hasPrefix("section ") {
                let name = text.dropFirst("section ".count)
                if name.isEmpty || name.contains(where: { ":#;".contains($0) }) {
                    problems.append("bad section: \(line)")
                }
                continue
            }
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                problems.append("not a task line: \(line)")
                continue
            }
            let label = parts[0].trimmingCharacters(in: .whitespaces)
            if label.isEmpty || label.contains(where: { "#;`%{}[]<>\"".contains($0) }) {
                problems.append("bad label: \(line)")
            }
            var meta = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let milestone = meta.first == "milestone"
            meta.removeAll { $0 == "crit" || $0 == "milestone" }
            guard meta.count == 3, meta[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
                case .success(let start) = CalendarDate.parse(meta[1])
            else {
                problems.append("bad task metadata: \(line)")
                continue
            }
            if milestone {
                if meta[2] != "0d" { problems.append("milestone without 0d: \(line)") }
            } else if case .success(let end) = CalendarDate.parse(meta[2]) {
                if !(start < end) { problems.append("task ends before it starts: \(line)") }
            } else {
                problems.append("bad end date: \(line)")
            }
        }
        if inBlock { problems.append("unclosed mermaid block") }
        if blocks == 0 { problems.append("no mermaid block") }
        return problems
    }
}
