import PlannerCore

/// The view models of the recommended product and the costs: projections of the assessment and the plan.
extension PlanDocumentBuilder {
    func recommendationView(target: OptionView) -> RecommendationView {
        let option = assessment.option(target.id)
        let product = catalog.product(target.id)
        let musts = (option?.checks ?? []).filter { $0.kind == .requirement }.map { check in
            RequirementView(
                capability: capability(check.capability ?? check.requirement, requirement: check.requirement),
                outcome: choice(check.outcome.rawValue))
        }
        let unmet = Set(option?.unmetWants ?? [])
        let wants = inventory.requirements.want
        let gaps = plan.gaps.map { gap in
            GapView(
                capability: capability(gap.capability), status: choice(gap.status.rawValue),
                workaround: values.text(gap.workaround ?? catalog.capability(gap.capability)?.workaround),
                services: Listed.list(gap.services.map { NameView(id: $0, name: productName($0)) }),
                needed: gap.needed.map { values.number($0) }, available: gap.available.map { values.number($0) },
                unit: values.text(catalog.capability(gap.capability)?.unit))
        }
        // Each unknown is said once: a must in the musts' table, a feature used today in the
        // gaps' table, any other want in the list of questions; the wants line keeps only what
        // the product lacks.
        let inGaps = Set(plan.gaps.map(\.capability))
        let asked = Set(plan.verifyWithVendor.map(\.capability))
        let questions = plan.verifyWithVendor.filter { !inGaps.contains($0.capability) && $0.origin != .must }.map {
            question in
            VendorQuestionView(
                capability: capability(question.capability, weight: question.weight, requirement: question.requirement),
                origin: choice(question.origin.rawValue), knowledge: choice(question.knowledge.rawValue))
        }
        let advisories = (product?.advisories ?? []).map { advisory in
            AdvisoryView(
                id: esc(advisory.id), summary: esc(advisory.summary[language]),
                cvss: advisory.cvss.map { values.number($0) }, exploited: advisory.exploited,
                fixedIn: values.text(advisory.fixedIn), published: values.date(advisory.published),
                source: advisory.provenance.source.map(link), secondary: advisory.provenance.confidence == .secondary)
        }
        var view = RecommendationView(
            product: target,
            musts: Listed.list(musts),
            metWants: Listed.list(
                wants.filter { !unmet.contains($0.capability) }.map { capability($0.capability, weight: $0.weight) }),
            unmetWants: target.unmetWants.filter { !asked.contains($0.element.id) && !inGaps.contains($0.element.id) }
                .map(\.element).listed,
            gaps: Listed.list(gaps),
            verifyWithVendor: Listed.list(questions),
            // A must-requirement left to confirm is among the questions; the conditions are the
            // legal ones.
            conditions: target.conditions.filter {
                !$0.element.kind.flags.contains(RuleCheck.Kind.requirement.rawValue)
            }
            .map(\.element).listed,
            warnings: target.warnings,
            advisories: Listed.list(advisories), asksVendor: !plan.verifyWithVendor.isEmpty)
        let excluded = option?.excludedFor ?? []
        view.limits = Listed.list((option?.limits ?? []).map { check($0, product: product) })
        view.excludedFor = purposeList(excluded)
        view.eligibleFor = excluded.isEmpty ? [] : purposeList(Array(organization.purposes.subtracting(excluded)))
        view.hasDomesticRegister = catalog.domesticRegister(for: organization.country) != nil
        return view
    }

    func costsView() -> CostsView {
        let currentAnnual = assessment.currentAnnualCost
        let currentThreeYear = assessment.currentThreeYearCost
        let targetOption = plan.target.flatMap { assessment.option($0.id) }
        var against: ComparisonView?
        if let current = currentThreeYear, let three = targetOption?.cost.threeYear {
            against = compare(three, against: current)
        }
        let budget = organization.budget.annual
        var prices: [PriceView] = []
        for id in [plan.target?.id, plan.runnerUp?.id].compactMap({ $0 }) {
            guard let product = catalog.product(id) else { continue }
            for price in product.pricing {
                prices.append(
                    PriceView(
                        product: esc(product.name(in: language)), plan: esc(price.plan),
                        model: choice(price.model.rawValue), price: values.money(price.price, price.currency),
                        oneTime: price.oneTime > 0 ? values.money(price.oneTime as Double?, price.currency) : nil,
                        minimumUsers: price.minimumUsers.map { values.count($0) },
                        source: price.provenance.source.map(link),
                        asOf: values.date(price.provenance.asOf), confirmed: price.provenance.isReliable))
            }
        }
        let unknown = assessment.options.filter { $0.eligible && !$0.cost.isKnown }
            .map { NameView(id: $0.product, name: productName($0.product)) }
        let assumed = assessment.options.filter { $0.eligible && $0.cost.isKnown && ($0.cost.servers ?? 0) > 0 }
        return CostsView(
            currency: esc(currency),
            currentAnnual: values.money(currentAnnual, currency),
            currentThreeYear: values.money(currentThreeYear, currency),
            againstCurrent: against,
            budget: values.money(budget, currency),
            withinBudget: targetOption?.budget == .within, overBudget: targetOption?.budget == .over,
            prices: Listed.list(prices),
            quotes: Listed.list(inventory.quotes.map(quoteView)),
            unknownCosts: Listed.list(unknown),
            firstYear: values.money(targetOption?.cost.firstYear, currency),
            firstYearOverBudget: targetOption?.budget == .within && targetOption?.firstYearBudget == .over,
            assumptions: Listed.list(assumed.map(option)),
            licensed: Listed.list(assessment.options.filter { $0.eligible && !$0.licences.isEmpty }.map(option)))
    }
}
