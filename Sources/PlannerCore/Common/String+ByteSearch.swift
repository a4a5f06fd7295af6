import Foundation

extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's UTF-8 bytes.
    ///
    /// Byte equality, not `Character` equality: meant for ASCII markers such as a tender
    /// text's `{value}`, where both agree. The standard library's generic
    /// `utf8.firstRange(of:)` took a tenth of loading the catalog; `memchr` and `memcmp` over
    /// the contiguous bytes take next to nothing.
    func containsBytes(_ needle: String) -> Bool {
        var text = self
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress,
                    haystack.count >= pattern.count
                else { return false }
                let last = haystack.count - pattern.count
                var start = 0
                while start <= last {
                    guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return false }
                    let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + found, patternBase, pattern.count) == 0 { return true }
                    start = found + 1
                }
                return false
            }
        }
    }
}
