/// Slugs: the `[a-z0-9][a-z0-9-]*` ids used for file and folder names (`plans/<id>/plan.md`).
/// An organization's id defaults to its name made into a slug, so a Russian name needs a
/// Cyrillic-to-Latin table. The table is written out here, not taken from ICU, so the same
/// name gives the same id on every platform and toolchain.
public enum Slug {
    /// The longest slug `make(from:)` produces and an inventory may give.
    public static let maxLength = 64

    /// The slug used when a name has no letter or digit that survives transliteration.
    public static let fallback = "organization"

    /// A name made into a slug: lowercased, transliterated (`МБОУ «Гимназия № 5»` →
    /// `mbou-gimnaziya-5`), each run of other characters turned into one `-`, `-` trimmed at
    /// both ends, at most `maxLength` characters, never empty: a name with nothing to keep
    /// becomes `fallback`.
    public static func make(from name: String, fallback: String = Slug.fallback) -> String {
        var slug = ""
        var pendingDash = false
        for character in name.lowercased() {
            guard let latin = transliterate(character) else {
                pendingDash = true
                continue
            }
            // ъ and ь vanish without splitting the word they stand in.
            if latin.isEmpty { continue }
            if pendingDash, !slug.isEmpty { slug.append("-") }
            pendingDash = false
            slug += latin
        }
        if slug.count > maxLength {
            slug = String(slug.prefix(maxLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? fallback : slug
    }

    /// True for `[a-z0-9][a-z0-9-]*` of at most `maxLength` characters.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isLowerAlphanumeric(first), text.unicodeScalars.count <= maxLength
        else {
            return false
        }
        return text.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" }
    }

    /// The Latin spelling of one lowercase character: itself for `a-z0-9`, the table's entry
    /// for Cyrillic (possibly empty), nil for anything else (a separator).
    static func transliterate(_ character: Character) -> String? {
        if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first, isLowerAlphanumeric(scalar)
        {
            return String(character)
        }
        return cyrillic[character]
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Russian letters in the common readable spelling (х → kh, щ → shch, я → ya; ъ and ь
    /// dropped), plus the letters of Kazakh, Belarusian and Ukrainian names that an
    /// organization in the CIS may carry.
    private static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
        // Kazakh
        "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
        // Belarusian and Ukrainian
        "ў": "u", "ї": "yi", "є": "ye", "ґ": "g",
    ]
}
