/// The assessment's answer for one category of the services in use: the product to move to
/// and the second choice. Decided once, here; `plan compare`, `plan explain` and the plan all
/// read it instead of choosing for themselves.
public struct Recommendation: Sendable, Hashable {
    /// The category, e.g. `videoconferencing`.
    public var category: String
    /// The recommended product's id; nil when no option is ranked.
    public var product: String?
    /// The second choice's id; nil when fewer than two options are ranked.
    public var runnerUp: String?
    /// The scores on which the recommended product is at least as good as every other ranked
    /// option (at the precision shown); empty with one option or none.
    public var strengths: [ScoreKind]
    /// Wants the runner-up does not meet (or is not known to meet) that the recommended
    /// product does, in inventory order.
    public var runnerUpLacks: [String]

    /// Creates a recommendation.
    public init(
        category: String, product: String?, runnerUp: String?, strengths: [ScoreKind] = [], runnerUpLacks: [String] = []
    ) {
        self.category = category
        self.product = product
        self.runnerUp = runnerUp
        self.strengths = strengths
        self.runnerUpLacks = runnerUpLacks
    }

    /// The recommendation of a category from its ranked options, best first.
    static func of(category: String, ranked: [OptionAssessment]) -> Recommendation {
        guard let first = ranked.first else { return Recommendation(category: category, product: nil, runnerUp: nil) }
        let second = ranked.dropFirst().first
        var strengths: [ScoreKind] = []
        if ranked.count > 1 {
            for kind in ScoreKind.allCases {
                let mine = TotalScore.rounded(first.scores[kind].used)
                if ranked.allSatisfy({ TotalScore.rounded($0.scores[kind].used) <= mine }) { strengths.append(kind) }
            }
        }
        let unmet = Set(first.unmetWants)
        let lacks = second.map { $0.unmetWants.filter { !unmet.contains($0) } } ?? []
        return Recommendation(
            category: category, product: first.product, runnerUp: second?.product, strengths: strengths,
            runnerUpLacks: lacks)
    }
}
