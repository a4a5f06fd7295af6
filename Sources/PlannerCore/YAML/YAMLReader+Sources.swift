/// Sources and links of catalog facts. A source is text ("Постановление Правительства РФ от
/// 16.11.2015 № 1236") or a link, or text ending in a link; every link in it must be `http`,
/// `https` or `mailto`: a catalog that says `javascript:…` or `data:…` is refused when it is
/// loaded (and `plan catalog validate` says where), not only escaped when a plan shows it.
extension YAMLReader {
    /// The schemes a source or link may use.
    public static let linkSchemes: Set<String> = ["http", "https", "mailto"]

    /// A source: any text, but each word written `scheme:…` must use a scheme of ``linkSchemes``.
    public mutating func source(_ node: YAMLNode?, at path: FieldPath) -> String? {
        guard let text = string(node, at: path), let node else { return nil }
        // Splitting into words by Characters was a tenth of loading the catalog; most sources
        // need not be split at all.
        guard Self.mayLinkElsewhere(text) else { return text }
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            if let scheme = Self.scheme(of: word), !Self.linkSchemes.contains(scheme.lowercased()) {
                error(
                    "a source may link with http, https or mailto only, found '\(scheme):'", at: path, node.location)
                return nil
            }
        }
        return text
    }

    /// A link (`url:`): an `http` or `https` URL.
    public mutating func link(_ node: YAMLNode?, at path: FieldPath) -> String? {
        guard let text = string(node, at: path), let node else { return nil }
        let lowered = text.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
            !text.contains(where: { $0.isWhitespace })
        else {
            error("expected an http or https URL, found \(node.kindDescription)", at: path, node.location)
            return nil
        }
        return text
    }

    /// False when no word of `text` can have a scheme outside ``linkSchemes``: each colon's
    /// scheme would be the longest run of ASCII scheme characters before it, which is empty, one
    /// of ``linkSchemes``, starts with no letter, or follows an ASCII character that is not
    /// white space (so the word starts before it, and has no scheme). Any other colon may be a
    /// link's, and the caller then reads the words.
    static func mayLinkElsewhere(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: ":") {
            var start = index
            while start > 0, isSchemeByte(bytes[start - 1]) { start -= 1 }
            guard start < index, isLetter(bytes[start]) else { continue }
            if start > 0, bytes[start - 1] < 0x80, !isSpaceByte(bytes[start - 1]) { continue }
            let scheme = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
            if !linkSchemes.contains(scheme) { return true }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// ASCII white space as `Character.isWhitespace` sees it.
    private static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The scheme of a word written `scheme:rest` (a letter, then letters, digits, `+`, `-`
    /// or `.`, then `:` and something), else nil: `Note:` or `ст.112:` is no link.
    static func scheme(of word: Substring) -> String? {
        guard let colon = word.firstIndex(of: ":"), word.index(after: colon) < word.endIndex else { return nil }
        let scheme = word[..<colon]
        guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first),
            scheme.unicodeScalars.allSatisfy({
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "+-.".unicodeScalars.contains($0)
            })
        else { return nil }
        return String(scheme)
    }
}
