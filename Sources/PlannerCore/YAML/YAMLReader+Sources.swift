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
