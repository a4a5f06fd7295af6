import Foundation
import PlannerCore
import PlannerRender

/// What `plan` wrote, stamped into the plan so that the next run can tell a person's edit
/// outside the keep blocks from a change of the inputs. The last line of a written plan is
/// an invisible comment, `<!-- plan:stamp 1 FULL LINES -->`: a 64-bit hash of the plan's
/// generated lines and a 24-bit hash of each (base64), so an edit is found at its first
/// changed line. The generated lines are all lines outside the keep blocks (the markers
/// included) but the stamp, with trailing spaces dropped and a user's tick (`- [x] `) read as
/// the `- [ ] ` the tool wrote; what people may change, the keep blocks' contents and the
/// ticks, is thus not part of it. The stamp depends on the text only, so the same inputs still
/// give the same bytes.
enum PlanStamp {
    /// The start of the stamp line; the number is the stamp's format.
    static let prefix = "<!-- plan:stamp 1 "
    /// The end of the stamp line.
    static let suffix = " -->"

    /// The hashes of a plan's generated lines.
    struct Stamp: Equatable {
        /// The hash of all of them.
        var full: UInt64
        /// One short hash per line, in order.
        var lines: [UInt32]
    }

    /// One generated line of a document.
    struct Line {
        /// Its 1-based number in the document.
        var number: Int
        /// Its text as compared: no line break or trailing spaces, a tick read as `[ ]`.
        var text: String
    }

    /// How a previous plan compares with the stamp it carries.
    enum Check: Equatable {
        /// Its generated lines are the ones the stamp records.
        case unchanged
        /// A generated line differs: the first changed line's number and text (empty when
        /// lines were removed at the end).
        case edited(line: Int, text: String)
        /// It has no stamp (an older `plan` or another program wrote it).
        case unstamped
    }

    /// The document's generated lines and the stamp it carries (the last stamp line outside
    /// the keep blocks, which is not a generated line). The markers must pair up.
    static func generatedLines(of document: String) -> (lines: [Line], stamp: Stamp?) {
        var lines: [Line] = []
        var stampIndex: Int?
        var stamp: Stamp?
        var inside: String?
        var number = 0
        for raw in KeepBlocks.lines(of: document) {
            number += 1
            // Only a line that starts with `<` (spaces aside) can be a marker or the stamp.
            let first = raw.utf8.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            guard first == UInt8(ascii: "<") else {
                if inside == nil { lines.append(Line(number: number, text: normalized(raw))) }
                continue
            }
            let marker = KeepBlocks.marker(in: raw)
            if let name = inside {
                if case .close(name)? = marker { inside = nil } else { continue }
            } else if case .open(let name)? = marker {
                inside = name
            } else if let parsed = parse(raw) {
                stampIndex = lines.count
                stamp = parsed
            }
            lines.append(Line(number: number, text: normalized(raw)))
        }
        if let stampIndex { lines.remove(at: stampIndex) }
        return (lines, stamp)
    }

    /// The stamp of generated lines.
    static func stamp(of lines: [Line]) -> Stamp {
        var full = Hash()
        var hashes: [UInt32] = []
        hashes.reserveCapacity(lines.count)
        for line in lines {
            var one = Hash()
            one.add(line.text)
            hashes.append(UInt32(truncatingIfNeeded: one.value >> 40))
            full.add(line.text)
            full.add("\n")
        }
        return Stamp(full: full.value, lines: hashes)
    }

    /// The stamp line (with its line break) for a document that has none yet.
    static func line(for document: String) -> String {
        let stamp = stamp(of: generatedLines(of: document).lines)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(stamp.lines.count * 3)
        for hash in stamp.lines {
            bytes += [
                UInt8(truncatingIfNeeded: hash >> 16), UInt8(truncatingIfNeeded: hash >> 8),
                UInt8(truncatingIfNeeded: hash),
            ]
        }
        let hex = String(stamp.full, radix: 16)
        return prefix + String(repeating: "0", count: 16 - hex.count) + hex + " " + Data(bytes).base64EncodedString()
            + suffix + "\n"
    }

    /// How the document compares with its own stamp.
    static func check(_ document: String) -> Check {
        let (lines, stored) = generatedLines(of: document)
        guard let stored else { return .unstamped }
        let actual = stamp(of: lines)
        if actual == stored { return .unchanged }
        for (index, hash) in actual.lines.enumerated() where index >= stored.lines.count || hash != stored.lines[index]
        {
            return .edited(line: lines[index].number, text: lines[index].text)
        }
        // Lines were removed at the end, or two different texts share every short hash.
        let end = actual.lines.count < stored.lines.count ? (lines.last?.number ?? 0) + 1 : 1
        return .edited(line: end, text: "")
    }

    /// The first generated line of `document` that differs from `other`'s, with its number in
    /// `document`; nil when they are the same.
    static func firstDifference(_ document: [Line], _ other: [Line]) -> Line? {
        for (index, line) in document.enumerated() where index >= other.count || line.text != other[index].text {
            return line
        }
        if document.count < other.count { return Line(number: (document.last?.number ?? 0) + 1, text: "") }
        return nil
    }

    /// A stamp line's hashes; nil for any other line.
    static func parse(_ line: String) -> Stamp? {
        var text = Substring(line)
        while text.last?.isNewline == true { text.removeLast() }
        guard text.hasPrefix(prefix), text.hasSuffix(suffix) else { return nil }
        let fields = text.dropFirst(prefix.count).dropLast(suffix.count).split(separator: " ")
        guard fields.count == 2 || fields.count == 1, fields[0].count == 16,
            let full = UInt64(fields[0], radix: 16)
        else { return nil }
        guard fields.count == 2 else { return Stamp(full: full, lines: []) }
        guard let data = Data(base64Encoded: String(fields[1])), data.count % 3 == 0 else { return nil }
        let bytes = [UInt8](data)
        var hashes: [UInt32] = []
        hashes.reserveCapacity(bytes.count / 3)
        for start in stride(from: 0, to: bytes.count, by: 3) {
            hashes.append(UInt32(bytes[start]) << 16 | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2]))
        }
        return Stamp(full: full, lines: hashes)
    }

    /// A line as compared: no line break or trailing spaces, a tick read as `- [ ] `.
    static func normalized(_ line: String) -> String {
        quickNormalized(line) ?? normalizedByCharacters(line)
    }

    /// ``normalized(_:)`` Character by Character.
    static func normalizedByCharacters(_ line: String) -> String {
        var text = Substring(line)
        while let last = text.last, last.isNewline || last == " " || last == "\t" { text.removeLast() }
        if let mark = TaskMarkers.checkbox(text), mark != " " {
            return TaskMarkers.open + text.dropFirst(TaskMarkers.open.count)
        }
        return String(text)
    }

    /// ``normalized(_:)`` over the line's bytes, which gives the same text where the bytes it
    /// looks at are ASCII or ``PlannerCore/SimpleText`` scalars; nil
    /// elsewhere (a combining mark after a space, a trailing line separator), and the caller
    /// reads Characters. Every line of every plan is normalized, and reading Characters was
    /// most of stamping a plan.
    static func quickNormalized(_ line: String) -> String? {
        var line = line
        return line.withUTF8 { bytes -> String? in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 || (0x09...0x0D).contains(bytes[end - 1]) { end -= 1 }
            // The last scalar kept must end trimming as a Character would: no joining, no newline.
            if end > 0, bytes[end - 1] >= 0x80, !SimpleText.isSimple(SimpleText.scalar(before: end, in: bytes)) {
                return nil
            }
            let ticked =
                end >= 6 && bytes[0] == UInt8(ascii: "-") && bytes[1] == UInt8(ascii: " ")
                && bytes[2] == UInt8(ascii: "[") && (bytes[3] == UInt8(ascii: "x") || bytes[3] == UInt8(ascii: "X"))
                && bytes[4] == UInt8(ascii: "]") && bytes[5] == UInt8(ascii: " ")
            guard ticked else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self) }
            // A mark joining the box's space would make the box's sixth Character longer.
            if end > 6, bytes[6] >= 0x80, !SimpleText.isSimple(SimpleText.scalar(at: 6, in: bytes)) { return nil }
            return TaskMarkers.open + String(decoding: UnsafeBufferPointer(rebasing: bytes[6..<end]), as: UTF8.self)
        }
    }

    /// 64-bit FNV-1a.
    private struct Hash {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ text: String) {
            // Over the contiguous UTF-8 (every plan's every line is hashed twice).
            var text = text
            var value = self.value
            text.withUTF8 { bytes in
                for byte in bytes {
                    value ^= UInt64(byte)
                    value = value &* 0x0000_0100_0000_01B3
                }
            }
            self.value = value
        }
    }
}
