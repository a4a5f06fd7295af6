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
                blockers: option.blockers.map { BlockerRecord(rule: $0.rule, message: $0.message) },
                facts: Self.facts(of: option, product: catalog.product(option.product)))
        }
        let rules = assessment.rulesInForce.map {
            RuleRecord(
                ruleID: $0.rule.id, severity: $0.severity == .blocker ? .blocker : .warning, title: $0.rule.title.en)
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

    /// The facts of one option worth comparing between runs, as sorted key/value text.
    static func facts(of option: OptionAssessment, product: Product?) -> [FactRecord] {
        var facts: [FactRecord] = []
        func add(_ key: String, _ value: String?) {
            if let value { facts.append(FactRecord(key: key, value: value)) }
        }
        add("cost.basis", option.cost.basis.rawValue)
        add("cost.annual", option.cost.annual.map { $0.formatted() + " " + option.cost.currency })
        add("cost.one_time", option.cost.oneTime.map { $0.formatted() + " " + option.cost.currency })
        guard let product else { return facts }
        add("vendor.country", product.vendor.country)
        for name in product.registries.keys.sorted() {
            guard let entry = product.registries[name] else { continue }
            let state = entry.listed ? "listed" + (entry.number.map { " № \($0)" } ?? "") : "not listed"
            add("registries.\(name)", state + (entry.provenance.isReliable ? "" : " (unconfirmed)"))
        }
        add("data_residency", product.dataResidency.map { $0.countries.joined(separator: ", ") })
        for certification in product.certifications {
            add("certification.\(certification.kind)", certification.number ?? "recorded")
        }
        for price in product.pricing {
            add("price.\(price.plan)", "\(price.price.formatted()) \(price.currency) \(price.model.rawValue)")
        }
        for id in product.capabilities.keys.sorted() {
            guard let fact = product.capabilities[id] else { continue }
            add("capability.\(id)", fact.value.text + (fact.provenance.isReliable ? "" : " (unconfirmed)"))
        }
        return facts
    }
}
