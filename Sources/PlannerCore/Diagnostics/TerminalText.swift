/// Text made safe to print on a terminal: what an inventory, a catalog or a history holds must
/// not move the cursor, retitle the window, ring the bell, hide or reorder what follows.
///
/// Control characters (C0 with tab and line breaks, DEL, C1: the ESC of a colour or OSC
/// sequence, BEL), bidirectional marks, embeddings, overrides and isolates, and the Unicode
/// line and paragraph separators are shown as `\u{1B}`, `\u{202E}` and so on: visible, so a
/// reader sees that the file holds them, and inert.
public enum TerminalText {
    /// The text with every unsafe scalar written out as `\u{XX}`.
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True for a scalar a terminal would act on or that would reorder the line.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
