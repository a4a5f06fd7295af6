import PlannerCore

/// The view models of the summary, the current state and the options considered: projections of the assessment and the plan.
extension PlanDocumentBuilder {
    func summaryView(options: [OptionView], risks: RisksView) -> SummaryView {
        let blocked = inUseIDs.compactMap { id in options.first { $0.id == id && $0.status.flags.contains("excluded") }
        }
        let recommendation = assessment.primaryRecommendation
        var comparison: ComparisonView?
        if let a = plan.target.flatMap({ assessment.option($0.id)?.cost.threeYear }),
            let b = plan.runnerUp.flatMap({ assessment.option($0.id)?.cost.threeYear })
        {
            comparison = compare(b, against: a)
        }
        let lacks = (recommendation?.runnerUpLacks ?? []).map { capability($0) }
        let unconfirmed = (recommendation?.runnerUpUnconfirmed ?? []).map { capability($0) }
        let strengths = (recommendation?.strengths ?? []).map { NameView(id: $0.rawValue, name: $0.rawValue) }
        let category = recommendation?.category
        let productCount = assessment.options.filter { $0.category == category }.count
        let rankedCount = category.map { assessment.ranked(in: $0).count } ?? 0
        var summary = SummaryView(
            blockedServices: Listed.list(blocked), runnerUpLacks: Listed.list(lacks),
            runnerUpCost: comparison, mainRisk: risks.items.first?.element,
            strengths: Listed.list(strengths), productCount: values.count(productCount),
            rankedCount: values.count(rankedCount), runnerUpUnconfirmed: Listed.list(unconfirmed),
            verdict: verdictView())
        summary.currentBlocked = !blocked.isEmpty && blocked.count == inUseIDs.count
        let target = plan.target.flatMap { assessment.option($0.id) }
        let omissions = target?.costOmissions ?? []
        summary.eligibilitySecondary = !(target?.secondaryGrounds.isEmpty ?? true)
        summary.costOmissions = Listed.list(omissions.map { NameView(id: $0.rawValue, name: $0.rawValue) })
        return summary
    }

    /// `amount` against `reference`: cheaper or dearer, by how much and what share of the reference.
    func compare(_ amount: Double, against reference: Double, currency: String? = nil) -> ComparisonView {
        let difference = abs(amount - reference)
        let percent = reference > 0 ? difference / reference * 100 : 0
        let same = TotalScore.rounded(percent) < 0.5 && difference < 1
        return ComparisonView(
            cheaper: !same && amount < reference, dearer: !same && amount > reference, same: same,
            difference: values.money(difference, currency ?? self.currency), percent: values.percent(percent))
    }

    func currentView(services: [Listed<ServiceView>]) -> CurrentView {
        let recordings = inventory.services.compactMap(\.usage.recordingsGB)
        let features = inventory.services.flatMap(\.featuresUsed).uniqued()
        let sites = organization.sites.map { site in
            SiteView(
                name: esc(site.name), users: values.count(site.users),
                roomSystems: values.count(site.roomSystems, zeroIsNull: true))
        }
        return CurrentView(
            services: services, sites: Listed.list(sites),
            annualCost: values.money(assessment.currentAnnualCost, currency),
            threeYearCost: values.money(assessment.currentThreeYearCost, currency),
            recordingsGB: recordings.isEmpty ? nil : values.number(recordings.reduce(0, +)),
            features: Listed.list(features.map { capability($0) }),
            latestContractEnd: values.date(inventory.services.compactMap(\.contractEnd).max()))
    }

    func optionsView(options: [OptionView], target: OptionView?) -> OptionsView {
        let weights = assessment.weights
        let category = assessment.primaryCategory ?? assessment.categories.first
        var robustness: RobustnessView?
        if let result = category.flatMap({ assessment.robustness(in: $0) }), result.second != nil {
            let smallest = result.smallest
            robustness = RobustnessView(
                robust: result.isRobust, tie: result.tie, open: result.open,
                weight: smallest.map { choice($0.weight.rawValue) },
                from: smallest.map { values.number($0.from, decimals: 1) },
                to: smallest?.to.map { values.number($0, decimals: 1) },
                second: result.second.map(productName))
        }
        return OptionsView(
            rows: Listed.list(options),
            weights: ScoresView(
                fit: values.number(weights.fit), cost: values.number(weights.cost),
                effort: values.number(weights.effort), risk: values.number(weights.risk),
                total: values.number(100)),
            robustness: robustness,
            severalCategories: assessment.categories.count > 1)
    }
}
