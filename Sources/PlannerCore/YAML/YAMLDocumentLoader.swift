import Yams

/// Turns the bytes of one YAML file into a `YAMLNode`, or diagnostics, within fixed limits so
/// that no input (huge, deeply nested, an alias bomb, not UTF-8) can exhaust time or memory.
public struct YAMLDocumentLoader: Sendable {
    /// The limits that every input must respect.
    public struct Limits: Sendable {
        /// Largest file accepted, in bytes.
        public var maxBytes: Int = 1 << 20
        /// Deepest nesting of mappings and lists accepted.
        public var maxDepth: Int = 64
        /// Most nodes a document may expand to. Aliases (`*name`) repeat the node they name,
        /// so a 500-byte "billion laughs" file would expand to 10⁹ nodes: the walk stops here.
        public var maxNodes: Int = 100_000

        /// The limits in force for every file.
        public init() {}
    }

    /// The limits applied.
    public var limits: Limits

    /// Creates a loader with the given limits.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses `bytes` (from `file`, used in messages) into its root node, or returns the
    /// diagnostics that explain why it cannot be read.
    public func load(_ bytes: [UInt8], file: String) -> Result<YAMLNode, DiagnosticsError> {
        let start = SourceLocation.start(of: file)
        if bytes.count > limits.maxBytes {
            return .failure(
                DiagnosticsError([
                    .error(
                        "file is \(bytes.count) bytes; the limit is \(limits.maxBytes) bytes (1 MiB)", at: start)
                ]))
        }
        // A byte order mark (Windows Notepad writes one) is no part of the text: libyaml
        // would otherwise read it into the first key ('\u{FEFF}schema').
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes)
            return .failure(
                DiagnosticsError([
                    .error(
                        "file is not UTF-8 text (invalid byte at offset \(offset)); save it as UTF-8",
                        at: location(ofByte: offset, in: bytes, file: file))
                ]))
        }
        if text.allSatisfy({ $0.isWhitespace }) {
            return .failure(DiagnosticsError([.error("file is empty", at: start)]))
        }
        let composed: Node?
        do {
            // The basic resolver: scalars keep their text and `YAMLReader` types them, so Yams need
            // not run its tag regexes (ICU) over every scalar, which was most of a load's time.
            composed = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return .failure(DiagnosticsError([Self.diagnostic(for: error, file: file)]))
        } catch {
            return .failure(DiagnosticsError([.error("cannot read YAML: \(error)", at: start)]))
        }
        guard let composed else {
            return .failure(DiagnosticsError([.error("file holds no YAML document", at: start)]))
        }
        var converter = Converter(file: file, limits: limits)
        do {
            return .success(try converter.convert(composed, depth: 1))
        } catch {
            return .failure(DiagnosticsError([error.diagnostic]))
        }
    }

    /// A syntax error from libyaml, at its mark, in plain words.
    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "YAML syntax: \(problem)"
            if let context {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            if problem.contains("Maximum nesting level") { message = "YAML nesting is too deep" }
            if problem.contains("cannot start any token") { message += "; YAML does not allow tabs for indentation" }
            return .error(message, at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .reader(let problem, _, _, _):
            return .error("cannot read file: \(problem)", at: .start(of: file))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams refuses these while composing; its own text spans lines and repeats the file.
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            let problem =
                duplicates.count == 1
                ? "key \(keys) appears more than once in one mapping; keep one"
                : "keys \(keys) appear more than once in one mapping; keep one of each"
            return .error(
                problem,
                at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        default:
            return .error("cannot read YAML: \(error)", at: .start(of: file))
        }
    }

    private func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var low = 0
        var high = bytes.count
        // Binary search for the shortest invalid prefix; cut points inside a character may
        // look invalid, so step back to the start of that character afterwards.
        while low < high {
            let mid = (low + high) / 2
            if String(validating: bytes[0...mid], as: UTF8.self) == nil { high = mid } else { low = mid + 1 }
        }
        var offset = low
        while offset > 0, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        return offset
    }

    private func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}

/// Copies Yams' tree into `YAMLNode`s, counting nodes and depth as it goes.
private struct Converter {
    struct LimitError: Error {
        let diagnostic: Diagnostic
    }

    let file: String
    let limits: YAMLDocumentLoader.Limits
    var nodes = 0

    init(file: String, limits: YAMLDocumentLoader.Limits) {
        self.file = file
        self.limits = limits
    }

    mutating func convert(_ node: Node, depth: Int) throws(LimitError) -> YAMLNode {
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        nodes += 1
        if nodes > limits.maxNodes {
            throw LimitError(
                diagnostic: .error(
                    "document expands to more than \(limits.maxNodes) values; aliases (*name) that repeat large parts are not accepted",
                    at: location))
        }
        if depth > limits.maxDepth {
            throw LimitError(diagnostic: .error("nesting is deeper than \(limits.maxDepth) levels", at: location))
        }
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain || scalar.style == .any
            return YAMLNode(.scalar(.init(text: scalar.string, isPlain: plain)), at: location)
        case .mapping(let mapping):
            var entries: [YAMLNode.Entry] = []
            entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                entries.append(
                    .init(key: try convert(key, depth: depth + 1), value: try convert(value, depth: depth + 1)))
            }
            return YAMLNode(.mapping(entries), at: location)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                items.append(try convert(item, depth: depth + 1))
            }
            return YAMLNode(.sequence(items), at: location)
        case .alias:
            // Yams resolves aliases while composing; an unresolved one is treated as null.
            return YAMLNode(.scalar(.init(text: "", isPlain: true)), at: location)
        }
    }
}
