/// How far a rule in force reaches one organization: whether the research confirms that it
/// applies, which uses of its services it concerns, and the words (citation, summary, advice)
/// that hold for it. Decided here once; the checks, the comparison and the plan read it.
public struct RuleInForce: Sendable, Hashable {
    /// Whether the research confirms that the rule applies to the organization.
    public enum Scope: String, Sendable, Hashable, Codable {
        /// `when` names the organization.
        case confirmed
        /// Only `check_when` names it: the rule may apply, which the organization must check.
        case toCheck = "check"
    }

    /// Which uses of the organization's services the rule reaches.
    public enum Reach: Sendable, Hashable {
        /// The rule names no purposes: it reaches the whole organization.
        case organization
        /// The rule reaches these stated purposes; `others` are the organization's purposes it
        /// does not reach (a product failing it stays usable for those).
        case purposes(reached: [Purpose], others: [Purpose])
        /// The rule names purposes and the inventory states none: it may reach them.
        case purposesUnstated
        /// The inventory's purposes are all outside the rule's: it is listed, and judges nothing.
        case notReached
    }

    public var rule: Rule
    /// The severity on the date for this organization: a rule to check, or one whose purposes
    /// the inventory does not state, is at most a warning.
    public var severity: Rule.Severity
    public var scope: Scope
    public var reach: Reach
    /// The citation, summary and advice for this organization and date (a variant's, when one applies).
    public var wording: Rule.Wording

    /// Creates an entry; wording defaults to the rule's own.
    public init(
        rule: Rule, severity: Rule.Severity, scope: Scope = .confirmed, reach: Reach = .organization,
        wording: Rule.Wording? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.scope = scope
        self.reach = reach
        self.wording = wording ?? Rule.Wording(citation: rule.citation, summary: rule.summary, advice: rule.advice)
    }

    /// The purposes the rule reaches for this organization; empty when it reaches the whole
    /// organization, or none.
    public var reachedPurposes: [Purpose] {
        if case .purposes(let reached, _) = reach { return reached }
        return []
    }

    /// True when a product failing the rule stays usable for other purposes of the organization.
    public var limitsPurposesOnly: Bool {
        if case .purposes(_, let others) = reach { return !others.isEmpty }
        return false
    }

    /// True when a blocker about some purposes reaches every purpose the organization has (a
    /// school holding only lessons): the organization follows it for everything it does, and a
    /// plan says so before it speaks of the market.
    public var governsEveryPurpose: Bool {
        severity == .blocker && !reachedPurposes.isEmpty && !limitsPurposesOnly
    }

    /// True when the rule judges products for this organization: its scope is confirmed, it
    /// reaches some use of the services, and it has a predicate.
    public var checksProducts: Bool {
        scope == .confirmed && reach != .notReached && rule.require != nil
    }

    /// True when the rule's tasks belong in this organization's plan: its scope is confirmed and
    /// it reaches the organization, or purposes it states (not when they are unstated: the
    /// rule then asks which meetings it concerns).
    public var addsTasks: Bool {
        guard scope == .confirmed else { return false }
        switch reach {
        case .organization, .purposes: return true
        case .purposesUnstated, .notReached: return false
        }
    }
}

extension Rule {
    /// The rule as it stands for an organization on a date, or nil when it is not in force or
    /// names the organization neither in `when` nor in `check_when`.
    public func inForce(for organization: Organization, on date: CalendarDate) -> RuleInForce? {
        guard isInForce(on: date) else { return nil }
        let scope: RuleInForce.Scope
        if when.contains(where: { $0.matches(organization) }) {
            scope = .confirmed
        } else if checkWhen.contains(where: { $0.matches(organization) }) {
            scope = .toCheck
        } else {
            return nil
        }
        let reach = self.reach(of: organization)
        var severity = severity(on: date)
        if scope == .toCheck || reach == .purposesUnstated || reach == .notReached { severity = .warning }
        return RuleInForce(
            rule: self, severity: severity, scope: scope, reach: reach, wording: wording(for: organization, on: date))
    }

    /// Which of the organization's purposes the rule reaches.
    func reach(of organization: Organization) -> RuleInForce.Reach {
        guard let purposes else { return .organization }
        if organization.purposes.isEmpty { return .purposesUnstated }
        let reached = Purpose.allCases.filter { purposes.contains($0) && organization.purposes.contains($0) }
        if reached.isEmpty { return .notReached }
        let others = Purpose.allCases.filter { organization.purposes.contains($0) && !purposes.contains($0) }
        return .purposes(reached: reached, others: others)
    }

    /// The citation, summary and advice that hold for an organization on a date: the first
    /// variant that names it and is in force replaces the parts it gives.
    public func wording(for organization: Organization, on date: CalendarDate) -> Wording {
        var wording = Wording(citation: citation, summary: summary, advice: advice)
        let variant = variants.first { variant in
            variant.isInForce(on: date) && variant.when.contains { $0.matches(organization) }
        }
        if let variant {
            if let citation = variant.citation { wording.citation = citation }
            if let summary = variant.summary { wording.summary = summary }
            if let advice = variant.advice { wording.advice = advice }
        }
        return wording
    }
}
