/// The answer to one question about a product: is the rule, requirement or predicate met?
/// Unknown is not false: the catalog lacks the fact, or holds it only as unconfirmed.
public enum Outcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// The catalog confirms the product meets it.
    case met
    /// The catalog confirms the product does not meet it.
    case notMet = "not_met"
    /// The catalog does not know (or holds only an unconfirmed fact).
    case unknown

    /// The outcome in words: `met`, `not met`, `unknown`.
    public var words: String {
        switch self {
        case .met: return "met"
        case .notMet: return "not met"
        case .unknown: return "unknown"
        }
    }

    /// The opposite answer; unknown stays unknown.
    public var inverted: Outcome {
        switch self {
        case .met: return .notMet
        case .notMet: return .met
        case .unknown: return .unknown
        }
    }
}

/// An outcome with the reason in words and the source the reason rests on.
public struct Finding: Sendable, Hashable {
    public var outcome: Outcome
    /// Why, in one English sentence without a final full stop, e.g. "listed in ru_software".
    public var reason: String
    /// A URL or reference for the fact the reason rests on, when there is one.
    public var source: String?

    /// Creates a finding.
    public init(_ outcome: Outcome, _ reason: String, source: String? = nil) {
        self.outcome = outcome
        self.reason = reason
        self.source = source
    }
}
