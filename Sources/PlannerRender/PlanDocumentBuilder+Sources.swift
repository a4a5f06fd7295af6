import PlannerCore

/// The view models of the risk register and the sources: projections of the assessment and the plan.
extension PlanDocumentBuilder {
    func sourcesView() -> SourcesView {
        let laws = assessment.rulesInForce.map { entry in
            var view = LawSourceView(
                id: entry.rule.id, citation: esc(entry.wording.citation.title),
                url: entry.wording.citation.url.flatMap(MarkdownText.safeURL),
                effectiveFrom: values.date(entry.rule.effectiveFrom),
                more: Listed.list(entry.rule.sources.map { NameView(id: $0, name: link($0)) }))
            view.confidence = choice(entry.rule.confidence.rawValue)
            return view
        }
        var productIDs = inUseIDs
        for id in [plan.target?.id, plan.runnerUp?.id].compactMap({ $0 }) where !productIDs.contains(id) {
            productIDs.append(id)
        }
        var relevant = Set(inventory.services.flatMap(\.featuresUsed))
        relevant.formUnion(inventory.requirements.must.map(\.capability))
        relevant.formUnion(inventory.requirements.want.map(\.capability))
        relevant.formUnion(["deployment.on_premises", "deployment.cloud"])
        var facts: [FactSourceView] = []
        for id in productIDs {
            guard let product = catalog.product(id) else { continue }
            facts += factGroups(product, relevant: relevant)
        }
        return SourcesView(
            laws: Listed.list(laws), facts: Listed.list(facts),
            calendar: Listed.list(plan.calendar.sources.map { NameView(id: $0, name: link($0)) }))
    }

    /// A product's facts the plan relies on, one group per source in first-seen order.
    func factGroups(_ product: Product, relevant: Set<String>) -> [FactSourceView] {
        var items: [SourcedFact] = []
        items.append(SourcedFact("vendor", esc(product.vendor.name), product.vendor.provenance))
        // Another country's registers are no fact this organization's plan relies on: a Kazakh
        // plan does not cite the Russian software register.
        for name in product.registries.keys.sorted()
        where catalog.register(name)?.applies(to: organization.country) ?? true {
            if let entry = product.registries[name] {
                // Named as the register calls itself, not by its catalog id.
                items.append(
                    SourcedFact(
                        "registry", esc(catalog.register(name)?.name[language] ?? name), entry.provenance,
                        listed: entry.listed))
            }
        }
        for certification in product.certifications {
            items.append(SourcedFact("certification", esc(certification.kind), certification.provenance))
        }
        if let residency = product.dataResidency {
            items.append(
                SourcedFact("residency", esc(residency.countries.joined(separator: ", ")), residency.provenance))
        }
        for id in product.capabilities.keys.sorted() where relevant.contains(id) {
            if let fact = product.capabilities[id] {
                // The value as the source states it: a capability it lacks is not one it supports.
                var item = SourcedFact("capability", capability(id).name, fact.provenance)
                switch fact.value {
                case .bool(let present): item.absent = !present
                case .number(let amount): item.amount = values.number(amount, decimals: 0)
                }
                items.append(item)
            }
        }
        for price in product.pricing { items.append(SourcedFact("price", esc(price.plan), price.provenance)) }
        for restriction in assessment.option(product.id)?.restrictionsInForce ?? [] {
            // Said by what it does and since when: its catalog id means nothing to a reader.
            items.append(
                SourcedFact(
                    "restriction", esc(restriction.id), restriction.provenance,
                    restriction: restrictionView(restriction, product: product)))
        }
        if product.id == plan.target?.id || product.id == plan.runnerUp?.id {
            for advisory in product.advisories {
                items.append(SourcedFact("advisory", esc(advisory.id), advisory.provenance))
            }
        }
        var order: [String] = []
        var groups: [String: [SourcedFact]] = [:]
        for item in items {
            let key = item.provenance.source ?? ""
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(item)
        }
        return order.map { key in
            let group = groups[key] ?? []
            return FactSourceView(
                product: esc(product.name(in: language)),
                items: Listed.list(
                    group.map {
                        FactView(
                            kind: choice($0.kind), name: $0.name, secondary: $0.provenance.isSecondary,
                            stale: catalog.isStale($0.provenance) ? values.date($0.provenance.asOf) : nil,
                            listed: $0.listed.map { choice($0 ? "yes" : "no") }, restriction: $0.restriction,
                            absent: $0.absent, amount: $0.amount, unconfirmed: !$0.provenance.isReliable)
                    }),
                source: key.isEmpty ? nil : link(key),
                asOf: values.date(group.compactMap(\.provenance.asOf).max()),
                unconfirmed: group.contains { !$0.provenance.isReliable })
        }
    }

    func risk(_ risk: Risk) -> RiskView {
        RiskView(
            id: risk.id, kind: choice(risk.kind), category: choice(risk.category.rawValue),
            likelihood: choice(risk.likelihood.name), impact: choice(risk.impact.name), exposure: risk.exposure,
            p: parameters(risk.parameters),
            mitigations: Listed.list(
                risk.mitigations.map {
                    MitigationView(id: $0, template: coverage.template(TemplateCoverage.mitigationFolder, $0))
                }),
            template: coverage.template(TemplateCoverage.riskFolder, risk.kind))
    }
}

/// One fact of a product's sources table, before the facts are grouped by source.
private struct SourcedFact {
    let kind: String
    let name: String
    let provenance: Provenance
    /// For a register entry: whether the register lists the product.
    var listed: Bool?
    /// For a vendor's restriction: what it does and since when.
    var restriction: RestrictionView?
    /// For a capability: the source says the product lacks it.
    var absent = false
    /// For a number capability: the number the source gives.
    var amount: TemplateValue?

    init(
        _ kind: String, _ name: String, _ provenance: Provenance, listed: Bool? = nil,
        restriction: RestrictionView? = nil
    ) {
        self.kind = kind
        self.name = name
        self.provenance = provenance
        self.listed = listed
        self.restriction = restriction
    }
}
