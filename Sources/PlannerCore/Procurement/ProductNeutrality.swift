import Foundation

/// Whether a text names a catalog product or its vendor: a specification must not (44-FZ
/// art. 33 as the research reads it: a function, not a brand). Each product is known by its
/// name, its former names and its vendor's name, each split at `/`, `;`, `,` and brackets into
/// parts, with quotes and legal forms (ООО, АО, LLC, Inc. …) dropped; a part is found as a
/// whole word or phrase, case-insensitively.
public enum ProductNeutrality {
    /// Words that say what kind of company a vendor is, not which one.
    static let legalForms: Set<String> = [
        "ооо", "ао", "пао", "зао", "оао", "llc", "jsc", "inc", "inc.", "ltd", "ltd.", "corporation", "corp.",
        "gmbh", "production",
    ]

    /// The names a product is known by, as found in a text.
    public static func terms(of product: Product) -> [String] {
        var terms: [String] = []
        for name in [product.name] + product.formerNames + [product.vendor.name] {
            for part in name.split(whereSeparator: { "/;,()".contains($0) }) {
                let words = part.replacingOccurrences(of: "«", with: " ").replacingOccurrences(of: "»", with: " ")
                    .replacingOccurrences(of: "\"", with: " ")
                    .split(separator: " ").map(String.init)
                    .filter { !legalForms.contains($0.lowercased()) }
                let term = words.joined(separator: " ")
                if term.count >= 2, !terms.contains(term) { terms.append(term) }
            }
        }
        return terms
    }

    /// Every product name or vendor name of the catalog that `text` contains, as
    /// `(product id, term)`, by product id; `ignoring` (the customer's own name) is removed
    /// from the text first.
    public static func violations(
        in text: String, catalog: Catalog, ignoring: [String] = []
    ) -> [(product: String, term: String)] {
        Index(catalog: catalog).violations(in: text, ignoring: ignoring)
    }

    /// The catalog's terms, found once per run and searched in every specification.
    public struct Index: Sendable {
        /// One term of one product, as written and lowercased (as text and as UTF-8).
        struct Term: Sendable {
            let product: String
            let term: String
            let lowered: String
            let bytes: [UInt8]

            init(product: String, term: String) {
                self.product = product
                self.term = term
                lowered = term.lowercased()
                bytes = Array(lowered.utf8)
            }
        }

        /// The terms by product id, each product's in its own order.
        let terms: [Term]
        /// True when every lowered term is ``SimpleText``: the byte search may then be used.
        let simple: Bool

        /// The terms of every product of the catalog.
        public init(catalog: Catalog) {
            terms = catalog.products.sorted { $0.id < $1.id }.flatMap { product in
                ProductNeutrality.terms(of: product).map { Term(product: product.id, term: $0) }
            }
            simple = terms.allSatisfy { SimpleText.isSimple($0.lowered) }
        }

        /// What ``ProductNeutrality/violations(in:catalog:ignoring:)`` finds, with this index:
        /// over bytes when the text, the names ignored and the terms are ``SimpleText`` (a
        /// specification nearly always is), else over characters.
        public func violations(in text: String, ignoring: [String] = []) -> [(product: String, term: String)] {
            let haystack = SimpleText.lowercased(text)
            let names = ignoring.filter { !$0.isEmpty }.map(SimpleText.lowercased)
            if simple, SimpleText.isSimple(haystack), names.allSatisfy(SimpleText.isSimple) {
                return violations(bytesOf: haystack, ignoring: names)
            }
            return violations(charactersOf: haystack, ignoring: names)
        }

        /// The terms found in a lowercased ``SimpleText`` text, byte by byte.
        func violations(bytesOf haystack: String, ignoring names: [String]) -> [(product: String, term: String)] {
            Self.bytes(haystack, names: names) { bytes in
                terms.filter { ProductNeutrality.contains(bytes, word: $0.bytes) }
            }.map { ($0.product, $0.term) }
        }

        /// The terms found in a lowercased text, character by character: exact for any text.
        func violations(charactersOf haystack: String, ignoring names: [String]) -> [(product: String, term: String)] {
            var rest = haystack
            for name in names { rest = rest.replacingOccurrences(of: name, with: " ") }
            return terms.filter { ProductNeutrality.contains(rest, word: $0.lowered) }.map { ($0.product, $0.term) }
        }

        /// `body` over the bytes of `haystack` with each of `names` replaced by a space, left
        /// to right, as Foundation replaces them.
        static func bytes<T>(_ haystack: String, names: [String], _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
            var bytes = Array(haystack.utf8)
            for name in names {
                bytes = replacing(Array(name.utf8), with: 0x20, in: bytes)
            }
            return bytes.withUnsafeBufferPointer(body)
        }

        /// `bytes` with every occurrence of `pattern`, left to right, replaced by `byte`.
        static func replacing(_ pattern: [UInt8], with byte: UInt8, in bytes: [UInt8]) -> [UInt8] {
            guard !pattern.isEmpty, bytes.count >= pattern.count else { return bytes }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if index + pattern.count <= bytes.count, bytes[index] == pattern[0],
                    bytes[index..<index + pattern.count].elementsEqual(pattern)
                {
                    out.append(byte)
                    index += pattern.count
                } else {
                    out.append(bytes[index])
                    index += 1
                }
            }
            return out
        }
    }

    /// True when `word` occurs in `text` with no letter or digit right before or after it.
    static func contains(_ text: String, word: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: word) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !before.isLetter, !before.isNumber, !after.isLetter, !after.isNumber { return true }
            rest = text[range.upperBound...]
        }
        return false
    }

    /// `contains(_:word:)` over ``SimpleText`` bytes, where a scalar is a character. A match
    /// starts at a lead byte (the word's first byte is one) and ends before one.
    static func contains(_ text: UnsafeBufferPointer<UInt8>, word: [UInt8]) -> Bool {
        guard !word.isEmpty else { return false }
        func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
            let character = Character(scalar)
            return character.isLetter || character.isNumber
        }
        return word.withUnsafeBufferPointer { pattern -> Bool in
            var start = 0
            while let found = ByteSearch.firstOffset(of: pattern, in: text, from: start) {
                let end = found + pattern.count
                let before = found > 0 ? SimpleText.scalar(before: found, in: text) : " "
                let after = end < text.count ? SimpleText.scalar(at: end, in: text) : " "
                if !isWordCharacter(before), !isWordCharacter(after) { return true }
                start = end
            }
            return false
        }
    }
}
