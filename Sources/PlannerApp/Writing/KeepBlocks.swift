import PlannerCore
import PlannerRender

/// Reading the hand-written parts of a plan back and putting them into a new version of it
/// (the markers themselves, which the templates write, are PlannerRender's `KeepBlocks`).
extension KeepBlocks {
    /// One block found in a document.
    public struct Block: Sendable, Equatable {
        /// The block's name.
        public var name: String
        /// Everything between the opening marker's line and the closing marker's line,
        /// byte for byte (empty, or lines each ending in a newline).
        public var content: String
        /// The 1-based line of the opening marker.
        public var line: Int

        /// Creates a block.
        public init(name: String, content: String, line: Int) {
            self.name = name
            self.content = content
            self.line = line
        }
    }

    /// Why a document's blocks cannot be read safely.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The 1-based line of the offending marker.
        public var line: Int
        /// What is wrong.
        public var message: String

        /// Creates an error.
        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }

        public var description: String { "line \(line): \(message)" }
    }

    /// The blocks of a document in order. A block left open, a closing marker without its
    /// opening one, or a block inside another is an error: the caller must not overwrite a
    /// file whose hand-written text it cannot delimit.
    public static func parse(_ document: String) -> Result<[Block], ParseError> {
        var blocks: [Block] = []
        var open: (name: String, line: Int, content: String)?
        var lineNumber = 0
        for line in lines(of: document) {
            lineNumber += 1
            switch marker(in: line) {
            case .open(let name)?:
                if let current = open {
                    return .failure(
                        ParseError(
                            line: lineNumber,
                            message:
                                "keep block '\(name)' starts inside block '\(current.name)' (opened on line \(current.line))"
                        ))
                }
                open = (name, lineNumber, "")
            case .close(let name)?:
                guard let current = open else {
                    return .failure(
                        ParseError(line: lineNumber, message: "'\(closeMarker(name))' has no opening marker"))
                }
                guard current.name == name else {
                    return .failure(
                        ParseError(
                            line: lineNumber,
                            message:
                                "'\(closeMarker(name))' closes block '\(current.name)' opened on line \(current.line)"))
                }
                blocks.append(Block(name: name, content: current.content, line: current.line))
                open = nil
            case nil:
                if open != nil { open!.content += line }
            }
        }
        if let current = open {
            return .failure(
                ParseError(
                    line: current.line,
                    message:
                        "keep block '\(current.name)' is never closed (expected '\(closeMarker(current.name))')"))
        }
        return .success(blocks)
    }

    /// The fresh document with every block's content replaced by the content of the block of
    /// the same name in `previous` (the first such block). Blocks of `previous` that the fresh
    /// document no longer has (a phase that went away) are not dropped: they are appended at
    /// the end, after a comment saying so, and stay there on later runs until someone moves or
    /// deletes them.
    public static func merge(previous: [Block], into fresh: String) -> String {
        guard !previous.isEmpty else { return fresh }
        var kept: [String: String] = [:]
        for block in previous where kept[block.name] == nil {
            kept[block.name] = block.content
        }
        var out = ""
        out.reserveCapacity(fresh.utf8.count + previous.reduce(0) { $0 + $1.content.utf8.count })
        var used: Set<String> = []
        var skipping: String?
        for line in lines(of: fresh) {
            if let name = skipping {
                if case .close(name)? = marker(in: line) {
                    out += line
                    skipping = nil
                }
                continue
            }
            out += line
            if case .open(let name)? = marker(in: line), let content = kept[name] {
                if !out.hasSuffix("\n") { out += "\n" }
                out += content
                used.insert(name)
                skipping = name
            }
        }
        var orphans: [Block] = []
        var seen: Set<String> = []
        for block in previous where !used.contains(block.name) && !seen.contains(block.name) {
            seen.insert(block.name)
            orphans.append(block)
        }
        guard !orphans.isEmpty else { return out }
        if !out.hasSuffix("\n") { out += "\n" }
        out += "\n" + orphanNotice + "\n"
        for block in orphans {
            out += openMarker(block.name) + "\n" + block.content + closeMarker(block.name) + "\n"
        }
        return out
    }

    /// The comment put before kept blocks that no longer match a part of the plan.
    public static let orphanNotice =
        "<!-- plan: the blocks below were kept from an earlier version of this plan and no longer match a section; move their text or delete them -->"

    // MARK: - Markers

    enum Marker: Equatable {
        case open(String)
        case close(String)
    }

    /// The marker a line holds, if it holds only a marker (spaces around it allowed).
    static func marker(in line: String) -> Marker? {
        var text = Substring(line)
        while let last = text.last, last.isNewline || last == " " || last == "\t" { text.removeLast() }
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        guard text.hasPrefix("<!--"), text.hasSuffix("-->") else { return nil }
        let inner = text.dropFirst(4).dropLast(3).trimmingSpaces()
        if inner.hasPrefix("/plan:keep ") {
            let name = inner.dropFirst("/plan:keep ".count).trimmingSpaces()
            return isName(name) ? .close(String(name)) : nil
        }
        if inner.hasPrefix("plan:keep ") {
            let name = inner.dropFirst("plan:keep ".count).trimmingSpaces()
            return isName(name) ? .open(String(name)) : nil
        }
        return nil
    }

    /// The lines of a text, each with its line ending (the last one may have none).
    static func lines(of text: String) -> [String] {
        var result: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == UInt8(ascii: "\n") {
                result.append(String(text[start..<next]))
                start = next
            }
            index = next
        }
        if start != utf8.endIndex { result.append(String(text[start...])) }
        return result
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
