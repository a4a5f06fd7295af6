/// Assesses an organization against the catalog on a date: which rules apply, what each
/// product meets, which products are eligible, conditional or excluded, their three-year
/// cost, four scores with the range the unknown facts leave them, total and rank within
/// their category, the recommendation and how robust it is. Pure and deterministic.
public func assess(_ inventory: Inventory, against catalog: Catalog, asOf: CalendarDate) -> Assessment {
    Assessor(inventory: inventory, catalog: catalog, asOf: asOf, costModel: CostModel()).assessment()
}

/// The steps of `assess`, one small function each (options in `Assess+Option.swift`).
struct Assessor {
    let inventory: Inventory
    let catalog: Catalog
    let asOf: CalendarDate
    let costModel: CostModel

    /// One option before scores and ranks.
    struct Draft {
        var product: Product
        var services: [Service]
        var checks: [RuleCheck]
        var status: OptionAssessment.Status
        var deployment: OptionAssessment.Deployment
        var cost: CostEstimate
        /// The estimate without assumed servers, when only an unknown cloud data location
        /// keeps the product on premises.
        var cloudCost: CostEstimate?
        /// The quote's licences against the need; empty without a quote that states them.
        var licences: [LicenceCheck]
    }

    var organization: Organization { inventory.organization }
    var requirements: Requirements { inventory.requirements }

    func assessment() -> Assessment {
        let checker = RuleChecker(organization: organization, asOf: asOf, registers: catalog.registers)
        let rules = checker.inForce(catalog.rules)
        let weights = requirements.weights.normalized()
        var ranked: [OptionAssessment] = []
        var excluded: [OptionAssessment] = []
        var robustness: [Robustness] = []
        var recommendations: [Recommendation] = []
        for category in categories() {
            let services = inventory.services.filter { catalog.product($0.product)?.category == category }
            let drafts = catalog.products(in: category).map {
                draft($0, services: services, rules: rules, checker: checker)
            }
            let comparison = CostComparison(
                ranked: drafts.filter { $0.status.isRanked }.map(\.cost.threeYear),
                eligible: drafts.filter { $0.status == .eligible }.map(\.cost.threeYear),
                cloud: Dictionary(
                    drafts.filter { $0.status.isRanked }.compactMap { draft in
                        draft.cloudCost?.threeYear.map { (draft.product.id, $0) }
                    }, uniquingKeysWith: min))
            var options = drafts.map { option($0, comparison: comparison, weights: weights, checker: checker) }
            let order = options.indices.filter { options[$0].status.isRanked }.sorted {
                Self.ranksBefore(options[$0], options[$1])
            }
            for (rank, index) in order.enumerated() { options[index].rank = rank + 1 }
            let best = order.map { options[$0] }
            ranked += best
            excluded += options.filter { !$0.status.isRanked }.sorted { $0.product < $1.product }
            let recommendation = Recommendation.of(category: category, ranked: best, weights: weights)
            let pair = [recommendation.product, recommendation.runnerUp].compactMap { id in
                best.first { $0.product == id }
            }
            // Eligible options rank before conditional ones whatever the weights.
            let orderFixed = pair.count == 2 && pair[0].status != pair[1].status
            var result = Robustness.of(
                category: category, ranked: pair.map { ($0.product, $0.scores.used) }, weights: weights,
                orderFixed: orderFixed)
            result.tie = recommendation.verdict == .tie
            result.open = recommendation.verdict == .open
            robustness.append(result)
            recommendations.append(recommendation)
        }
        var assessment = Assessment(
            organization: organization, asOf: asOf, weights: weights, currency: organization.budget.currency,
            rulesInForce: rules,
            options: ranked + excluded, robustness: robustness, recommendations: recommendations,
            primaryCategory: inventory.services.lazy.compactMap { catalog.product($0.product)?.category }.first,
            procurement: procurementStanding(rules: rules), catalogFingerprint: catalog.fingerprint)
        let costs = inventory.services.map(\.annualCost)
        assessment.currentAnnualCost = costs.contains { $0 == nil } ? nil : costs.reduce(0) { $0 + ($1 ?? 0) }
        return assessment
    }

    /// The ranking: an option no unknown fact can exclude (eligible) before one that a fact
    /// may still exclude (conditional); then the higher total at one decimal; then the
    /// smaller product id.
    static func ranksBefore(_ a: OptionAssessment, _ b: OptionAssessment) -> Bool {
        if a.status != b.status { return a.status == .eligible }
        return TotalScore.ranksBefore(a.scores.total, a.product, b.scores.total, b.product)
    }

    /// The categories of the products in use, sorted.
    func categories() -> [String] {
        Array(Set(inventory.services.compactMap { catalog.product($0.product)?.category })).sorted()
    }

    /// Excluded when a blocker is not met; conditional when one is unknown; else eligible.
    func status(of checks: [RuleCheck]) -> OptionAssessment.Status {
        if checks.contains(where: { $0.effect == .blocker }) { return .excluded }
        if checks.contains(where: { $0.effect == .condition }) { return .conditional }
        return .eligible
    }

    /// What the organization's regime asks of the purchase: offers still missing, and whether
    /// a procurement rule in force names significant critical infrastructure (buying foreign
    /// software for it then needs an approval first).
    func procurementStanding(rules: [RuleInForce]) -> ProcurementStanding {
        let regime = catalog.procurementRegime(organization.procurement)
        let quotes = inventory.quotes.count
        let approval =
            organization.kii == .significant
            && rules.contains { entry in
                entry.scope == .confirmed
                    && entry.rule.when.contains { $0.procurement != nil && $0.kii?.contains(.significant) == true }
            }
        var standing = ProcurementStanding(
            regime: regime, quotes: quotes, quotesMissing: max(0, (regime?.minimumQuotes ?? 0) - quotes),
            approvalForForeignSoftware: approval)
        standing.defaulted = organization.procurementDefaulted
        standing.steps = (regime?.steps ?? []).filter { step in
            step.holds(on: asOf) && (step.when.isEmpty || step.when.contains { $0.matches(organization) })
        }
        return standing
    }

    /// The product's standing in the domestic register of the organization's country.
    func domesticRegister(of product: Product, checker: RuleChecker) -> RegisterStanding? {
        guard let register = catalog.domesticRegister(for: organization.country) else { return nil }
        let finding = checker.evaluator.evaluate(.registry(register.id), for: product)
        return RegisterStanding(register: register.id, outcome: finding.outcome, entry: product.registries[register.id])
    }

    /// The yearly budget against an amount, when both are known.
    func budgetFit(_ amount: Double?) -> BudgetFit? {
        guard let budget = organization.budget.annual, let amount else { return nil }
        return amount <= budget ? .within : .over
    }
}
