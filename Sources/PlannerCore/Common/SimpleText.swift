/// Text that can be searched and laid out byte by byte with the same result as character by
/// character: every Unicode scalar in it is a whole character (an extended grapheme cluster)
/// on its own, and no scalar has another spelling that Swift's `Character` equality or
/// Foundation's search would take for the same text.
///
/// Plans are searched (product names in a specification) and laid out (``MarkdownLayout``)
/// for every document written; doing that over `Character`s costs more than rendering the
/// document. Over UTF-8 bytes it is exact only when characters and scalars coincide, so the
/// byte paths run when ``isSimple(_:)`` says so and the character paths otherwise (an
/// inventory written in Armenian, a combining accent, a carriage return).
///
/// The simple scalars: line feed, tab, printable ASCII, Latin (U+00A0–U+02FF without the soft
/// hyphen), the Greek letters (σ and Σ of the price statistics), Cyrillic without its
/// combining marks, the subscript letters (xᵢ), general punctuation up to U+205E without the
/// line and paragraph separators and the bidirectional controls (the narrow no-break space
/// that groups a Russian number's thousands is in), currency signs, letterlike symbols without the three that are another letter (Ω, K, Å),
/// arrows, mathematical operators and box drawing. None of them joins the scalar before or
/// after it into one character, none is a control but line feed and tab, and a string of
/// them is in Normalization Form C (so two such strings are equal as `Character`s exactly
/// when their bytes are equal).
public enum SimpleText {
    /// True when every scalar of `text` is simple.
    public static func isSimple(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isSimple($0) }
    }

    /// True when every scalar of the valid UTF-8 `bytes` is simple.
    public static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                guard lead == 0x0A || lead == 0x09 || (lead >= 0x20 && lead < 0x7F) else { return false }
                index += 1
                continue
            }
            var scalar: UInt32
            let length: Int
            if lead & 0xE0 == 0xC0 {
                scalar = UInt32(lead & 0x1F)
                length = 2
            } else if lead & 0xF0 == 0xE0 {
                scalar = UInt32(lead & 0x0F)
                length = 3
            } else {
                return false  // Four-byte scalars (emoji, historic scripts) are never simple.
            }
            guard index + length <= count else { return false }
            for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
            guard isSimple(scalar: scalar) else { return false }
            index += length
        }
        return true
    }

    /// `text.lowercased()`, quicker for simple text: the Latin, Cyrillic and Greek capitals of
    /// the simple scalars map by their fixed offsets, and what has no case is copied, without
    /// looking up each scalar's properties (the product-name search lowercases every
    /// specification). Other text is lowercased by Swift.
    public static func lowercased(_ text: String) -> String {
        guard isSimple(text) else { return text.lowercased() }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x391...0x3A1, 0x3A3...0x3A9, 0x410...0x42F:
                out.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
            case 0x400...0x40F:
                out.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x50) ?? scalar)
            case 0x00...0x40, 0x5B...0xBF, 0xD7, 0xDF...0xFF, 0x3B1...0x3C9, 0x430...0x45F, 0x2010...0x20C0,
                0x2190...0x257F:
                out.unicodeScalars.append(scalar)
            default:
                out += scalar.properties.lowercaseMapping
            }
        }
        return out
    }

    /// True for a simple scalar (see the type's documentation).
    public static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            ? scalar == "\n" || scalar == "\t" || (0x20..<0x7F).contains(scalar.value) : isSimple(scalar: scalar.value)
    }

    /// True for a simple scalar of two or three UTF-8 bytes (see the type's documentation).
    static func isSimple(scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0...0xAC, 0xAE...0x2FF: return true  // Latin-1 (no soft hyphen), Latin, IPA, modifiers
        case 0x391...0x3A1, 0x3A3...0x3A9, 0x3B1...0x3C9: return true  // Greek letters, no tonos or signs
        case 0x400...0x482, 0x48A...0x52F: return true  // Cyrillic without its combining marks
        case 0x1D62...0x1D6A: return true  // Subscript letters
        case 0x2010...0x2027, 0x202F, 0x2030...0x205E: return true  // General punctuation (no separators, no format)
        case 0x20A0...0x20C0: return true  // Currency signs (₽, ₸)
        case 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x214F: return true  // Letterlike (№, ™), not Ω K Å
        case 0x2190...0x22FF: return true  // Arrows, mathematical operators
        case 0x2500...0x257F: return true  // Box drawing
        default: return false
        }
    }

    /// The scalar that ends just before byte `end` of valid UTF-8 `bytes` (`end` > 0).
    public static func scalar(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: bytes)
    }

    /// The scalar that starts at byte `start` of valid UTF-8 `bytes`.
    public static func scalar(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        let lead = bytes[start]
        var value: UInt32
        let length: Int
        switch lead {
        case ..<0x80: return Unicode.Scalar(lead)
        case 0xC0..<0xE0: (value, length) = (UInt32(lead & 0x1F), 2)
        case 0xE0..<0xF0: (value, length) = (UInt32(lead & 0x0F), 3)
        default: (value, length) = (UInt32(lead & 0x07), 4)
        }
        for offset in 1..<length where start + offset < bytes.count {
            value = value << 6 | UInt32(bytes[start + offset] & 0x3F)
        }
        return Unicode.Scalar(value) ?? " "
    }
}
