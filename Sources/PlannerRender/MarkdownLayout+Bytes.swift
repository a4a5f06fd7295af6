import PlannerCore

// `MarkdownLayout.tidy` over UTF-8 bytes. Every rendered document is laid out, and doing it
// Character by Character cost about a fifth of a plan's time. Over `SimpleText` (every scalar
// a character of its own, no carriage return) the bytes give exactly what the characters
// give: a line ends at each line feed, a space, tab, `«` or digit is one scalar, and the
// marks the rules look for are ASCII or two-byte guillemets. Other text goes the character
// way. The tests compare both ways on the goldens and on generated text.

extension MarkdownLayout {
    /// `tidyCharacters(text)`, computed over bytes; nil when `text` is not ``SimpleText``.
    static func tidyBytes(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard SimpleText.isSimple(bytes) else { return nil }
            var layout = ByteLayout(capacity: bytes.count)
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                layout.add(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
            }
            return layout.finish()
        }
    }
}

/// The state of one byte layout: the output so far and what its last line was.
private struct ByteLayout {
    typealias Kind = MarkdownLayout.Kind

    private var out: [UInt8] = []
    private var last: Kind?
    private var inFence = false
    private var pendingBlank = false

    init(capacity: Int) { out.reserveCapacity(capacity + capacity / 16) }

    /// Adds one line (without its line feed), as `tidyCharacters` does.
    mutating func add(_ raw: UnsafeBufferPointer<UInt8>) {
        var end = raw.count
        while end > 0, raw[end - 1] == 0x20 || raw[end - 1] == 0x09 { end -= 1 }
        let line = UnsafeBufferPointer(rebasing: raw[0..<end])
        let kind = Self.kind(of: line, inFence: &inFence)
        if kind == .blank {
            pendingBlank = last != nil
            return
        }
        if !pendingBlank, kind == .plain, last == .plain {
            out.append(0x20)
            append(line, nesting: true)
            return
        }
        if last != nil {
            out.append(0x0A)
            if pendingBlank || (last == .table && kind != .table) || (last != .table && kind == .table) {
                out.append(0x0A)
                last = .blank
            }
        }
        pendingBlank = false
        append(line, nesting: kind != .fence)
        last = kind
    }

    /// The text laid out: one line feed at its end, or nothing.
    mutating func finish() -> String {
        if last != nil { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends a line, with guillemets inside guillemets made „ and “ when `nesting`.
    private mutating func append(_ line: UnsafeBufferPointer<UInt8>, nesting: Bool) {
        guard nesting, Self.hasGuillemet(line) else {
            out.append(contentsOf: line)
            return
        }
        var depth = 0
        var index = 0
        while index < line.count {
            if line[index] == 0xC2, index + 1 < line.count, line[index + 1] == 0xAB {  // «
                out.append(contentsOf: depth > 0 ? [0xE2, 0x80, 0x9E] : [0xC2, 0xAB])  // „ or «
                depth += 1
                index += 2
            } else if line[index] == 0xC2, index + 1 < line.count, line[index + 1] == 0xBB, depth > 0 {  // »
                depth -= 1
                out.append(contentsOf: depth > 0 ? [0xE2, 0x80, 0x9C] : [0xC2, 0xBB])  // “ or »
                index += 2
            } else {
                out.append(line[index])
                index += 1
            }
        }
    }

    private static func hasGuillemet(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < line.count {
            if line[index] == 0xC2, line[index + 1] == 0xAB { return true }
            index += 1
        }
        return false
    }

    /// `MarkdownLayout.kind(of:inFence:)` over the bytes of a line without trailing blanks.
    private static func kind(of line: UnsafeBufferPointer<UInt8>, inFence: inout Bool) -> Kind {
        var indent = 0
        while indent < line.count, line[indent] == 0x20 { indent += 1 }
        let trimmed = UnsafeBufferPointer(rebasing: line[indent...])
        func starts(_ byte: UInt8, times: Int) -> Bool {
            trimmed.count >= times && trimmed.prefix(times).allSatisfy { $0 == byte }
        }
        if starts(0x60, times: 3) || starts(0x7E, times: 3) {  // ``` or ~~~
            inFence.toggle()
            return .fence
        }
        if inFence { return .fence }
        guard let first = trimmed.first else { return .blank }
        if indent >= 4 { return .other }
        if first == 0x7C { return .table }  // |
        if first == 0x23 || first == 0x3E || first == 0x3C { return .other }  // # > <
        if first == 0x2D || first == 0x2A || first == 0x2B, trimmed.count == 1 || trimmed[1] == 0x20 {  // - * +
            return .other
        }
        var digits = 0
        while digits < trimmed.count, trimmed[digits] >= 0x30, trimmed[digits] <= 0x39 { digits += 1 }
        if digits > 0, digits <= 9, digits < trimmed.count, trimmed[digits] == 0x2E || trimmed[digits] == 0x29,
            digits + 1 == trimmed.count || trimmed[digits + 1] == 0x20
        {
            return .other
        }
        return .plain
    }
}
