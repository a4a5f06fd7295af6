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
        var haystack = text.lowercased()
        for name in ignoring where !name.isEmpty {
            haystack = haystack.replacingOccurrences(of: name.lowercased(), with: " ")
        }
        var found: [(String, String)] = []
        for product in catalog.products.sorted(by: { $0.id < $1.id }) {
            for term in terms(of: product) where contains(haystack, word: term.lowercased()) {
                found.append((product.id, term))
            }
        }
        return found
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
}
