/// Reads the trees of the shipped catalog's files that the build parsed (the EmbedResources
/// plugin's `YAMLTreeWriter`, which describes the form), so that a command does not parse the
/// shipped YAML at every start. A tree is the node `YAMLDocumentLoader` makes of the same text
/// (a test compares them for every shipped file); a user's `--catalog` files are parsed as
/// always. Anything that is not such a tree, or lies past the loader's limits, reads as nil,
/// and the caller parses the text instead.
public enum YAMLTreeArchive {
    /// The tree in `archive`, its locations in `file`; nil when `archive` is not a whole tree.
    public static func decode(_ archive: String, file: String) -> YAMLNode? {
        var archive = archive
        return archive.withUTF8 { bytes in
            var reader = Reader(bytes: bytes, file: file, limits: YAMLDocumentLoader.Limits())
            guard let root = reader.node(depth: 1), reader.position == bytes.count else { return nil }
            return root
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        let limits: YAMLDocumentLoader.Limits
        var position = 0
        var nodes = 0

        init(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLDocumentLoader.Limits) {
            self.bytes = bytes
            self.file = file
            self.limits = limits
        }

        mutating func node(depth: Int) -> YAMLNode? {
            nodes += 1
            guard nodes <= limits.maxNodes, depth <= limits.maxDepth, position < bytes.count else { return nil }
            let kind = bytes[position]
            position += 1
            guard let line = number(endingWith: UInt8(ascii: ",")), let column = number(endingWith: UInt8(ascii: ",")),
                let count = number(endingWith: UInt8(ascii: ":"))
            else { return nil }
            let location = SourceLocation(file: file, line: line, column: column)
            switch kind {
            case UInt8(ascii: "P"), UInt8(ascii: "Q"):
                guard count <= bytes.count - position else { return nil }
                let text = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + count]), as: UTF8.self)
                position += count
                return YAMLNode(.scalar(.init(text: text, isPlain: kind == UInt8(ascii: "P"))), at: location)
            case UInt8(ascii: "M"):
                var entries: [YAMLNode.Entry] = []
                entries.reserveCapacity(min(count, bytes.count - position))
                for _ in 0..<count {
                    guard let key = node(depth: depth + 1), let value = node(depth: depth + 1) else { return nil }
                    entries.append(.init(key: key, value: value))
                }
                return YAMLNode(.mapping(entries), at: location)
            case UInt8(ascii: "S"):
                var items: [YAMLNode] = []
                items.reserveCapacity(min(count, bytes.count - position))
                for _ in 0..<count {
                    guard let item = node(depth: depth + 1) else { return nil }
                    items.append(item)
                }
                return YAMLNode(.sequence(items), at: location)
            default:
                return nil
            }
        }

        /// A decimal number of at most nine digits, then `terminator`.
        mutating func number(endingWith terminator: UInt8) -> Int? {
            var value = 0
            var digits = 0
            while position < bytes.count, digits <= 9 {
                let byte = bytes[position]
                position += 1
                if byte == terminator { return digits > 0 ? value : nil }
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            }
            return nil
        }
    }
}
