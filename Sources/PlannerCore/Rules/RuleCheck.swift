/// One rule, vendor restriction or must-requirement checked against one product: what it
/// requires, met / not met / unknown and why, and what that does to the product.
public struct RuleCheck: Sendable, Hashable {
    /// Where the check comes from.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A rule of the catalog (a law, a decree, official guidance).
        case law
        /// The built-in `VENDOR-RESTRICTION` against one of the product's restrictions.
        case vendorRestriction = "vendor_restriction"
        /// A must-requirement of the inventory (`REQUIREMENT`).
        case requirement
    }

    /// What the outcome does to the product.
    public enum Effect: String, Sendable, Hashable, Codable {
        /// Nothing: the check is met.
        case none
        /// A broken blocker: the product is excluded.
        case blocker
        /// An unknown blocker: the product stays ranked, and the fact must be verified.
        case condition
        /// A warning rule not met or unknown: eligible, shown as a risk.
        case warning
        /// A broken blocker that reaches some purposes of the organization's services only
        /// (lessons): the product may not be used for those, and stays eligible for the others.
        case limited
    }

    /// The id reported for built-in vendor restrictions.
    public static let vendorRestrictionID = "VENDOR-RESTRICTION"
    /// The id reported for must-requirements of the inventory.
    public static let requirementID = "REQUIREMENT"

    /// The rule id (`RU-1236-REGISTRY`), `VENDOR-RESTRICTION` or `REQUIREMENT`.
    public var rule: String
    public var kind: Kind
    /// The rule's title from the catalog; nil for the built-in checks (a vendor restriction, a
    /// must-requirement), which the templates name by their kind.
    public var title: LocalizedText?
    /// What is required, as written: `registry: ru_software`, `clients.browser`, a restriction
    /// id; empty for the vendor-restriction check that found none.
    public var requirement: String
    /// The severity on the as-of date.
    public var severity: Rule.Severity
    /// Met, not met or unknown, with the reason.
    public var finding: Finding
    /// The act the rule stands for (title), or the restriction it reports; nil for requirements.
    public var citation: String?
    /// The act's URL, the restriction's source, or the fact's source.
    public var source: String?
    /// What to do about it, when the catalog says.
    public var advice: LocalizedText?
    /// The capability a requirement names.
    public var capability: String?
    /// What breaking the rule means (a law only), for the plan's wording.
    public var ruleEffect: Rule.Effect?
    /// The rule's predicate (a law only).
    public var predicate: Predicate?
    /// The vendor's restriction the check reports (a vendor restriction in force only).
    public var restriction: Restriction?
    /// The purposes of the organization's services the rule reaches; empty: the whole organization.
    public var purposes: [Purpose] = []
    /// True when the organization has purposes the rule does not reach: a broken blocker then
    /// limits the product to those instead of excluding it.
    public var limitsPurposesOnly = false

    /// Creates a check.
    public init(
        rule: String, kind: Kind, title: LocalizedText?, requirement: String, severity: Rule.Severity,
        finding: Finding, citation: String? = nil, source: String? = nil, advice: LocalizedText? = nil,
        capability: String? = nil, ruleEffect: Rule.Effect? = nil
    ) {
        self.rule = rule
        self.kind = kind
        self.title = title
        self.requirement = requirement
        self.severity = severity
        self.finding = finding
        self.citation = citation
        self.source = source
        self.advice = advice
        self.capability = capability
        self.ruleEffect = ruleEffect
    }

    /// Met, not met or unknown.
    public var outcome: Outcome { finding.outcome }

    /// What the outcome does: a blocker not met excludes, a blocker unknown is a condition,
    /// a warning not met or unknown is a warning.
    public var effect: Effect {
        switch (severity, outcome) {
        case (_, .met): return .none
        case (.blocker, .notMet): return limitsPurposesOnly ? .limited : .blocker
        case (.blocker, .unknown): return .condition
        case (.warning, _): return .warning
        }
    }
}

/// Checks the catalog's rules, the vendors' restrictions and the inventory's must-requirements
/// against products, for one organization on one date.
public struct RuleChecker: Sendable {
    public var organization: Organization
    public var asOf: CalendarDate
    /// Evaluates each rule's predicate.
    public var evaluator: PredicateEvaluator

    /// Creates a checker; `registers` are the catalog's (whom each can list).
    public init(organization: Organization, asOf: CalendarDate, registers: [Register] = []) {
        self.organization = organization
        self.asOf = asOf
        evaluator = PredicateEvaluator(asOf: asOf, registers: registers)
    }

    /// The rules in force on the date that name the organization, in `when` or as one to
    /// check in `check_when`, by id, each with its reach and wording.
    public func inForce(_ rules: [Rule]) -> [RuleInForce] {
        rules.compactMap { $0.inForce(for: organization, on: asOf) }.sorted { $0.rule.id < $1.rule.id }
    }

    /// One rule in force against one product; nil when the rule judges no product for this
    /// organization (an obligation without a predicate, a rule to check, purposes not reached).
    /// A rule the catalog marks unconfirmed never excludes: a product that fails it stays
    /// unknown ("verify that the rule applies").
    public func check(_ entry: RuleInForce, _ product: Product) -> RuleCheck? {
        guard entry.checksProducts, let predicate = entry.rule.require else { return nil }
        let rule = entry.rule
        var finding = evaluator.evaluate(predicate, for: product)
        if rule.confidence == .unconfirmed, finding.outcome == .notMet {
            finding.outcome = .unknown
            finding.caveat = Reason(.ruleUnconfirmed)
        }
        var check = RuleCheck(
            rule: rule.id, kind: .law, title: rule.title, requirement: predicate.expression,
            severity: entry.severity, finding: finding, citation: entry.wording.citation.title,
            source: entry.wording.citation.url ?? rule.sources.first ?? finding.source, advice: entry.wording.advice,
            ruleEffect: rule.effect)
        check.predicate = predicate
        check.purposes = entry.reachedPurposes
        check.limitsPurposesOnly = entry.limitsPurposesOnly
        return check
    }

    /// One rule against one product, as `check(_:_:)` does for the rule in force (for tests
    /// and `plan explain`); nil when the rule is not in force for the organization or judges
    /// no product.
    public func check(_ rule: Rule, _ product: Product) -> RuleCheck? {
        rule.inForce(for: organization, on: asOf).flatMap { check($0, product) }
    }

    /// The built-in `VENDOR-RESTRICTION`: each restriction in force on the date whose
    /// `applies_to` names the organization is a blocker (unknown when the restriction is
    /// unconfirmed). With none, one met check says so.
    public func checkRestrictions(_ product: Product) -> [RuleCheck] {
        let applying = restrictionsInForce(product)
        guard !applying.isEmpty else {
            return [
                RuleCheck(
                    rule: RuleCheck.vendorRestrictionID, kind: .vendorRestriction, title: nil, requirement: "",
                    severity: .blocker, finding: Finding(.met, .restrictionNone))
            ]
        }
        return applying.map { restriction in
            let confirmed = restriction.provenance.isReliable
            let summary = restriction.summary.map {
                LocalizedText(ru: $0.ru.firstSentence(), en: $0.en.firstSentence())
            }
            let reason = Reason(
                .restrictionInForce,
                [
                    PlanParameter("restriction", .text(restriction.id)),
                    PlanParameter("effect", .text(restriction.effect.rawValue)),
                    PlanParameter("since", .date(restriction.since)),
                ] + .optional("summary", summary.map(PlanValue.localized)) + [
                    PlanParameter("confirmed", .bool(confirmed))
                ])
            var check = RuleCheck(
                rule: RuleCheck.vendorRestrictionID, kind: .vendorRestriction, title: nil,
                requirement: restriction.id, severity: .blocker,
                finding: Finding(confirmed ? .notMet : .unknown, reason, source: restriction.provenance.source),
                citation: restriction.id, source: restriction.provenance.source)
            check.restriction = restriction
            return check
        }
    }

    /// The product's restrictions in force on the date that name the organization.
    public func restrictionsInForce(_ product: Product) -> [Restriction] {
        product.restrictions.filter { $0.isInForce(on: asOf) && $0.appliesTo.matches(organization) }
    }

    /// A must-requirement of the inventory: strict, a blocker, reported as `REQUIREMENT`.
    public func check(_ requirement: MustRequirement, _ product: Product) -> RuleCheck {
        let finding = CapabilityKnowledge.meets(requirement, product)
        return RuleCheck(
            rule: RuleCheck.requirementID, kind: .requirement, title: nil,
            requirement: requirement.expression, severity: .blocker, finding: finding,
            citation: nil, source: finding.source,
            capability: requirement.capability)
    }
}

extension String {
    /// The first sentence, without its full stop: the text up to the first ". " that is
    /// followed by a capital letter (so "No. 22" does not end it).
    func firstSentence() -> String {
        let characters = Array(self)
        var index = 0
        while index + 2 < characters.count {
            if characters[index] == ".", characters[index + 1] == " ", characters[index + 2].isUppercase,
                !(index >= 2 && characters[index - 2] == " ")
            {
                return String(characters[..<index])
            }
            index += 1
        }
        return trimmingFinalStop()
    }

    /// The text without a final full stop, to be embedded in a longer sentence.
    func trimmingFinalStop() -> String {
        var text = self
        while text.last == "." || text.last == " " { text.removeLast() }
        return text
    }
}
