import PlannerCore

/// ANSI styles for the comparison and explanation, or none when colour is off.
struct ComparisonStyle {
    var enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "31") }

    func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The line with the status cell at a character offset coloured: green, yellow or red.
    func colourStatus(_ line: String, at offset: Int, length: Int, status: OptionAssessment.Status) -> String {
        guard enabled, line.count >= offset + length else { return line }
        let code: String
        switch status {
        case .eligible: code = "32"
        case .conditional: code = "33"
        case .excluded: code = "31"
        }
        let start = line.index(line.startIndex, offsetBy: offset)
        let end = line.index(start, offsetBy: length)
        return String(line[..<start]) + wrap(String(line[start..<end]), code) + String(line[end...])
    }
}

/// Text helpers of the comparison and explanation renderers.
enum ComparisonText {
    /// Word-wrapped lines of at most `width` characters (``TextWrap/lines(_:width:indent:hanging:lead:)``).
    /// The text is made one line without control characters first, so nothing from a file can
    /// move the cursor.
    static func wrap(_ text: String, width: Int, indent: Int = 0, hanging: Int? = nil, lead: String = "") -> [String] {
        TextWrap.lines(MarkdownText.singleLine(text), width: width, indent: indent, hanging: hanging, lead: lead)
    }

    /// The number with exactly `decimals` decimals, half away from zero: "86.0".
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "—" }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = ((value * 1e9).rounded() / 1e9 * factor).rounded(.toNearestOrAwayFromZero)
        let magnitude = Int64(saturating: abs(scaled))
        var text = String(magnitude / Int64(factor))
        if decimals > 0 {
            let fraction = String(magnitude % Int64(factor))
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (scaled < 0 && magnitude != 0 ? "-" : "") + text
    }

    /// A signed figure: "+12.9", "-8.0", "0.0".
    static func signed(_ value: Double, _ decimals: Int = 1) -> String {
        let text = fixed(value, decimals)
        return value > 0 && text != fixed(0, decimals) ? "+" + text : text
    }

    /// The text padded with spaces on the left to `width` characters.
    static func leftPad(_ text: String, to width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// The offset in characters of the first occurrence of `word` in `line`.
    static func offset(of word: String, in line: String) -> Int? {
        let characters = Array(line)
        let target = Array(word)
        guard target.count <= characters.count else { return nil }
        for start in 0...(characters.count - target.count)
        where Array(characters[start..<start + target.count]) == target {
            return start
        }
        return nil
    }
}
