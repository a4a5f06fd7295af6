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

    /// Creates a recommendation.
    public init(category: String, product: String?, runnerUp: String?) {
        self.category = category
        self.product = product
        self.runnerUp = runnerUp
    }

    /// The recommendation of a category from its ranked options, best first.
    static func of(category: String, ranked: [OptionAssessment]) -> Recommendation {
        Recommendation(category: category, product: ranked.first?.product, runnerUp: ranked.dropFirst().first?.product)
    }
}
