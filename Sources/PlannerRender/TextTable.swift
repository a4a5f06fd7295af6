/// A plain-text table for the terminal: columns padded to their widest cell, cells cut with
/// "…" so that the table fits a given width, the widest columns giving way first.
public struct TextTable: Sendable {
    /// Column headings.
    public var headers: [String]
    /// Rows; each has as many cells as there are headers (missing cells print empty).
    public var rows: [[String]]
    /// Columns cut only when cutting the others is not enough: the ids a user types next.
    public var keep: Set<Int>

    /// Creates a table.
    public init(headers: [String], rows: [[String]], keep: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.keep = keep
    }

    /// The table as lines, at most `width` columns wide, with a rule under the headers.
    public func render(width: Int = 100) -> String {
        let count = headers.count
        let cells = ([headers] + rows).map { row in
            (0..<count).map { index in index < row.count ? Self.oneLine(row[index]) : "" }
        }
        var widths = (0..<count).map { column in cells.map { $0[column].count }.max() ?? 0 }
        let gaps = 2 * max(0, count - 1)
        // The widest column gives way first, down to 6 characters, the kept ones last; only
        // when that is not enough (a very narrow width) do columns go below that.
        let others = widths.indices.filter { !keep.contains($0) }
        for (floor, columns) in [(6, others), (6, Array(widths.indices)), (1, Array(widths.indices))] {
            while widths.reduce(0, +) + gaps > width,
                let widest = columns.max(by: { widths[$0] < widths[$1] }), widths[widest] > floor
            {
                widths[widest] -= 1
            }
        }
        var lines: [String] = []
        for (index, row) in cells.enumerated() {
            lines.append(zip(row, widths).map { Self.fit($0, $1) }.joined(separator: "  ").trailingSpacesRemoved())
            if index == 0 {
                lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    static func fit(_ text: String, _ width: Int) -> String {
        if text.count <= width { return text + String(repeating: " ", count: width - text.count) }
        return String(text.prefix(max(0, width - 1))) + "…"
    }
}

extension String {
    func trailingSpacesRemoved() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
