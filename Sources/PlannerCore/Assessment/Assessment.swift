/// The assessment of one organization against the catalog on one date: the rules in force,
/// every option (each catalog product of the categories in use) with its checks, status,
/// cost, scores and rank, and how robust the recommendation is. Built by
/// `assess(_:against:asOf:)`; pure data, equal inputs give equal values.
public struct Assessment: Sendable {
    /// Who was assessed.
    public var organization: Organization
    /// The date laws and facts were judged at.
    public var asOf: CalendarDate
    /// The inventory's weights, normalized to sum 100.
    public var weights: Weights
    /// The budget currency every amount is in.
    public var currency: String
    /// The rules in force on the date that name the organization, by id.
    public var rulesInForce: [RuleInForce]
    /// Ranked options first (by category, then rank), then the excluded ones (by category, then id).
    public var options: [OptionAssessment]
    /// One per category, by category.
    public var robustness: [Robustness]
    /// What to move to, one per category, by category.
    public var recommendations: [Recommendation]
    /// The category of the first service in use: the one a migration plan is about.
    public var primaryCategory: String?
    /// What the procurement regime asks of this purchase.
    public var procurement: ProcurementStanding
    /// What the services in use cost a year together; nil when any cost is not given.
    public var currentAnnualCost: Double?

    /// What the services in use cost over the comparison's three years.
    public var currentThreeYearCost: Double? { currentAnnualCost.map { $0 * CostModel.years } }
    /// `Catalog.fingerprint` of the catalog used.
    public var catalogFingerprint: String

    /// Creates an assessment.
    public init(
        organization: Organization, asOf: CalendarDate, weights: Weights, currency: String,
        rulesInForce: [RuleInForce], options: [OptionAssessment], robustness: [Robustness],
        recommendations: [Recommendation] = [], primaryCategory: String? = nil,
        procurement: ProcurementStanding = ProcurementStanding(
            regime: nil, quotes: 0, quotesMissing: 0, approvalForForeignSoftware: false),
        catalogFingerprint: String
    ) {
        self.organization = organization
        self.asOf = asOf
        self.weights = weights
        self.currency = currency
        self.rulesInForce = rulesInForce
        self.options = options
        self.robustness = robustness
        self.recommendations = recommendations
        self.primaryCategory = primaryCategory
        self.procurement = procurement
        self.currentAnnualCost = nil
        self.catalogFingerprint = catalogFingerprint
    }

    /// The categories compared, sorted.
    public var categories: [String] { Array(Set(options.map(\.category))).sorted() }

    /// The option of a product, if it was assessed.
    public func option(_ product: String) -> OptionAssessment? {
        options.first { $0.product == product }
    }

    /// The ranked options of a category, best first.
    public func ranked(in category: String) -> [OptionAssessment] {
        options.filter { $0.category == category && $0.rank != nil }.sorted { ($0.rank ?? 0) < ($1.rank ?? 0) }
    }

    /// The recommendation of a category.
    public func recommendation(in category: String) -> Recommendation? {
        recommendations.first { $0.category == category }
    }

    /// The recommendation a migration plan follows: that of the primary category.
    public var primaryRecommendation: Recommendation? { primaryCategory.flatMap(recommendation(in:)) }

    /// The recommended option of a category.
    public func recommended(in category: String) -> OptionAssessment? {
        recommendation(in: category)?.product.flatMap(option)
    }

    /// The robustness of a category's recommendation.
    public func robustness(in category: String) -> Robustness? {
        robustness.first { $0.category == category }
    }
}

/// One product considered for the organization.
public struct OptionAssessment: Sendable {
    /// What the rules and requirements make of the product.
    public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
        /// Every rule and must-requirement is met.
        case eligible
        /// Nothing is broken, but a blocker depends on a fact the catalog does not know.
        case conditional
        /// A blocker is broken.
        case excluded

        /// True for eligible and conditional: those are ranked.
        public var isRanked: Bool { self != .excluded }
    }

    /// How the organization would run the product, which decides the server assumptions. The
    /// planner uses the same type and the same value, so cost and plan agree.
    public typealias Deployment = PlannerCore.Deployment

    /// Catalog product id.
    public var product: String
    public var name: String
    public var category: String
    /// True when a service in the inventory uses this product today.
    public var inUse: Bool
    public var status: Status
    /// 1 = best in its category; nil when excluded.
    public var rank: Int?
    /// Every rule, vendor restriction and must-requirement checked: rules by id, then
    /// restrictions, then requirements in inventory order.
    public var checks: [RuleCheck]
    public var deployment: Deployment
    public var cost: CostEstimate
    /// Computed for every option; only ranked options are compared on them.
    public var scores: Scores
    /// Wants not met (unknown included), in inventory order.
    public var unmetWants: [String]
    /// Capability ids the inventory asks for or uses (must, want, features used) that the
    /// catalog does not know or holds only unconfirmed, sorted.
    public var unknown: [String]
    /// The vendor's own restrictions in force on the date that name this organization.
    public var restrictionsInForce: [Restriction] = []
    /// Where the product stands in the domestic register of the organization's country; nil
    /// when the catalog names no such register.
    public var domesticRegister: RegisterStanding?
    /// The yearly cost against the budget; nil when either is unknown.
    public var budget: BudgetFit?
    /// The first year's cost (one-time + yearly) against the yearly budget; nil when either
    /// is unknown.
    public var firstYearBudget: BudgetFit?
    /// The lowest and highest total the unknown facts allow (`total` within it).
    public var range: ScoreRange = .exactly(0)
    /// The unknown facts and how far each can move the total, the largest swing first.
    public var unknownFacts: [UnknownFact] = []
    /// Wants the catalog cannot confirm either way, in inventory order (a subset of `unmetWants`).
    public var unknownWants: [String] = []
    /// The quote's licences against the organization's needs; empty when the quote states none.
    public var licences: [LicenceCheck] = []
    /// The three-year cost without assumed servers, when only an unknown cloud data location
    /// keeps the product on premises; nil otherwise.
    public var cloudThreeYear: Double?

    /// Creates an option.
    public init(
        product: String, name: String, category: String, inUse: Bool, status: Status, rank: Int?,
        checks: [RuleCheck], deployment: Deployment, cost: CostEstimate, scores: Scores,
        unmetWants: [String], unknown: [String]
    ) {
        self.product = product
        self.name = name
        self.category = category
        self.inUse = inUse
        self.status = status
        self.rank = rank
        self.checks = checks
        self.deployment = deployment
        self.cost = cost
        self.scores = scores
        self.unmetWants = unmetWants
        self.unknown = unknown
        self.range = .exactly(scores.total)
    }

    /// True for eligible and conditional.
    public var eligible: Bool { status.isRanked }
    /// Broken blockers: why the product is excluded.
    public var blockers: [RuleCheck] { checks.filter { $0.effect == .blocker } }
    /// Unknown blockers: what to verify.
    public var conditions: [RuleCheck] { checks.filter { $0.effect == .condition } }
    /// Warning rules not met or unknown.
    public var warnings: [RuleCheck] { checks.filter { $0.effect == .warning } }
    /// Wants known not to be met (confirmed), in inventory order.
    public var lackedWants: [String] { unmetWants.filter { !unknownWants.contains($0) } }
    /// Broken blockers that reach some purposes only: what the product may not be used for.
    public var limits: [RuleCheck] { checks.filter { $0.effect == .limited } }
    /// The purposes the product may not be used for, in vocabulary order.
    public var excludedFor: [Purpose] {
        let limited = Set(limits.flatMap(\.purposes))
        return Purpose.allCases.filter(limited.contains)
    }
    /// The blockers met on a fact that comes only from a secondary source (a register entry, a
    /// data location, a capability a third party relays): what admits the product rests on
    /// them, so a plan says so and asks to check them before the purchase. Empty when every
    /// fact that admits it is confirmed.
    public var secondaryGrounds: [RuleCheck] {
        checks.filter { $0.severity == .blocker && $0.outcome == .met && $0.finding.secondary }
    }

    /// True when the vendor has ended its service to organizations like this one.
    public var serviceEnded: Bool { restrictionsInForce.contains { $0.effect == .serviceEnded } }

    /// What the known three-year cost leaves out, so that it understates what the product will
    /// cost: the quote's licences short of a need, servers and administration not included.
    /// Empty when the cost is unknown (nothing to understate) or leaves nothing out that the
    /// inventory and the catalog can tell. The summary says it beside the figure, the costs
    /// section line by line.
    public var costOmissions: [CostOmission] {
        guard cost.isKnown else { return [] }
        var omissions: [CostOmission] = []
        if cost.basis == .quote, licences.contains(where: \.isShort) { omissions.append(.licences) }
        if cost.lines.contains(where: { $0.kind == .serversNotIncluded }) { omissions.append(.servers) }
        return omissions
    }
}

/// What a cost estimate leaves out of what the product will cost.
public enum CostOmission: String, Sendable, Hashable, CaseIterable, Codable {
    /// The quote covers fewer licences than a need (`LicenceCheck.isShort`): more are to be bought.
    case licences
    /// The assumed servers and their administration are not counted (`CostLine.Kind.serversNotIncluded`).
    case servers
}
