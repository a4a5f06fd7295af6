import Foundation

/// Escaping for text that comes from an inventory (organization and site names, plan names,
/// quote notes, blackout reasons): whatever it holds, it ends up as one line of literal text
/// in a Markdown table cell, heading or list item, never as markup, HTML or a link, and never
/// as a `plan:keep` marker.
public enum MarkdownText {
    /// The text as inert, single-line Markdown, escaped only where Markdown or HTML could
    /// form, so it reads cleanly raw as well as rendered, wherever the template puts it (a
    /// table cell, the start of a list item, the middle of a sentence):
    ///
    /// - newlines, tabs and other line or paragraph separators become spaces; other control
    ///   characters and bidirectional overrides are dropped; runs of spaces collapse to one and
    ///   the ends are trimmed;
    /// - `|` gets a backslash (a table cell would end), and so do `` ` `` `*` `~` `$` `[` `]`
    ///   and the backslash (code, emphasis, strikethrough, math, links, images, a checkbox);
    ///   `_` only at the edge of a word (`max_participants` stays as it is, `_x_` does not);
    /// - `<` becomes `&lt;` only before a letter, `/`, `!` or `?` (where a tag, a comment that
    ///   could pass for a keep marker, or an autolink could start), `&` becomes `&amp;` only
    ///   before a letter or `#` (where an entity could start); `>`, `(`, `)` and a lone `<` or
    ///   `&` stay as they are (`>= 150`, `(постановление № 1875)`);
    /// - at the start, a list, heading or quote marker (`- `, `+ `, `# `, `>`, `1. `, `1) `, a
    ///   run of `-` or `=`) is escaped; `8.5` or `-5` is not.
    /// - nothing becomes a link by GitHub's autolinking either: the `:` of `://` and the `.` of
    ///   `www.` get a backslash (invisible once rendered), and an `@` after a letter gets a
    ///   zero-width space before it (an e-mail address is found after escapes are resolved).
    ///
    /// So `a | b` keeps a table's column count and `[x](javascript:…)` stays text.
    public static func escape(_ text: String) -> String {
        clean(text, escaping: true)
    }

    /// The text with every line break, tab and control character made harmless and spaces
    /// collapsed, without Markdown escaping (used for Mermaid labels).
    public static func singleLine(_ text: String) -> String {
        clean(text, escaping: false)
    }

    /// A label for a Mermaid `gantt` chart (a section or task name): letters, digits, spaces
    /// and `- . , ( ) / « » №` only; anything else (`:`, `#`, `;`, `%`, quotes, brackets,
    /// backticks) becomes a space, so the chart parses and no fence or directive can be closed
    /// or opened. Never empty: `fallback` stands in for a label with nothing left.
    public static func mermaidLabel(_ text: String, fallback: String = "-") -> String {
        var out = ""
        for scalar in singleLine(text).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || "-.,()/«»№ ".unicodeScalars.contains(scalar)
            {
                out.unicodeScalars.append(scalar)
            } else {
                out.unicodeScalars.append(" ")
            }
        }
        let label = singleLine(out)
        return label.isEmpty ? fallback : label
    }

    /// A URL for a Markdown link target `<…>`: only `http`, `https` and `mailto` links are made
    /// links; anything else (or a URL with spaces or angle brackets) is nil, to be shown as
    /// escaped text. Catalog sources are data from a pull request, not from an inventory, but a
    /// plan is still never the place for a `javascript:` link.
    public static func safeURL(_ text: String) -> String? {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:") else {
            return nil
        }
        let forbidden: Set<Unicode.Scalar> = ["<", ">", " ", "\"", "`", "\\", "|", "(", ")"]
        guard !text.unicodeScalars.contains(where: { forbidden.contains($0) || $0.value < 0x20 || $0.value == 0x7F })
        else {
            return nil
        }
        return text
    }

    /// A source reference as Markdown: a link when it is a safe URL; for a text that ends
    /// in one (`Labour Code, art. 112: https://…`), the escaped text and the link; escaped
    /// text otherwise.
    public static func source(_ text: String) -> String {
        if let url = safeURL(text) { return "<\(url)>" }
        for scheme in [" https://", " http://"] {
            if let range = text.range(of: scheme, options: .backwards) {
                let candidate = String(text[text.index(after: range.lowerBound)...])
                if let url = safeURL(candidate) {
                    return escape(String(text[..<range.lowerBound])) + " <\(url)>"
                }
            }
        }
        return escape(text)
    }

    // MARK: - Helpers

    /// One pass over the UTF-8 bytes: every character escaping touches is ASCII; other
    /// scalars are decoded only to find Unicode spaces and format characters.
    private static func clean(_ text: String, escaping: Bool) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var pendingSpace = false
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = !out.isEmpty
                        continue
                    }
                    if byte < 0x20 || byte == 0x7F { continue }
                    if pendingSpace {
                        out.append(0x20)
                        pendingSpace = false
                    }
                    guard escaping else {
                        out.append(byte)
                        continue
                    }
                    let next = index < count ? bytes[index] : 0x20
                    switch byte {
                    case UInt8(ascii: "<") where isLetter(next) || "/!?".utf8.contains(next):
                        out += Array("&lt;".utf8)
                    case UInt8(ascii: "&") where isLetter(next) || next == UInt8(ascii: "#"):
                        out += Array("&amp;".utf8)
                    case UInt8(ascii: "_") where !isWordByte(out.last) || !isWordByte(next):
                        out.append(UInt8(ascii: "\\"))
                        out.append(byte)
                    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"),
                        UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "$"):
                        out.append(UInt8(ascii: "\\"))
                        out.append(byte)
                    default:
                        out.append(byte)
                    }
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(count, index + length)
                var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                if index + 1 < end {
                    for next in (index + 1)..<end { value = value << 6 | UInt32(bytes[next] & 0x3F) }
                }
                if isSpace(value) {
                    pendingSpace = !out.isEmpty
                } else if !isDropped(value) {
                    if pendingSpace {
                        out.append(0x20)
                        pendingSpace = false
                    }
                    out.append(contentsOf: bytes[index..<end])
                }
                index = end
            }
            if escaping {
                escapeLeadingMarker(&out)
                out = breakAutolinks(out)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// U+200B ZERO WIDTH SPACE, in UTF-8: breaks an e-mail autolink without showing.
    private static let zeroWidthSpace: [UInt8] = [0xE2, 0x80, 0x8B]

    /// Makes escaped text safe from GitHub's autolinks (cmark-gfm's autolink extension): a
    /// `:` before `//` and the `.` of `www.` get a backslash unless they have one (cmark only
    /// links a `:` or a `www.` it reads as such), and an `@` after anything but a space gets a
    /// zero-width space before it (e-mail addresses are looked for in the text after escapes
    /// are resolved, from the characters before the `@`). Done on the output, so what was
    /// dropped or collapsed on the way cannot hide a URL.
    private static func breakAutolinks(_ text: [UInt8]) -> [UInt8] {
        let colon = UInt8(ascii: ":")
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        let at = UInt8(ascii: "@")
        guard text.contains(where: { $0 == colon || $0 == dot || $0 == at }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.count + 8)
        /// True when `out` ends in an odd run of backslashes: the next byte is escaped already.
        func escaped() -> Bool {
            var run = 0
            while run < out.count, out[out.count - 1 - run] == UInt8(ascii: "\\") { run += 1 }
            return run % 2 == 1
        }
        for (index, byte) in text.enumerated() {
            switch byte {
            case colon
            where index + 2 < text.count && text[index + 1] == slash && text[index + 2] == slash && !escaped():
                out.append(UInt8(ascii: "\\"))
            case dot where out.count >= 3 && out[(out.count - 3)...].elementsEqual("www".utf8) && !escaped():
                out.append(UInt8(ascii: "\\"))
            case at where !out.isEmpty && out[out.count - 1] != 0x20:
                out += zeroWidthSpace
            default: break
            }
            out.append(byte)
        }
        return out
    }

    /// Unicode spaces besides the ASCII ones: they become a plain space.
    private static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// C1 controls, bidirectional marks, embeddings, overrides and isolates (which can make a
    /// line read differently from what it holds), and the byte-order mark: dropped.
    private static func isDropped(_ value: UInt32) -> Bool {
        switch value {
        case 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Escapes what would make the text's line a list item, a heading, a quote, a rule or a
    /// setext underline if it began one (the text may begin a line or a list item): `-`, `+`
    /// or `#` before a space, `1.` or `1)` before a space, `>`, a run of `-` or `=`. `8.5`,
    /// `-5` and `#1` are left as they are.
    private static func escapeLeadingMarker(_ out: inout [UInt8]) {
        guard let first = out.first else { return }
        func spaceOrEnd(_ index: Int) -> Bool { index >= out.count || out[index] == 0x20 }
        let onlyMarks = out.allSatisfy { $0 == first || $0 == 0x20 }
        if first == UInt8(ascii: ">") || ("-+#".utf8.contains(first) && spaceOrEnd(1))
            || ((first == UInt8(ascii: "-") || first == UInt8(ascii: "=")) && onlyMarks)
        {
            out.insert(UInt8(ascii: "\\"), at: 0)
            return
        }
        var digits = 0
        while digits < out.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(out[digits]) { digits += 1 }
        if digits > 0, digits < out.count, out[digits] == UInt8(ascii: ".") || out[digits] == UInt8(ascii: ")"),
            spaceOrEnd(digits + 1)
        {
            out.insert(UInt8(ascii: "\\"), at: digits)
        }
    }

    /// An ASCII letter.
    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// A byte of a word: an ASCII letter or digit, or part of a non-ASCII character (in plans,
    /// a Cyrillic letter), so `_` between two of them is inside a word and makes no emphasis.
    private static func isWordByte(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= 0x80 || isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
