import Foundation

/// Escaping for text that comes from an inventory (organization and site names, plan names,
/// quote notes, blackout reasons): whatever it holds, it ends up as one line of literal text
/// in a Markdown table cell, heading or list item, never as markup, HTML or a link, and never
/// as a `plan:keep` marker.
public enum MarkdownText {
    /// The text as inert, single-line Markdown.
    ///
    /// - newlines, tabs and other line or paragraph separators become spaces; other control
    ///   characters and bidirectional overrides are dropped; runs of spaces collapse to one and
    ///   the ends are trimmed;
    /// - `<`, `>` and `&` become `&lt;`, `&gt;` and `&amp;` (no HTML, no comment that could pass
    ///   for a keep marker, no entity);
    /// - the backslash and Markdown punctuation `` ` * _ [ ] ( ) # ! | ~ $ `` get a backslash
    ///   (no emphasis, code, link, image, table cell break, strikethrough or math);
    /// - a leading list or heading marker (`-`, `+`, `=`, `1.`, `1)`) is escaped.
    ///
    /// So `a | b` keeps a table's column count and `[x](javascript:…)` stays text.
    public static func escape(_ text: String) -> String {
        let line = singleLine(text)
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        for scalar in line.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "(", ")", "#", "!", "|", "~", "$":
                out.unicodeScalars.append("\\")
                out.unicodeScalars.append(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return escapeLeadingMarker(out)
    }

    /// The text with every line break, tab and control character made harmless and spaces
    /// collapsed, without Markdown escaping (used before escaping and for Mermaid labels).
    public static func singleLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if isDropped(scalar) { continue }
            if pendingSpace {
                out.unicodeScalars.append(" ")
                pendingSpace = false
            }
            out.unicodeScalars.append(scalar)
        }
        return out
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
        guard !text.unicodeScalars.contains(where: { forbidden.contains($0) || $0.value < 0x20 || $0.value == 0x7F }) else {
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

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Control characters, bidirectional embeddings, overrides and isolates (which can make a
    /// line read differently from what it holds), and the byte-order mark.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Escapes a list marker (`-`, `+`, `1.`, `1)`) or setext underline (`=`) at the start.
    private static func escapeLeadingMarker(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if first == "-" || first == "+" || first == "=" {
            return "\\" + text
        }
        if ("0"..."9").contains(first) {
            var digits = 0
            for scalar in text.unicodeScalars {
                if ("0"..."9").contains(scalar) {
                    digits += 1
                    continue
                }
                if scalar == "." || scalar == ")" {
                    let index = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: digits)
                    var scalars = text.unicodeScalars
                    scalars.insert("\\", at: index)
                    return String(scalars)
                }
                break
            }
        }
        return text
    }
}
