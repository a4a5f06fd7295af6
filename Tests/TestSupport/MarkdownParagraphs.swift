/// Checks that a document's raw text reads the way it renders (issue #12): a paragraph is one
/// line, a paragraph break is a blank line or a list, and no text follows a table row (it would
/// become a row of the table). Written apart from the renderer's own layout rules, so a test
/// does not grade the code with itself.
public enum MarkdownParagraphs {
    /// A line of plain paragraph text: not blank, not in fenced code, not a heading, list item,
    /// quote, table row or HTML comment.
    static func isText(_ line: Substring) -> Bool {
        guard let first = line.first, first != " " else { return false }
        if "#>|<".contains(first) { return false }
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return false }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return false }
        }
        return true
    }

    /// Each pair of lines that breaks a rule: two plain text lines in a row, or a line that is
    /// not a table row right after one, or a table right after text.
    public static func problems(in document: String) -> [String] {
        var problems: [String] = []
        var fenced = false
        var previous: Substring = ""
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                fenced.toggle()
                previous = ""
                continue
            }
            if fenced { continue }
            if isText(previous), isText(line) {
                problems.append("two text lines in a row:\n\(previous)\n\(line)")
            }
            if previous.hasPrefix("|"), !line.isEmpty, !line.hasPrefix("|") {
                problems.append("a line after a table row:\n\(previous)\n\(line)")
            }
            if line.hasPrefix("|"), !previous.isEmpty, !previous.hasPrefix("|") {
                problems.append("a table right after a line:\n\(previous)\n\(line)")
            }
            previous = line
        }
        return problems
    }
}
