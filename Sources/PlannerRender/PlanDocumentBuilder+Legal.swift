import PlannerCore

/// The view models of the legal constraints and the procurement section: projections of the assessment and the plan.
extension PlanDocumentBuilder {
    func legalView() -> LegalView {
        let rules = assessment.rulesInForce.map { legalRule($0) }
        let restrictions = inUseIDs.flatMap { id -> [RestrictionView] in
            guard let product = catalog.product(id), let option = assessment.option(id) else { return [] }
            return option.restrictionsInForce.map { restrictionView($0, product: product) }
        }
        return LegalView(rules: Listed.list(rules), restrictions: Listed.list(restrictions))
    }

    func legalRule(_ entry: RuleInForce) -> LegalRuleView {
        let rule = entry.rule
        var subjects: [(id: String, inUse: Bool)] = inUseIDs.map { ($0, true) }
        for id in [plan.target?.id, plan.runnerUp?.id].compactMap({ $0 }) where !inUseIDs.contains(id) {
            subjects.append((id, false))
        }
        let impacts = subjects.compactMap { subject -> RuleImpactView? in
            guard let option = assessment.option(subject.id),
                let check = option.checks.first(where: { $0.rule == rule.id })
            else { return nil }
            return RuleImpactView(
                product: subject.id, name: productName(option.product), inUse: subject.inUse,
                isTarget: subject.id == plan.target?.id, isRunnerUp: subject.id == plan.runnerUp?.id,
                outcome: choice(check.outcome.rawValue), effect: choice(check.effect.rawValue))
        }
        let blockerSince = rule.severityChanges.last { $0.from <= assessment.asOf && $0.severity == .blocker }?.from
        return LegalRuleView(
            id: rule.id, title: esc(rule.title[language]), summary: values.text(rule.summary),
            citation: esc(rule.citation.title), url: rule.citation.url.flatMap(MarkdownText.safeURL),
            effectiveFrom: values.date(rule.effectiveFrom), severity: choice(entry.severity.rawValue),
            blockerSince: values.date(blockerSince), advice: values.text(rule.advice),
            unconfirmed: rule.confidence == .unconfirmed, impacts: Listed.list(impacts),
            procurement: rule.concernsProcurement)
    }

    func procurementView(legal: LegalView) -> ProcurementView {
        let target = plan.target.flatMap { assessment.option($0.id) }
        let entry = target?.domesticRegister?.entry
        let standing = assessment.procurement
        let law = organizationView().procurement
        return ProcurementView(
            law: TemplateValue(law.text, flags: law.flags),
            regulated: standing.regulated,
            registry: registry(of: target),
            registryNumber: values.text(entry?.number),
            registrySince: values.date(entry?.since),
            registrySource: entry?.provenance.source.map(link),
            registryAsOf: values.date(entry?.provenance.asOf),
            registryUnconfirmed: entry.map { !$0.provenance.isReliable } ?? false,
            rules: Listed.list(legal.rules.map(\.element).filter(\.procurement)),
            quoteCount: values.count(standing.quotes),
            needsMoreQuotes: standing.quotesMissing > 0,
            kiiApproval: standing.approvalForForeignSoftware)
    }
}
