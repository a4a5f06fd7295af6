/// Word wrapping for the terminal: every line of a report, a help text or a diagnostic fits
/// the width it is given (`ConsoleIO.layoutWidth`), so nothing depends on the terminal
/// folding a line in the middle of a word.
public enum TextWrap {
    /// Word-wrapped lines of at most `width` characters: the first starts with `indent`
    /// spaces and `lead` (kept as given, e.g. a right-aligned figure), the others with
    /// `hanging` spaces; a word longer than a line (a URL) is cut. Runs of spaces are kept
    /// inside a line and dropped where a line breaks; the text itself is not changed
    /// otherwise (callers clean it first when it comes from a file).
    public static func lines(
        _ text: String, width: Int, indent: Int = 0, hanging: Int? = nil, lead: String = ""
    ) -> [String] {
        // Lengths are counted once per word and kept per line: counting a line's Characters
        // again for every word made wrapping a table's cells a fifth of a compare.
        let rest = hanging ?? indent
        var lines: [String] = []
        var line = String(repeating: " ", count: indent) + lead
        var length = line.count
        var lineHasWord = false
        func newLine() {
            lines.append(line)
            line = String(repeating: " ", count: rest)
            length = rest
            lineHasWord = false
        }
        for piece in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(piece)
            var wordLength = word.count
            while true {
                let gap = lineHasWord ? 1 : 0
                if wordLength <= width - length - gap {
                    line += (lineHasWord ? " " : "") + word
                    length += gap + wordLength
                    lineHasWord = true
                    break
                }
                if lineHasWord {
                    newLine()
                    continue
                }
                let room = max(1, width - length)
                line += String(word.prefix(room))
                word = String(word.dropFirst(room))
                wordLength = max(0, wordLength - room)
                newLine()
                if word.isEmpty { break }
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Each line of `text` that is wider than `width` wrapped, continuing under its own
    /// indentation plus `hanging` more spaces; shorter lines as they are. For text laid out by
    /// someone else (ArgumentParser's usage line, an error message).
    public static func fold(_ text: String, width: Int, hanging: Int = 2) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            guard line.count > width else { return [String(line)] }
            let indent = line.prefix { $0 == " " }.count
            return lines(String(line), width: width, indent: indent, hanging: min(indent + hanging, width / 2))
        }.joined(separator: "\n")
    }
}
