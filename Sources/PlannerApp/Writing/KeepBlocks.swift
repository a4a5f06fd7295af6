import Foundation
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

    /// The blocks of a document in order. The caller must not overwrite a file whose
    /// hand-written text it cannot delimit, so each of these is an error: a block left open,
    /// a closing marker without its opening one, a block inside another, a second block of
    /// one name (a copied block, or markers shown in a code block: only one could be put
    /// back), and a line that looks like a marker but is not one (a tab or a no-break space
    /// for a space, a name with capitals or spaces or over 64 characters): the text it was
    /// meant to keep would be dropped.
    public static func parse(_ document: String) -> Result<[Block], PlanProblems> {
        var blocks: [Block] = []
        var problems: [PlanProblem] = []
        var open: (name: String, line: Int, content: String)?
        var firstLine: [String: Int] = [:]
        var lineNumber = 0
        for line in lines(of: document) {
            lineNumber += 1
            switch marker(in: line) {
            case .open(let name)?:
                if let current = open {
                    problems.append(
                        PlanProblem(
                            line: lineNumber,
                            message:
                                "keep block '\(name)' starts inside block '\(current.name)' (opened on line \(current.line))"
                        ))
                    continue
                }
                if let first = firstLine[name] {
                    problems.append(
                        PlanProblem(
                            line: lineNumber,
                            message:
                                "a second keep block '\(name)' (the first is on line \(first)): only one of them could be "
                                + "kept; give this one another name, or move its text into the first"))
                } else {
                    firstLine[name] = lineNumber
                }
                open = (name, lineNumber, "")
            case .close(let name)?:
                guard let current = open else {
                    problems.append(
                        PlanProblem(line: lineNumber, message: "'\(closeMarker(name))' has no opening marker"))
                    continue
                }
                guard current.name == name else {
                    problems.append(
                        PlanProblem(
                            line: lineNumber,
                            message:
                                "'\(closeMarker(name))' closes block '\(current.name)' opened on line \(current.line)"))
                    continue
                }
                blocks.append(Block(name: name, content: current.content, line: current.line))
                open = nil
            case nil:
                if let problem = nearMiss(line, at: lineNumber) { problems.append(problem) }
                if open != nil { open!.content += line }
            }
        }
        if let current = open {
            problems.append(
                PlanProblem(
                    line: current.line,
                    message:
                        "keep block '\(current.name)' is never closed (expected '\(closeMarker(current.name))')"))
        }
        guard problems.isEmpty else {
            return .failure(PlanProblems(problems))
        }
        return .success(blocks)
    }

    /// The fresh document with every block's content replaced by the content of the block of
    /// the same name in `previous`, followed by `extra[name]` (ticked tasks that left the
    /// plan). Blocks of `previous` that the fresh document no longer has (a phase that went
    /// away) are not dropped: they are appended at the end, after a comment saying so, and stay
    /// there on later runs until someone moves or deletes them; so is a block that only
    /// `extra` names.
    public static func merge(previous: [Block], into fresh: String, appending extra: [String: String] = [:]) -> String {
        guard !previous.isEmpty || !extra.isEmpty else { return fresh }
        var kept: [String: String] = [:]
        var order: [String] = []
        for block in previous where kept[block.name] == nil {
            kept[block.name] = block.content
            order.append(block.name)
        }
        for name in extra.keys.sorted() {
            if kept[name] == nil { order.append(name) }
            kept[name, default: ""] += extra[name] ?? ""
        }
        var out = ""
        out.reserveCapacity(fresh.utf8.count + kept.values.reduce(0) { $0 + $1.utf8.count })
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
            if case .open(let name)? = marker(in: line), let content = kept[name], !used.contains(name) {
                if !out.hasSuffix("\n") { out += "\n" }
                out += content
                used.insert(name)
                skipping = name
            }
        }
        let orphans = order.filter { !used.contains($0) }
        guard !orphans.isEmpty else { return out }
        if !out.hasSuffix("\n") { out += "\n" }
        out += "\n" + orphanNotice + "\n"
        for name in orphans {
            out += openMarker(name) + "\n" + (kept[name] ?? "") + closeMarker(name) + "\n"
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

    /// A problem for a line that is meant as a marker but is not one: an HTML comment that
    /// starts its line and, spaces aside and in any case, starts with `plan:keep` or
    /// `/plan:keep`. Nil for any other line.
    static func nearMiss(_ line: String, at number: Int) -> PlanProblem? {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("<!--") else { return nil }
        let compact = String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        let closing = compact.hasPrefix("<!--/plan:keep")
        guard closing || compact.hasPrefix("<!--plan:keep") else { return nil }
        var column = 1
        let reason: String
        if let index = line.firstIndex(where: { $0.isWhitespace && $0 != " " && !$0.isNewline }) {
            column = line.distance(from: line.startIndex, to: index) + 1
            let character = line[index]
            reason =
                character == "\t"
                ? "a tab where a marker has a space"
                : "U+\(String(character.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)) (a no-break or other "
                    + "space) where a marker has a plain space"
        } else if !text.hasSuffix("-->") {
            reason = text.contains("-->") ? "text after the marker on its line" : "the comment is not closed with '-->'"
        } else {
            let inner = text.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
            let keyword = inner.range(of: "plan:keep", options: .caseInsensitive)
            let name = keyword.map { inner[$0.upperBound...].trimmingCharacters(in: .whitespaces) } ?? ""
            if keyword.map({ inner[$0] != "plan:keep" }) ?? true {
                reason = "'plan:keep' is spelled '\(keyword.map { String(inner[$0]) } ?? inner)'"
            } else if name.isEmpty {
                reason = "it has no block name"
            } else if name.unicodeScalars.count > 64 {
                reason = "the name is \(name.unicodeScalars.count) characters long, more than 64"
            } else if name.contains(where: \.isWhitespace) {
                reason = "the name '\(name)' has a space"
            } else if name != name.lowercased() {
                reason = "the name '\(name)' has capital letters"
            } else if !isName(name) {
                reason = "the name '\(name)' is not [a-z0-9][a-z0-9._-]*"
            } else {
                reason = "it is not spelled exactly like one"
            }
        }
        let example = closing ? "<!-- /plan:keep notes -->" : "<!-- plan:keep notes -->"
        return PlanProblem(
            line: number, column: column,
            message:
                "this line looks like a keep marker but is not one (\(reason)), so the text it should keep would be "
                + "lost: write markers as '\(example)', one space apart, with a lowercase name of letters, digits, "
                + "'-', '.' and '_' of at most 64 characters")
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
