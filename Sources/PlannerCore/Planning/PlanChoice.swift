/// What a plan leads to: the target and the second choice, each with the deployment the
/// assessment costed it for. Built from the assessment's recommendation; tests may build one
/// by hand.
public struct PlanChoice: Sendable {
    /// A chosen product and how the organization would run it.
    public struct Chosen: Sendable {
        public var product: Product
        public var deployment: Deployment

        /// Creates a chosen product.
        public init(product: Product, deployment: Deployment) {
            self.product = product
            self.deployment = deployment
        }
    }

    /// The product to move to; nil when nothing is eligible.
    public var target: Chosen?
    /// The second choice, for the summary and the rollback.
    public var runnerUp: Chosen?
    /// The work-plan steps the rules in force ask of the organization, in rule order.
    public var legalTasks: [LegalTask] = []
    /// How the purchase is made, which sets the procurement's working days; nil: the
    /// regime's `procurement_days` (a choice built by hand).
    public var route: ProcurementRoute?
    /// The services in use that a rule or restriction excludes: their contract may not be
    /// renewed, so a gap before the cut-over cannot be bridged by extending it.
    public var excludedServices: Set<String> = []
    /// Services in use that a rule bars from use altogether (a use ban, a data-location rule):
    /// not even their free tier bridges a gap.
    public var useBarredServices: Set<String> { Set(useBarringEffects.keys) }
    /// For each service in use that a rule in force bars from use, the effects of those rules
    /// (`use_ban`, `data_location`): the plan asks how to work with it until the cut-over.
    public var useBarringEffects: [String: Set<Rule.Effect>] = [:]

    /// Creates a choice.
    public init(target: Chosen?, runnerUp: Chosen? = nil) {
        self.target = target
        self.runnerUp = runnerUp
    }

    /// One step a rule in force adds to the work plan: the rule's id and the task's place in
    /// the rule's `tasks` (the plan takes the words from the catalog).
    public struct LegalTask: Sendable, Hashable {
        public var rule: String
        public var index: Int
        public var phase: PhaseKind

        /// Creates a task reference.
        public init(rule: String, index: Int, phase: PhaseKind) {
            self.rule = rule
            self.index = index
            self.phase = phase
        }
    }

    /// The primary category's recommendation of an assessment, with the deployments it costed.
    public init(assessment: Assessment, catalog: Catalog) {
        func chosen(_ id: String?) -> Chosen? {
            guard let id, let product = catalog.product(id), let option = assessment.option(id) else { return nil }
            return Chosen(product: product, deployment: option.deployment)
        }
        let recommendation = assessment.primaryRecommendation
        self.init(target: chosen(recommendation?.product), runnerUp: chosen(recommendation?.runnerUp))
        excludedServices = Set(assessment.options.filter { $0.inUse && !$0.eligible }.map(\.product))
        // A rule that bars using the service, or keeping its data where it does, bars its free
        // tier too; a ban on buying it (or its vendor's refusal to sell) does not.
        var effects: [String: Rule.Effect] = [:]
        for rule in catalog.rules where [.useBan, .dataLocation].contains(rule.effect) {
            effects[rule.id] = rule.effect
        }
        for option in assessment.options where option.inUse {
            let barring = Set(option.blockers.compactMap { effects[$0.rule] })
            if !barring.isEmpty { useBarringEffects[option.product] = barring }
        }
        legalTasks = assessment.rulesInForce.filter(\.addsTasks).flatMap { entry in
            entry.rule.tasks.enumerated().map { LegalTask(rule: entry.rule.id, index: $0, phase: $1.phase) }
        }
    }
}
