/// Finds the valid names closest to a misspelt one, for "did you mean …?" hints.
public enum Suggestions {
    /// Up to `limit` candidates within a small edit distance of `word`, closest first, ties by
    /// name. Case is ignored; a candidate that starts with the word also counts as close.
    public static func closest(to word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let budget = max(2, lowered.count / 3)
        var scored: [(distance: Int, name: String)] = []
        for candidate in Set(candidates) {
            let other = candidate.lowercased()
            // The distance is at least the difference in length: when that alone is over
            // budget, skip the O(n·m) table (a 1 MiB key against every candidate).
            let lengthGap = abs(lowered.count - other.count)
            var distance = lengthGap > budget ? lengthGap : editDistance(lowered, other)
            if distance > budget, !lowered.isEmpty, other.hasPrefix(lowered) || other.hasSuffix(lowered) {
                distance = budget
            }
            if distance <= budget { scored.append((distance, candidate)) }
        }
        return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(limit).map(\.name)
    }

    /// "; did you mean 'a' or 'b'?" or, when nothing is close and the list is short,
    /// "; expected one of: a, b, c"; empty when neither helps.
    public static func hint(for word: String, in candidates: [String], listUpTo: Int = 12) -> String {
        suggestion(for: word, in: candidates, listUpTo: listUpTo).text(.en)
    }

    /// The closest candidates, or the whole list when nothing is close and it is short (never
    /// an empty list), or nothing.
    public static func suggestion(for word: String, in candidates: [String], listUpTo: Int = 12) -> Suggestion {
        let close = closest(to: word, in: candidates)
        if !close.isEmpty { return .didYouMean(close) }
        if !candidates.isEmpty, candidates.count <= listUpTo { return .oneOf(candidates) }
        return .none
    }
    /// Levenshtein distance over Unicode characters (two rows, O(n·m) time, O(m) memory).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// A hint after a misspelt name, in either language.
public enum Suggestion: Sendable, Hashable {
    /// Nothing helps.
    case none
    /// The closest valid names.
    case didYouMean([String])
    /// Nothing is close; the valid names, all of them.
    case oneOf([String])

    /// "; did you mean 'a' or 'b'?", "; expected one of: a, b", or empty.
    public func text(_ language: Language) -> String {
        switch self {
        case .none: return ""
        case .didYouMean(let names):
            let quoted = names.map { "'\($0)'" }
            let or = language == .ru ? " или " : " or "
            let list =
                quoted.count == 1
                ? quoted[0] : quoted.dropLast().joined(separator: ", ") + or + quoted[quoted.count - 1]
            return language == .ru ? "; возможно, имелось в виду \(list)?" : "; did you mean \(list)?"
        case .oneOf(let names):
            let list = names.joined(separator: ", ")
            return language == .ru ? "; допустимые значения: \(list)" : "; expected one of: \(list)"
        }
    }
}
