extension RunRecord {
    /// The history's record of one assessment: every option with its status, rank, scores,
    /// cost and blockers, a snapshot of the catalog facts a later diff compares (prices,
    /// registers, residency, capabilities), and the rules in force.
    public init(assessment: Assessment, inventory: Inventory, catalog: Catalog, command: Command, toolVersion: String) {
        let products = assessment.options.map { option in
            ProductRecord(
                productID: option.product, name: option.name, category: option.category,
                status: ProductRecord.Status(rawValue: option.status.rawValue) ?? .excluded, rank: option.rank,
                fit: Self.rounded(option.scores.fit.value), cost: Self.rounded(option.scores.cost.value),
                effort: Self.rounded(option.scores.effort.value), risk: Self.rounded(option.scores.risk.value),
                total: option.status.isRanked ? option.scores.shownTotal : nil,
                threeYearCost: option.cost.threeYear, currency: option.cost.currency,
                blockers: option.blockers.map {
                    BlockerRecord(rule: $0.rule, reason: $0.finding.reason, caveat: $0.finding.caveat)
                },
                facts: Self.facts(of: option, product: catalog.product(option.product)))
        }
        let rules = assessment.rulesInForce.map {
            RuleRecord(
                ruleID: $0.rule.id, severity: $0.severity == .blocker ? .blocker : .warning, title: $0.rule.title)
        }
        self.init(
            organizationID: assessment.organization.id, organizationName: assessment.organization.name,
            inventoryFingerprint: inventory.fingerprint, catalogFingerprint: assessment.catalogFingerprint,
            asOf: assessment.asOf, toolVersion: toolVersion, command: command, products: products, rules: rules)
    }

    /// Scores as shown: one decimal, so the history holds what users saw.
    static func rounded(_ value: Double?) -> Double? {
        value.map { ($0 * 10).rounded() / 10 }
    }

    /// The facts of one option worth comparing between runs, typed, with the catalog's confidence.
    static func facts(of option: OptionAssessment, product: Product?) -> [FactRecord] {
        let cost = option.cost
        var facts = [FactRecord(.costBasis, .basis(cost.basis))]
        if let annual = cost.annual { facts.append(FactRecord(.costAnnual, .money(annual, currency: cost.currency))) }
        if let oneTime = cost.oneTime {
            facts.append(FactRecord(.costOneTime, .money(oneTime, currency: cost.currency)))
        }
        guard let product else { return facts }
        facts.append(
            FactRecord(
                .vendorCountry, .country(product.vendor.country), confidence: product.vendor.provenance.confidence))
        for name in product.registries.keys.sorted() {
            guard let entry = product.registries[name] else { continue }
            facts.append(
                FactRecord(
                    .registry(name), entry.listed ? .listed(number: entry.number) : .notListed,
                    confidence: entry.provenance.confidence))
        }
        if let residency = product.dataResidency {
            facts.append(
                FactRecord(.dataResidency, .countries(residency.countries), confidence: residency.provenance.confidence)
            )
        }
        for certification in product.certifications {
            facts.append(
                FactRecord(
                    .certification(certification.kind), .certificate(number: certification.number),
                    confidence: certification.provenance.confidence))
        }
        for price in product.pricing {
            facts.append(
                FactRecord(
                    .price(price.plan), .price(price.price, currency: price.currency, model: price.model),
                    confidence: price.provenance.confidence))
        }
        for id in product.capabilities.keys.sorted() {
            guard let fact = product.capabilities[id] else { continue }
            let value: FactValue
            switch fact.value {
            case .bool(let flag): value = .flag(flag)
            case .number(let number): value = .number(number)
            }
            facts.append(FactRecord(.capability(id), value, confidence: fact.provenance.confidence))
        }
        return facts
    }
}
