/// Assesses an organization against the catalog on a date: which rules apply, what each
/// product meets, which products are eligible, conditional or excluded, their three-year
/// cost, four scores, total and rank within their category, and how robust the
/// recommendation is to the weights. Pure and deterministic.
public func assess(_ inventory: Inventory, against catalog: Catalog, asOf: CalendarDate) -> Assessment {
    Assessor(inventory: inventory, catalog: catalog, asOf: asOf, costModel: CostModel()).assessment()
}

/// The steps of `assess`, one small function each.
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
            let cheapest = drafts.filter { $0.status.isRanked }.compactMap(\.cost.threeYear).min()
            var options = drafts.map { option($0, cheapest: cheapest, weights: weights, checker: checker) }
            let order = options.indices.filter { options[$0].status.isRanked }.sorted { a, b in
                TotalScore.ranksBefore(
                    options[a].scores.total, options[a].product, options[b].scores.total, options[b].product)
            }
            for (rank, index) in order.enumerated() { options[index].rank = rank + 1 }
            let best = order.map { options[$0] }
            ranked += best
            excluded += options.filter { !$0.status.isRanked }.sorted { $0.product < $1.product }
            robustness.append(
                Robustness.of(category: category, ranked: best.map { ($0.product, $0.scores.used) }, weights: weights))
            recommendations.append(Recommendation.of(category: category, ranked: best))
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

    /// The categories of the products in use, sorted.
    func categories() -> [String] {
        Array(Set(inventory.services.compactMap { catalog.product($0.product)?.category })).sorted()
    }

    /// Checks, status, deployment and cost of one product.
    func draft(_ product: Product, services: [Service], rules: [RuleInForce], checker: RuleChecker) -> Draft {
        let checks =
            rules.compactMap { checker.check($0, product) } + checker.checkRestrictions(product)
            + requirements.must.map { checker.check($0, product) }
        let deployment = deployment(of: product, rules: rules, evidence: evidence(for: product, in: services))
        let cost = costModel.estimate(for: product, inventory: inventory, onPremises: deployment == .onPremises)
        return Draft(
            product: product, services: services, checks: checks, status: status(of: checks),
            deployment: deployment, cost: cost)
    }

    /// Excluded when a blocker is not met; conditional when one is unknown; else eligible.
    func status(of checks: [RuleCheck]) -> OptionAssessment.Status {
        if checks.contains(where: { $0.effect == .blocker }) { return .excluded }
        if checks.contains(where: { $0.effect == .condition }) { return .conditional }
        return .eligible
    }

    /// How the organization would run the product. Only one edition confirmed: that one.
    /// Both: on premises when the inventory asks for it, or when a data-residency rule in force
    /// is not met by the cloud's confirmed residency; the cloud otherwise (or when required).
    func deployment(of product: Product, rules: [RuleInForce], evidence: Set<String>) -> OptionAssessment.Deployment {
        let onPremises = product.canRunOnPremises
        let cloud = FitScore.offers("deployment.cloud", product, evidence: evidence).outcome == .met
        switch (onPremises, cloud) {
        case (true, false): return .onPremises
        case (false, true): return .cloud
        case (false, false): return .unknown
        case (true, true):
            let mustIDs = requirements.must.map(\.capability)
            if mustIDs.contains("deployment.on_premises")
                || requirements.want.contains(where: { $0.capability == "deployment.on_premises" })
            {
                return .onPremises
            }
            if mustIDs.contains("deployment.cloud") { return .cloud }
            let residency = product.dataResidency.flatMap { $0.provenance.isReliable ? $0.countries : nil } ?? []
            let needsLocalData = rules.contains { entry in
                if entry.checksProducts, case .dataResidency(let countries)? = entry.rule.require {
                    return !residency.contains(where: countries.contains)
                }
                return false
            }
            return needsLocalData ? .onPremises : .cloud
        }
    }

    /// Features used today with this very product: the inventory's evidence that it has them.
    func evidence(for product: Product, in services: [Service]) -> Set<String> {
        Set(services.filter { $0.product == product.id }.flatMap(\.featuresUsed))
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

    /// The yearly cost against the yearly budget, when both are known.
    func budgetFit(_ cost: CostEstimate) -> BudgetFit? {
        guard let budget = organization.budget.annual, let annual = cost.annual, cost.isKnown else { return nil }
        return annual <= budget ? .within : .over
    }

    /// Scores, wants and unknowns of a draft; rank comes later.
    func option(_ draft: Draft, cheapest: Double?, weights: Weights, checker: RuleChecker) -> OptionAssessment {
        let product = draft.product
        let evidence = evidence(for: product, in: draft.services)
        let featuresUsed = unique(draft.services.flatMap(\.featuresUsed))
        let others = draft.services.filter { $0.product != product.id }
        let move = EffortScore.Move(
            featuresUsed: featuresUsed, featuresMoving: unique(others.flatMap(\.featuresUsed)),
            recordingsGB: others.reduce(0) { $0 + ($1.usage.recordingsGB ?? 0) },
            migrates: !others.isEmpty, evidence: evidence)
        let wantOutcomes = requirements.want.map {
            ($0.capability, FitScore.offers($0.capability, product, evidence: evidence).outcome)
        }
        let featureOutcomes = featuresUsed.map { ($0, FitScore.offers($0, product, evidence: evidence).outcome) }
        let mustUnknown = requirements.must.filter { CapabilityKnowledge.meets($0, product).outcome == .unknown }.map(
            \.capability)
        let softUnknown = unique((wantOutcomes + featureOutcomes).filter { $0.1 == .unknown }.map(\.0))
            .filter { !mustUnknown.contains($0) }
        let scores = Scores(
            fit: FitScore.score(
                wants: requirements.want, featuresUsed: featuresUsed, product: product, evidence: evidence),
            cost: CostScore.score(draft.cost, cheapest: cheapest),
            effort: EffortScore.score(product, move: move, organization: organization),
            risk: RiskScore.score(
                product, organization: organization, checks: draft.checks, unknownFacts: softUnknown, asOf: asOf),
            weights: weights)
        var option = OptionAssessment(
            product: product.id, name: product.name, category: product.category,
            inUse: inventory.services.contains { $0.product == product.id }, status: draft.status, rank: nil,
            checks: draft.checks, deployment: draft.deployment, cost: draft.cost, scores: scores,
            unmetWants: wantOutcomes.filter { $0.1 != .met }.map(\.0),
            unknown: Array(Set(mustUnknown + softUnknown)).sorted())
        option.restrictionsInForce = checker.restrictionsInForce(product)
        option.domesticRegister = domesticRegister(of: product, checker: checker)
        option.budget = budgetFit(draft.cost)
        return option
    }

    /// The strings in first-seen order, each once.
    func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
