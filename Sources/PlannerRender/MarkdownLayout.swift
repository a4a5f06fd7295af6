/// The layout rules every rendered plan follows, so that its raw text reads the way GitHub,
/// GitLab and Wiki.js render it:
///
/// - trailing spaces go, runs of blank lines become one, no blank line at the start, one
///   newline at the end;
/// - a paragraph is one line: plain text lines that follow one another (which Markdown joins
///   into one paragraph anyway) are joined with a space, so a reader of the raw file sees the
///   paragraphs the renderer makes; a paragraph break is a blank line or a list;
/// - a table stands between blank lines: a line right after a table row would become a row
///   of the table, and a table right after a paragraph line may not start one.
///
/// - quotes inside quotes take the inner marks: «Филиал «Псковэнерго»» becomes
///   «Филиал „Псковэнерго“» (a name in guillemets put inside a template's guillemets).
///
/// Lines inside fenced code (the Mermaid chart) are left as they are.
public enum MarkdownLayout {
    /// What a line is, for the rules above.
    enum Kind: Equatable {
        case blank, plain, table, fence, other
    }

    /// The text laid out by the rules: over bytes when the text is ``SimpleText`` (a plan
    /// nearly always is; see `MarkdownLayout+Bytes.swift`), else over characters.
    public static func tidy(_ text: String) -> String {
        tidyBytes(text) ?? tidyCharacters(text)
    }

    /// The text laid out by the rules, character by character: exact for any text.
    static func tidyCharacters(_ text: String) -> String {
        var out: [String] = []
        var kinds: [Kind] = []
        var inFence = false
        var pendingBlank = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw
            while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
            let kind = self.kind(of: line, inFence: &inFence)
            if kind == .blank {
                pendingBlank = !out.isEmpty
                continue
            }
            if kind != .fence, line.contains("«") { line = Substring(nestQuotes(line)) }
            let previous = kinds.last
            if !pendingBlank, kind == .plain, previous == .plain {
                out[out.count - 1] += " " + line
                continue
            }
            if pendingBlank
                || (previous == .table && kind != .table)
                || (previous != nil && previous != .table && kind == .table)
            {
                out.append("")
                kinds.append(.blank)
            }
            pendingBlank = false
            out.append(String(line))
            kinds.append(kind)
        }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    /// Guillemets inside guillemets become „ and “ (the Russian rule for nested quotes).
    static func nestQuotes(_ line: Substring) -> String {
        var depth = 0
        var out = ""
        out.reserveCapacity(line.utf8.count)
        for character in line {
            switch character {
            case "«":
                out.append(depth > 0 ? "„" : "«")
                depth += 1
            case "»" where depth > 0:
                depth -= 1
                out.append(depth > 0 ? "“" : "»")
            default:
                out.append(character)
            }
        }
        return out
    }

    /// The kind of a line; a fence line opens or closes fenced code.
    static func kind(of line: Substring, inFence: inout Bool) -> Kind {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
            inFence.toggle()
            return .fence
        }
        if inFence { return .fence }
        if trimmed.isEmpty { return .blank }
        if line.count - trimmed.count >= 4 { return .other }
        if trimmed.hasPrefix("|") { return .table }
        guard let first = trimmed.first else { return .blank }
        if "#><".contains(first) { return .other }
        // A list item: a bullet or a number, then a space (or nothing).
        let rest = trimmed.dropFirst()
        if "-*+".contains(first), rest.isEmpty || rest.first == " " { return .other }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let after = trimmed.dropFirst(digits.count)
            if let mark = after.first, mark == "." || mark == ")",
                after.dropFirst().isEmpty || after.dropFirst().first == " "
            {
                return .other
            }
        }
        return .plain
    }
}
