import Yams

/// Writes the tree of a shipped catalog file at build time, in the text form
/// `PlannerCore.YAMLTreeArchive` reads, so that `plan` need not parse the shipped YAML at every
/// start (parsing it was a fifth of a `plan compare`). The tree is the one
/// `YAMLDocumentLoader` builds from the same text: Yams' basic resolver, file order, each node
/// at its mark, aliases expanded; a test compares the two for every shipped file. A file the
/// loader would refuse (a syntax error, a duplicate key, past its limits, not YAML at all)
/// gets no tree: `plan` then parses it and reports the problem where it is.
///
/// The form, chosen to be valid UTF-8 so that it travels as a string literal:
/// `node := kind line "," column "," body` with kind `P` (plain scalar), `Q` (any other
/// scalar), `M` (mapping) or `S` (sequence); a scalar's body is its UTF-8 length, `:` and its
/// bytes; a mapping's is its entry count, `:` and key and value nodes; a sequence's its item
/// count, `:` and its nodes.
enum YAMLTreeWriter {
    /// The limits of `YAMLDocumentLoader.Limits`: a file past them gets no tree.
    static let maxBytes = 1 << 20
    static let maxDepth = 64
    static let maxNodes = 100_000

    /// The tree of `text`, or nil when the loader would not accept it.
    static func tree(of text: String) -> String? {
        guard text.utf8.count <= maxBytes, !text.hasPrefix("\u{FEFF}"), !text.allSatisfy(\.isWhitespace) else {
            return nil
        }
        guard let root = try? Yams.compose(yaml: text, .basic) else { return nil }
        var writer = Writer()
        guard writer.write(root, depth: 1) else { return nil }
        return writer.out
    }

    private struct Writer {
        var out = ""
        var nodes = 0

        mutating func write(_ node: Node, depth: Int) -> Bool {
            nodes += 1
            guard nodes <= YAMLTreeWriter.maxNodes, depth <= YAMLTreeWriter.maxDepth else { return false }
            let place = "\(node.mark?.line ?? 1),\(node.mark?.column ?? 1),"
            switch node {
            case .scalar(let scalar):
                out += (scalar.style == .plain || scalar.style == .any ? "P" : "Q") + place
                out += "\(scalar.string.utf8.count):" + scalar.string
            case .mapping(let mapping):
                out += "M" + place + "\(mapping.count):"
                for (key, value) in mapping {
                    guard write(key, depth: depth + 1), write(value, depth: depth + 1) else { return false }
                }
            case .sequence(let sequence):
                out += "S" + place + "\(sequence.count):"
                for item in sequence {
                    guard write(item, depth: depth + 1) else { return false }
                }
            case .alias:
                // Composing resolves aliases; the loader reads one left over as null.
                out += "P" + place + "0:"
            }
            return true
        }
    }
}
