import PlannerCore

/// The view models of the legal constraints and the procurement section: projections of the assessment and the plan.
extension PlanDocumentBuilder {
    func legalView() -> LegalView {
        let rules = assessment.rulesInForce.map { legalRule($0) }
        let restrictions = inUseIDs.flatMap { id -> [RestrictionView] in
            guard let product = catalog.product(id), let option = assessment.option(id) else { return [] }
            return option.restrictionsInForce.map { restrictionView($0, product: product) }
        }
        var view = LegalView(rules: Listed.list(rules), restrictions: Listed.list(restrictions))
        let covering = assessment.rulesInForce.filter(\.governsEveryPurpose)
        view.rulesForAllPurposes = Listed.list(rules.filter { rule in covering.contains { $0.rule.id == rule.id } })
        return view
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
            var impact = RuleImpactView(
                product: subject.id, name: productName(option.product), inUse: subject.inUse,
                isTarget: subject.id == plan.target?.id, isRunnerUp: subject.id == plan.runnerUp?.id,
                outcome: choice(check.outcome.rawValue), effect: choice(check.effect.rawValue))
            impact.law = choice(rule.effect.rawValue)
            impact.purposes = purposeList(check.purposes)
            impact.excluded = option.status == .excluded
            impact.ifApplies = check.outcome == .unknown && check.finding.caveat?.code == .ruleUnconfirmed
            impact.secondary = (check.outcome != .unknown || impact.ifApplies) && check.finding.secondary
            return impact
        }
        let blockerSince = rule.severityChanges.last { $0.from <= assessment.asOf && $0.severity == .blocker }?.from
        var view = LegalRuleView(
            id: rule.id, title: esc(rule.title[language]), summary: values.text(entry.wording.summary),
            citation: esc(entry.wording.citation.title), url: entry.wording.citation.url.flatMap(MarkdownText.safeURL),
            effectiveFrom: values.date(rule.effectiveFrom), severity: choice(entry.severity.rawValue),
            blockerSince: entry.severity == .blocker ? values.date(blockerSince) : nil,
            advice: values.text(entry.wording.advice),
            unconfirmed: rule.confidence == .unconfirmed, impacts: Listed.list(impacts),
            procurement: rule.concernsProcurement)
        view.effect = choice(rule.effect.rawValue)
        view.toCheck = entry.scope == .toCheck
        view.checkNote = values.text(entry.scope == .toCheck ? rule.checkNote : nil)
        view.purposes = purposeList(rule.purposes ?? [])
        view.purposesReached = purposeList(entry.reachedPurposes)
        view.purposesUnstated = entry.reach == .purposesUnstated
        view.notReached = entry.reach == .notReached
        view.hasTasks = entry.addsTasks && !rule.tasks.isEmpty
        return view
    }

    /// Purposes as a list the templates name (`inline/purposes`), in vocabulary order.
    func purposeList(_ purposes: [Purpose]) -> [Listed<NameView>] {
        Listed.list(
            Purpose.allCases.filter(purposes.contains).map { NameView(id: $0.rawValue, name: $0.rawValue) })
    }

    func procurementView(legal: LegalView) -> ProcurementView {
        let target = plan.target.flatMap { assessment.option($0.id) }
        let entry = target?.domesticRegister?.entry
        let standing = assessment.procurement
        let law = organizationView().procurement
        let rules = legal.rules.map(\.element)
        var view = ProcurementView(
            law: TemplateValue(law.text, flags: law.flags),
            regulated: standing.regulated,
            registry: registry(of: target),
            registryNumber: values.text(entry?.number),
            registrySince: values.date(entry?.since),
            registrySource: entry?.provenance.source.map(link),
            registryAsOf: values.date(entry?.provenance.asOf),
            registryUnconfirmed: entry.map { !$0.provenance.isReliable } ?? false,
            rules: Listed.list(rules.filter { $0.procurement && !$0.toCheck }),
            quoteCount: values.count(standing.quotes),
            needsMoreQuotes: standing.quotesMissing > 0,
            kiiApproval: standing.approvalForForeignSoftware)
        if let regime = standing.regime {
            view.name = esc(regime.name[language])
            view.citation = regime.citation.map { esc($0.title) }
            view.url = regime.citation?.url.flatMap(MarkdownText.safeURL)
            view.unconfirmed = regime.confidence == .unconfirmed
        }
        view.defaulted = standing.defaulted
        view.hasDomesticRegister = catalog.domesticRegister(for: organization.country) != nil
        view.steps = Listed.list(
            standing.steps.map { step in
                ProcurementStepView(
                    id: step.id, title: esc(step.title[language]), text: esc(step.text[language]),
                    citation: step.citation.map { esc($0.title) },
                    url: step.citation?.url.flatMap(MarkdownText.safeURL),
                    check: step.confidence == .unconfirmed, secondary: step.confidence == .secondary)
            })
        let dataRules = assessment.rulesInForce.filter { $0.rule.effect == .dataLocation && $0.scope == .confirmed }
        view.dataRules = Listed.list(rules.filter { view in dataRules.contains { $0.rule.id == view.id } })
        return view
    }
}

extension PlanDocumentBuilder {
    /// The words of a `legal-task` checklist item, from the catalog: `text` (the task in the
    /// plan's language) and `citation` (the act it rests on, for this organization).
    func legalTaskWords(_ item: ChecklistItem) -> [(name: String, value: TemplateValue)] {
        guard item.id == "legal-task", case .text(let id)? = item.parameter("rule"),
            case .int(let number)? = item.parameter("task"),
            let entry = assessment.rulesInForce.first(where: { $0.rule.id == id }),
            entry.rule.tasks.indices.contains(number - 1)
        else { return [] }
        let task = entry.rule.tasks[number - 1]
        return [
            ("text", TemplateValue(esc(task.text[language]))),
            ("title", TemplateValue(esc(entry.rule.title[language]))),
            ("citation", TemplateValue(esc(entry.wording.citation.title))),
        ]
    }
}
