/// The options of an assessment: checks, deployment, cost, licences and scores of one product.
extension Assessor {
    /// Checks, status, deployment, cost and licences of one product. A product run in the
    /// vendor's cloud is judged on the cloud's data location: an on-premises edition it will not
    /// use does not meet a data-residency rule for it.
    func draft(_ product: Product, services: [Service], rules: [RuleInForce], checker: RuleChecker) -> Draft {
        let (deployment, residencyUnknown) = deployment(
            of: product, rules: rules, evidence: evidence(for: product, in: services))
        var judged = product
        if deployment == .cloud, product.canRunOnPremises {
            judged.capabilities["deployment.on_premises"] = nil
        }
        let checks =
            rules.compactMap { entry -> RuleCheck? in
                if case .dataResidency? = entry.rule.require { return checker.check(entry, judged) }
                return checker.check(entry, product)
            } + checker.checkRestrictions(product) + requirements.must.map { checker.check($0, product) }
        let cost = costModel.estimate(for: product, inventory: inventory, onPremises: deployment == .onPremises)
        var cloudCost: CostEstimate?
        if residencyUnknown {
            cloudCost = costModel.estimate(for: product, inventory: inventory, onPremises: false)
        }
        let licences =
            inventory.quote(for: product.id)?.licences.map {
                LicenceCheck.checks($0, needs: LicenceNeeds(inventory))
            } ?? []
        return Draft(
            product: product, services: services, checks: checks, status: status(of: checks),
            deployment: deployment, cost: cost, cloudCost: cloudCost, licences: licences)
    }

    /// How the organization would run the product, decided here only (the planner follows
    /// it). A must names the deployment: `deployment.on_premises` or `deployment.cloud` (a
    /// product that cannot meet it is excluded by the must; one the catalog cannot confirm is
    /// costed as asked). Then the quote: one licensing server `connections` is for the
    /// product's on-premises edition. Otherwise, with only one edition confirmed: that one. Both: on
    /// premises when the inventory wants it, or when a data-residency rule in force is not met
    /// by the cloud's confirmed residency; the cloud otherwise. `residencyUnknown` is true when
    /// only an unknown cloud data location keeps the product on premises.
    func deployment(of product: Product, rules: [RuleInForce], evidence: Set<String>)
        -> (deployment: OptionAssessment.Deployment, residencyUnknown: Bool)
    {
        let mustIDs = requirements.must.map(\.capability)
        if mustIDs.contains("deployment.on_premises") { return (.onPremises, false) }
        if mustIDs.contains("deployment.cloud") { return (.cloud, false) }
        let onPremises = product.canRunOnPremises
        if onPremises, inventory.quote(for: product.id)?.licences?.metric == .connections {
            return (.onPremises, false)
        }
        let cloud = FitScore.offers("deployment.cloud", product, evidence: evidence).outcome == .met
        switch (onPremises, cloud) {
        case (true, false): return (.onPremises, false)
        case (false, true): return (.cloud, false)
        case (false, false): return (.unknown, false)
        case (true, true):
            if requirements.want.contains(where: { $0.capability == "deployment.on_premises" }) {
                return (.onPremises, false)
            }
            let known = product.dataResidency.flatMap { $0.provenance.isReliable ? $0.countries : nil }
            let needsLocalData = rules.contains { entry in
                if entry.checksProducts, case .dataResidency(let countries)? = entry.rule.require {
                    return !(known ?? []).contains(where: countries.contains)
                }
                return false
            }
            return needsLocalData ? (.onPremises, known == nil) : (.cloud, false)
        }
    }

    /// Features used today with this very product: the inventory's evidence that it has them.
    func evidence(for product: Product, in services: [Service]) -> Set<String> {
        Set(services.filter { $0.product == product.id }.flatMap(\.featuresUsed))
    }

    /// Scores, range, unknown facts and wants of a draft; rank comes later.
    func option(_ draft: Draft, comparison: CostComparison, weights: Weights, checker: RuleChecker)
        -> OptionAssessment
    {
        let product = draft.product
        let evidence = evidence(for: product, in: draft.services)
        let featuresUsed = draft.services.flatMap(\.featuresUsed).uniqued()
        let others = draft.services.filter { $0.product != product.id }
        let move = EffortScore.Move(
            featuresUsed: featuresUsed, featuresMoving: others.flatMap(\.featuresUsed).uniqued(),
            recordingsGB: others.reduce(0) { $0 + ($1.usage.recordingsGB ?? 0) },
            migrates: !others.isEmpty, evidence: evidence)
        let wantOutcomes = requirements.want.map {
            ($0.capability, FitScore.offers($0.capability, product, evidence: evidence).outcome)
        }
        let featureOutcomes = featuresUsed.map { ($0, FitScore.offers($0, product, evidence: evidence).outcome) }
        let mustUnknown = requirements.must.filter { CapabilityKnowledge.meets($0, product).outcome == .unknown }.map(
            \.capability)
        let softUnknown = (wantOutcomes + featureOutcomes).filter { $0.1 == .unknown }.map(\.0).uniqued()
            .filter { !mustUnknown.contains($0) }
        let shortfall = draft.cost.basis == .quote ? LicenceCheck.shortfallFactor(draft.licences) : 1
        let scores = Scores(
            fit: FitScore.score(
                wants: requirements.want, featuresUsed: featuresUsed, product: product, evidence: evidence),
            cost: CostScore.score(
                draft.cost, comparison: comparison, cloud: draft.cloudCost, licenceShortfall: shortfall,
                product: product.id),
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
        option.range = scores.range(weights: weights)
        option.unknownFacts = scores.unknownFacts(weights: weights)
        option.unknownWants = wantOutcomes.filter { $0.1 == .unknown }.map(\.0)
        option.licences = draft.licences
        option.cloudThreeYear = draft.cloudCost?.threeYear
        option.restrictionsInForce = checker.restrictionsInForce(product)
        option.domesticRegister = domesticRegister(of: product, checker: checker)
        option.budget = budgetFit(draft.cost.isKnown ? draft.cost.annual : nil)
        option.firstYearBudget = budgetFit(draft.cost.firstYear)
        return option
    }
}
