/// GitHub-flavoured Markdown table checks for tests.
public enum MarkdownTable {
    /// The number of cells of a table row: `|`-separated, a `|` after an odd number of
    /// backslashes being text, leading and trailing pipes not counted.
    public static func columnCount(_ row: String) -> Int {
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
    public static func tables(in document: String) -> [[String]] {
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
    public static func brokenRows(in document: String) -> [String] {
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
