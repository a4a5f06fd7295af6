import Foundation

/// Finding bytes in bytes with `memchr` and `memcmp`: the standard library's generic
/// `utf8.firstRange(of:)` took a tenth of loading the catalog, and a search over `Character`s
/// most of a specification's product-name check.
enum ByteSearch {
    /// The offset of the first occurrence of `pattern` in `text` at or after `start`; `start`
    /// for an empty pattern; nil when there is none.
    static func firstOffset(
        of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from start: Int = 0
    ) -> Int? {
        guard let first = pattern.first else { return start }
        guard let base = text.baseAddress, let patternBase = pattern.baseAddress, text.count >= pattern.count
        else { return nil }
        let last = text.count - pattern.count
        var start = start
        while start <= last {
            guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return nil }
            let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + found, patternBase, pattern.count) == 0 { return found }
            start = found + 1
        }
        return nil
    }
}

extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's UTF-8 bytes.
    ///
    /// Byte equality, not `Character` equality: meant for ASCII markers such as a tender
    /// text's `{value}`, where both agree.
    func containsBytes(_ needle: String) -> Bool {
        var text = self
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { ByteSearch.firstOffset(of: $0, in: haystack) != nil }
        }
    }
}
