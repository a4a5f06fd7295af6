/// The assessment's answer for one category of the services in use: the best replacement, the
/// second choice, how firm the choice is given what the catalog does not know, and whether
/// the law lets the organization keep what it uses. Decided once, here; `plan compare`,
/// `plan explain` and the plan all read it instead of choosing for themselves.
public struct Recommendation: Sendable, Hashable {
    /// How firm the first place is.
    public enum Verdict: String, Sendable, Hashable, CaseIterable, Codable {
        /// No way of deciding the unknown facts changes the first place: the first is eligible
        /// and its lowest total is above every other replacement's highest.
        case clear
        /// Deciding the unknown facts could change the first place (`decidingUnknowns`).
        case open
        /// The two best totals are equal at the precision shown (0.1).
        case tie
        /// No replacement is ranked.
        case none
    }

    /// An unknown fact that could change the first place, and how far it can move its
    /// product's total.
    public struct DecidingUnknown: Sendable, Hashable {
        public var product: String
        public var fact: String
        public var swing: Double

        /// Creates an entry.
        public init(product: String, fact: String, swing: Double) {
            self.product = product
            self.fact = fact
            self.swing = swing
        }
    }

    /// The category, e.g. `videoconferencing`.
    public var category: String
    /// The best replacement's id: never a product in use; nil when none is ranked.
    public var product: String?
    /// The second replacement's id; nil when fewer than two are ranked.
    public var runnerUp: String?
    /// The scores on which the recommended product is strictly best whatever the unknown
    /// facts turn out to be (its lowest above every other replacement's highest, at the
    /// precision shown); empty with one option or none.
    public var strengths: [ScoreKind]
    /// Wants the runner-up is known not to meet and the recommended product meets, in
    /// inventory order.
    public var runnerUpLacks: [String]
    /// Wants the catalog cannot confirm for the runner-up and the recommended product meets.
    public var runnerUpUnconfirmed: [String]
    public var verdict: Verdict
    /// With a tie: the other replacements with the same total at 0.1, in rank order.
    public var tiedWith: [String]
    /// Replacements whose highest total reaches the recommended one's lowest: they could
    /// still come first, in rank order.
    public var contenders: [String]
    /// Conditional replacements with a higher total than the recommended product: ranked
    /// after it because an unknown fact may still exclude them, in rank order.
    public var conditionalAbove: [String]
    /// The facts that could change the first place, the largest swing first: the questions
    /// to put to vendors first. Empty when the verdict is clear.
    public var decidingUnknowns: [DecidingUnknown]
    /// A product in use that the law lets the organization keep (eligible) and that scores
    /// above the best replacement; nil otherwise.
    public var stay: String?

    /// Creates a recommendation.
    public init(
        category: String, product: String?, runnerUp: String?, strengths: [ScoreKind] = [],
        runnerUpLacks: [String] = [], runnerUpUnconfirmed: [String] = [], verdict: Verdict? = nil,
        tiedWith: [String] = [], contenders: [String] = [], conditionalAbove: [String] = [],
        decidingUnknowns: [DecidingUnknown] = [], stay: String? = nil
    ) {
        self.category = category
        self.product = product
        self.runnerUp = runnerUp
        self.strengths = strengths
        self.runnerUpLacks = runnerUpLacks
        self.runnerUpUnconfirmed = runnerUpUnconfirmed
        self.verdict = verdict ?? (product == nil ? .none : .open)
        self.tiedWith = tiedWith
        self.contenders = contenders
        self.conditionalAbove = conditionalAbove
        self.decidingUnknowns = decidingUnknowns
        self.stay = stay
    }

    /// The recommendation of a category from its ranked options, in rank order.
    static func of(category: String, ranked: [OptionAssessment], weights: Weights = .standard) -> Recommendation {
        let replacements = ranked.filter { !$0.inUse }
        let stayCandidates = ranked.filter { $0.inUse && $0.status == .eligible }
        guard let first = replacements.first else {
            return Recommendation(
                category: category, product: nil, runnerUp: nil, verdict: Verdict.none,
                stay: stayCandidates.first?.product)
        }
        let rivals = Array(replacements.dropFirst())
        let second = rivals.first
        let shown = TotalScore.rounded(first.scores.total)
        let tiedWith = rivals.filter { TotalScore.rounded($0.scores.total) == shown }.map(\.product)
        let isTie = second.map { TotalScore.rounded($0.scores.total) == shown } ?? false
        let floor = TotalScore.rounded(first.range.min)
        let contenders = rivals.filter { TotalScore.rounded($0.range.max) >= floor }
        let verdict: Verdict =
            isTie ? .tie : (first.status == .eligible && contenders.isEmpty ? .clear : .open)
        var deciding: [(entry: DecidingUnknown, rank: Int)] = []
        if verdict != .clear {
            for (rank, option) in ([first] + contenders).enumerated() {
                for fact in option.unknownFacts {
                    let swing = fact.swing + (option.product == first.product ? 0 : drop(of: first, by: option, fact))
                    guard TotalScore.rounded(swing) > 0 else { continue }
                    deciding.append((DecidingUnknown(product: option.product, fact: fact.fact, swing: swing), rank))
                }
            }
            deciding.sort { a, b in
                let (sa, sb) = (TotalScore.rounded(a.entry.swing), TotalScore.rounded(b.entry.swing))
                if sa != sb { return sa > sb }
                return a.rank != b.rank ? a.rank < b.rank : a.entry.fact < b.entry.fact
            }
        }
        let stay = stayCandidates.filter { TotalScore.rounded($0.scores.total) > shown }
            .max { TotalScore.ranksBefore($1.scores.total, $1.product, $0.scores.total, $0.product) }
        let unmet = Set(first.unmetWants)
        return Recommendation(
            category: category, product: first.product, runnerUp: second?.product,
            strengths: strengths(of: first, against: rivals),
            runnerUpLacks: second.map { $0.lackedWants.filter { !unmet.contains($0) } } ?? [],
            runnerUpUnconfirmed: second.map { $0.unknownWants.filter { !unmet.contains($0) } } ?? [],
            verdict: verdict, tiedWith: isTie ? tiedWith : [], contenders: contenders.map(\.product),
            conditionalAbove: rivals.filter {
                $0.status == .conditional && TotalScore.rounded($0.scores.total) > shown
            }.map(\.product),
            decidingUnknowns: deciding.map(\.entry), stay: stay?.product)

        /// What a rival's data location does to the first's total: a cloud without servers below
        /// the first's cost lowers the first's cost score.
        func drop(of first: OptionAssessment, by rival: OptionAssessment, _ fact: UnknownFact) -> Double {
            guard fact.fact == "data_residency", let cloud = rival.cloudThreeYear, let cost = first.cost.threeYear,
                cloud < cost
            else { return 0 }
            let now = first.scores.cost.used
            return max(0, now - CostScore.ratio(cost, cloud)) * weights.cost / 100
        }
    }

    /// The scores on which `first` is best whatever the unknowns: known, and its lowest above
    /// every rival's highest at one decimal.
    static func strengths(of first: OptionAssessment, against rivals: [OptionAssessment]) -> [ScoreKind] {
        guard !rivals.isEmpty else { return [] }
        return ScoreKind.allCases.filter { kind in
            let mine = first.scores[kind]
            guard mine.value != nil else { return false }
            let floor = TotalScore.rounded(mine.range.min)
            return rivals.allSatisfy { TotalScore.rounded($0.scores[kind].range.max) < floor }
        }
    }
}
