import Foundation
import PlannerCore

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
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: file(relative), encoding: .utf8)
    }
}
