/// The answer to one question about a product: is the rule, requirement or predicate met?
/// Unknown is not false: the catalog lacks the fact, or holds it only as unconfirmed.
public enum Outcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// The catalog confirms the product meets it.
    case met
    /// The catalog confirms the product does not meet it.
    case notMet = "not_met"
    /// The catalog does not know (or holds only an unconfirmed fact).
    case unknown

    /// The opposite answer; unknown stays unknown.
    public var inverted: Outcome {
        switch self {
        case .met: return .notMet
        case .notMet: return .met
        case .unknown: return .unknown
        }
    }
}

/// An outcome with the reason (a code and its values, worded by the templates) and the
/// source the reason rests on.
public struct Finding: Sendable, Hashable {
    public var outcome: Outcome
    /// Why, e.g. `registry-listed` with `register: ru_software`.
    public var reason: Reason
    /// A second clause the reason carries, e.g. `rule-unconfirmed`; nil when none.
    public var caveat: Reason?
    /// A URL or reference for the fact the reason rests on, when there is one.
    public var source: String?
    /// True when the fact the outcome rests on comes only from a secondary source (relayed by a
    /// third party): it decides, and the plan must say "secondary source" where it does.
    public var secondary = false

    /// Creates a finding.
    public init(_ outcome: Outcome, _ reason: Reason, caveat: Reason? = nil, source: String? = nil) {
        self.outcome = outcome
        self.reason = reason
        self.caveat = caveat
        self.source = source
    }

    /// The finding marked with the confidence of the fact it rests on: secondary when that
    /// fact's provenance is (nil: no fact, nothing to mark).
    public func resting(on provenance: Provenance?) -> Finding {
        var finding = self
        finding.secondary = provenance?.isSecondary ?? false
        return finding
    }

    /// Creates a finding from a code and its parameters.
    public init(_ outcome: Outcome, _ code: ReasonCode, _ parameters: [PlanParameter] = [], source: String? = nil) {
        self.init(outcome, Reason(code, parameters), source: source)
    }
}
