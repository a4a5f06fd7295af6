import PlannerCore

// View models of the plan: how firm the recommendation is, what rests on unknown facts, and
// the licences a quote covers.

/// How firm the recommendation is (`Recommendation.verdict`), and what could change it.
public struct VerdictView: TemplateObject {
    /// Flags: `clear`, `open`, `tie`, `none`.
    public var verdict: TemplateValue
    /// With a tie: the other products with the same total.
    public var tiedWith: [Listed<NameView>]
    /// How many other replacements could still come first (null when none).
    public var contenders: TemplateValue?
    /// Conditional products with a higher total than the recommended one.
    public var conditionalAbove: [Listed<NameView>]
    /// The first facts that could change the first place, largest swing first.
    public var deciding: [Listed<DecidingView>]
    /// How many more such facts there are (null when none).
    public var moreDeciding: TemplateValue?
    /// A service in use the law lets the organization keep and that scores higher.
    public var stay: StayView?
    /// Services in use the law lets the organization keep (eligible) that score lower than
    /// the recommended replacement: a move is a choice, not an obligation.
    public var keepAllowed: [Listed<NameView>] = []

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "verdict": return .of(verdict)
        case "tiedWith": return .of(tiedWith)
        case "contenders": return .of(contenders)
        case "conditionalAbove": return .of(conditionalAbove)
        case "hasConditionalAbove": return .of(!conditionalAbove.isEmpty)
        case "deciding": return .of(deciding)
        case "hasDeciding": return .of(!deciding.isEmpty)
        case "moreDeciding": return .of(moreDeciding)
        case "stay": return .of(stay)
        case "keepAllowed": return .of(keepAllowed)
        case "hasKeepAllowed": return .of(!keepAllowed.isEmpty)
        default: return nil
        }
    }
}

/// A service in use that may be kept: its name and total.
public struct StayView: TemplateObject {
    public var name: String
    public var total: TemplateValue

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "name": return .of(name)
        case "total": return .of(total)
        default: return nil
        }
    }
}

/// One unknown fact that could change the first place.
public struct DecidingView: TemplateObject {
    /// The product's name, escaped.
    public var product: String
    public var fact: UnknownFactView
    /// How far the fact can move the comparison, in points of the total.
    public var swing: TemplateValue

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "product": return .of(product)
        case "fact": return .of(fact)
        case "swing": return .of(swing)
        default: return nil
        }
    }
}

/// An unknown fact: a capability or rule (with its name), or one of the flags `data_residency`,
/// `cost`, `licences`, `vendor_country`, `advisory`.
public struct UnknownFactView: TemplateObject {
    /// Flags: `capability`, `rule`, `data_residency`, `cost`, `licences`, `vendor_country`, `advisory`.
    public var kind: TemplateValue
    /// The capability's or rule's name, or the advisory's id, escaped.
    public var name: String?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "kind": return .of(kind)
        case "name": return .of(name)
        default: return nil
        }
    }
}

/// A total with the range the unknown facts leave it.
public struct RangeView: TemplateObject {
    public var min: TemplateValue
    public var max: TemplateValue
    /// True when the unknown facts move the total at the precision shown.
    public var spread: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "min": return .of(min)
        case "max": return .of(max)
        case "spread": return .of(spread)
        default: return nil
        }
    }
}

/// A quote's licences against one need.
public struct LicenceView: TemplateObject {
    /// Flags: `connections`, `named_users`, `participants`.
    public var metric: TemplateValue
    /// Flags: `meetings`, `webinars`, `users`.
    public var need: TemplateValue
    public var licensed: TemplateValue
    public var people: TemplateValue
    /// Room systems counted in the need (null when none).
    public var roomSystems: TemplateValue?
    public var needed: TemplateValue
    /// Licences to add (null when the quote covers the need).
    public var shortfall: TemplateValue?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "metric": return .of(metric)
        case "need": return .of(need)
        case "licensed": return .of(licensed)
        case "people": return .of(people)
        case "roomSystems": return .of(roomSystems)
        case "needed": return .of(needed)
        case "shortfall": return .of(shortfall)
        default: return nil
        }
    }
}

extension PlanDocumentBuilder {
    /// The primary category's verdict, with at most `limit` deciding facts.
    func verdictView(limit: Int = 5) -> VerdictView? {
        guard let recommendation = assessment.primaryRecommendation else { return nil }
        let names = { (ids: [String]) in Listed.list(ids.map { NameView(id: $0, name: productName($0)) }) }
        let deciding = recommendation.decidingUnknowns.prefix(limit).map { entry in
            DecidingView(
                product: productName(entry.product), fact: factView(entry.fact),
                swing: values.number(TotalScore.rounded(entry.swing)))
        }
        let stay = recommendation.stay.flatMap { id in
            assessment.option(id).map { StayView(name: productName(id), total: values.score($0.scores.total)) }
        }
        return VerdictView(
            verdict: choice(recommendation.verdict.rawValue), tiedWith: names(recommendation.tiedWith),
            contenders: values.count(recommendation.contenders.count, zeroIsNull: true),
            conditionalAbove: names(recommendation.conditionalAbove), deciding: Listed.list(Array(deciding)),
            moreDeciding: values.count(
                max(0, recommendation.decidingUnknowns.count - deciding.count), zeroIsNull: true),
            stay: stay,
            keepAllowed: names(
                assessment.ranked(in: recommendation.category).filter {
                    $0.inUse && $0.status == .eligible && $0.product != recommendation.stay
                }.map(\.product)))
    }

    /// A fact as the plan names it.
    func factView(_ fact: String) -> UnknownFactView {
        if let capability = catalog.capability(fact) {
            return UnknownFactView(kind: choice("capability"), name: esc(capability.name[language]))
        }
        if let rule = catalog.rules.first(where: { $0.id == fact }) {
            return UnknownFactView(kind: choice("rule"), name: esc(rule.title[language]))
        }
        if fact.hasPrefix("advisory:") {
            return UnknownFactView(kind: choice("advisory"), name: esc(String(fact.dropFirst("advisory:".count))))
        }
        return UnknownFactView(kind: choice(fact), name: nil)
    }

    /// An option's range.
    func rangeView(_ range: ScoreRange) -> RangeView {
        RangeView(min: values.score(range.min), max: values.score(range.max), spread: range.isSpread)
    }

    /// A licence check.
    func licenceView(_ check: LicenceCheck) -> LicenceView {
        LicenceView(
            metric: choice(check.metric.rawValue), need: choice(check.need.rawValue),
            licensed: values.count(check.licensed), people: values.count(check.people),
            roomSystems: values.count(check.roomSystems, zeroIsNull: true), needed: values.count(check.needed),
            shortfall: values.count(check.shortfall, zeroIsNull: true))
    }
}
