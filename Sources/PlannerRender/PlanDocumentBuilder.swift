import PlannerCore

/// Which checklist items, risk kinds and mitigations a template set has words for: the
/// templates it holds. The sentence for checklist item ID is the template `checklist/ID`,
/// for a risk of kind K `inline/risk/K`, for mitigation ID `inline/mitigation/ID`; the
/// templates include it with a dynamic partial (`{{>*template}}`). An item without its
/// template is printed by id with its parameters, never dropped.
public struct TemplateCoverage: Sendable, Equatable {
    /// The names of the templates of the set.
    public var names: Set<String>

    /// Creates a coverage set.
    public init(names: Set<String>) { self.names = names }

    /// Everything covered: for tests that do not render.
    public static let all = TemplateCoverage(names: ["*"])

    /// The folder of checklist sentences, of risk sentences and of mitigation phrases.
    public static let checklistFolder = "checklist"
    public static let riskFolder = "inline/risk"
    public static let mitigationFolder = "inline/mitigation"

    /// The template for `id` in `folder`, when the set has it.
    public func template(_ folder: String, _ id: String) -> String? {
        let name = "\(folder)/\(id)"
        return names.contains("*") || names.contains(name) ? name : nil
    }
}

extension PlanDocument {
    /// Builds the view model of one plan.
    ///
    /// - Parameters:
    ///   - inventory: the organization (its text is escaped here).
    ///   - assessment: `assess(inventory, against: catalog, asOf:)`.
    ///   - plan: `MigrationPlanner.plan(…)` for the assessment's recommendation.
    ///   - catalog: names, prices, facts and sources.
    ///   - language: the plan's language.
    ///   - inventoryFile: the inventory's path; only its last component is shown.
    ///   - coverage: the ids the templates have words for.
    ///   - texts: the catalog's texts escaped once per run (`CatalogTexts(catalog:)`).
    ///   - changes: what changed since the last plan (its run to this one), for the section
    ///     "Changes since the last plan"; nil on a first plan or without a history.
    public static func build(
        inventory: Inventory, assessment: Assessment, plan: MigrationPlan, catalog: Catalog,
        language: Language, inventoryFile: String, coverage: TemplateCoverage,
        texts: CatalogTexts = .none, changes: RunDiff? = nil
    ) -> PlanDocument {
        PlanDocumentBuilder(
            inventory: inventory, assessment: assessment, plan: plan, catalog: catalog,
            values: ValueFactory(language: language, texts: texts), coverage: coverage
        )
        .document(inventoryFile: inventoryFile, changes: changes)
    }
}

/// The steps of `PlanDocument.build`, one per section.
struct PlanDocumentBuilder {
    let inventory: Inventory
    let assessment: Assessment
    let plan: MigrationPlan
    let catalog: Catalog
    let values: ValueFactory
    let coverage: TemplateCoverage

    var language: Language { values.language }

    /// Escaped text, from the run's cache when it is a catalog text.
    func esc(_ text: String) -> String { values.texts.escape(text) }

    /// A source as a link or escaped text, from the run's cache when it is a catalog source.
    func link(_ text: String) -> String { values.texts.source(text) }
    var organization: Organization { inventory.organization }
    var currency: String { assessment.currency }

    /// Product ids of the services in use, in inventory order, without repeats.
    var inUseIDs: [String] {
        var seen: Set<String> = []
        return inventory.services.map(\.product).filter { seen.insert($0).inserted }
    }

    func document(inventoryFile: String, changes: RunDiff? = nil) -> PlanDocument {
        let options = assessment.options.map(option)
        let target = plan.target.flatMap { id in options.first { $0.id == id.id } }
        let runnerUp = plan.runnerUp.flatMap { id in options.first { $0.id == id.id } }
        let services = Listed.list(inventory.services.map { service(for: $0, options: options) })
        let legal = legalView()
        let timeline = timelineView()
        let risks = RisksView(items: Listed.list(plan.risks.map(risk)))
        return PlanDocument(
            lang: language.rawValue,
            organization: organizationView(),
            asOf: values.date(assessment.asOf),
            catalogVersion: esc(catalog.version),
            inventoryFile: esc(Self.lastComponent(inventoryFile)),
            ready: plan.status == .ready && target != nil,
            noEligibleProduct: plan.status == .noEligibleProduct || target == nil,
            target: target,
            runnerUp: runnerUp,
            services: services,
            summary: summaryView(options: options, risks: risks),
            changes: changes.map(changesView),
            legal: legal,
            current: currentView(services: services),
            options: optionsView(options: options, target: target),
            recommendation: target.map { recommendationView(target: $0) },
            costs: costsView(),
            timeline: timeline,
            procurement: procurementView(legal: legal),
            risks: risks,
            rollback: rollbackView(timeline: timeline),
            sources: sourcesView())
    }

    static func lastComponent(_ path: String) -> String {
        String(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
    }

    // MARK: - Common parts

    func organizationView() -> OrganizationView {
        let regime = catalog.procurementRegime(organization.procurement)
        return OrganizationView(
            name: esc(organization.name),
            id: organization.id,
            country: esc(organization.country),
            sector: .choice(organization.sector.rawValue),
            ownership: .choice(organization.ownership.rawValue),
            procurement: .choice(organization.procurement, flag: regime?.key ?? organization.procurement),
            personalData: organization.personalData,
            kii: .choice(organization.kii.rawValue),
            stateInformationSystem: organization.stateInformationSystem,
            users: values.count(organization.users),
            itStaff: values.count(organization.itStaff),
            siteCount: values.count(organization.sites.count),
            roomSystems: values.count(organization.roomSystems, zeroIsNull: true),
            deadline: values.date(organization.deadline),
            budget: values.money(organization.budget.annual, currency),
            currency: esc(currency))
    }

    func capability(_ id: String, weight: Int? = nil, requirement: String? = nil) -> CapabilityView {
        let name = catalog.capability(id)?.name[language] ?? id
        return CapabilityView(
            id: id, name: esc(name), weight: weight.map { values.count($0) },
            requirement: requirement.map(esc))
    }

    func productName(_ id: String) -> String {
        esc(catalog.product(id)?.name ?? id)
    }

    func choice(_ raw: String) -> TemplateValue { .choice(raw) }

    func check(_ check: RuleCheck, product: Product?) -> CheckView {
        var restriction: RestrictionView?
        if check.kind == .vendorRestriction, let product,
            let found = product.restrictions.first(where: { $0.id == check.requirement })
        {
            restriction = restrictionView(found, product: product)
        }
        let title: String
        if check.kind == .requirement, let id = check.capability {
            title = capability(id).name
        } else {
            title = esc(check.title[language])
        }
        return CheckView(
            rule: check.rule, kind: choice(check.kind.rawValue), title: title,
            citation: values.text(check.citation), source: check.source.map(link),
            outcome: choice(check.outcome.rawValue), severity: choice(check.severity.rawValue),
            effect: choice(check.effect.rawValue), advice: values.text(check.advice),
            capability: check.capability.map { capability($0, requirement: check.requirement) },
            restriction: restriction)
    }

    func restrictionView(_ restriction: Restriction, product: Product) -> RestrictionView {
        RestrictionView(
            id: restriction.id, product: esc(product.name), summary: values.text(restriction.summary),
            since: values.date(restriction.since), effect: choice(restriction.effect.rawValue),
            source: restriction.provenance.source.map(link), asOf: values.date(restriction.provenance.asOf),
            confirmed: restriction.provenance.isReliable)
    }

    /// An estimate as the plan shows it; the quote is filled in by the caller, which knows
    /// the product.
    func cost(_ estimate: CostEstimate) -> CostView {
        CostView(
            known: estimate.isKnown,
            oneTime: values.money(estimate.oneTime, estimate.currency),
            annual: values.money(estimate.annual, estimate.currency),
            threeYear: values.money(estimate.threeYear, estimate.currency),
            basis: choice(estimate.basis.rawValue),
            quote: nil,
            servers: estimate.servers.map { values.count($0) },
            serversOneTime: values.money(estimate.amount(of: .servers)?.oneTime, estimate.currency),
            administrationAnnual: values.money(estimate.amount(of: .administration)?.annual, estimate.currency),
            serversNotIncluded: estimate.amount(of: .serversNotIncluded) != nil)
    }

    func quoteView(_ quote: Quote) -> QuoteView {
        QuoteView(
            product: productName(quote.product), annual: values.money(quote.annual, currency),
            oneTime: values.money(quote.oneTime, currency), date: values.date(quote.date),
            note: values.text(quote.note))
    }

    /// The option's standing in the domestic register: `listed`, `not_listed` or `unknown`.
    func registry(of option: OptionAssessment?) -> TemplateValue {
        switch option?.domesticRegister?.outcome {
        case .met?: return choice("listed")
        case .notMet?: return choice("not_listed")
        default: return choice("unknown")
        }
    }

    func option(_ option: OptionAssessment) -> OptionView {
        let product = catalog.product(option.product)
        var costView = cost(option.cost)
        if option.cost.basis == .quote, let quote = inventory.quote(for: option.product) {
            costView.quote = quoteView(quote)
        }
        let scores = option.scores
        return OptionView(
            id: option.product,
            name: esc(option.name),
            vendor: esc(product?.vendor.name ?? ""),
            vendorCountry: esc(product?.vendor.country ?? ""),
            about: values.text(product?.summary),
            category: esc(option.category),
            status: choice(option.status.rawValue),
            eligible: option.eligible,
            rank: option.rank.map { values.count($0) },
            inUse: option.inUse,
            isTarget: option.product == plan.target?.id,
            isRunnerUp: option.product == plan.runnerUp?.id,
            deployment: choice(option.deployment.rawValue),
            scores: ScoresView(
                fit: values.score(scores.fit.used),
                cost: scores.cost.value.map { values.score($0) } ?? .null,
                effort: values.score(scores.effort.used),
                risk: values.score(scores.risk.used),
                total: values.score(scores.total)),
            cost: costView,
            blockers: Listed.list(option.blockers.map { check($0, product: product) }),
            moreBlockers: values.count(max(0, option.blockers.count - 1), zeroIsNull: true),
            conditions: Listed.list(option.conditions.map { check($0, product: product) }),
            warnings: Listed.list(option.warnings.map { check($0, product: product) }),
            unmetWants: Listed.list(
                option.unmetWants.map { id in
                    capability(id, weight: inventory.requirements.want.first { $0.capability == id }?.weight)
                }),
            unknown: Listed.list(option.unknown.map { capability($0) }),
            registry: registry(of: option))
    }

    func service(for service: Service, options: [OptionView]) -> ServiceView {
        let restricted = !(assessment.option(service.product)?.restrictionsInForce.isEmpty ?? true)
        return ServiceView(
            id: service.product,
            name: productName(service.product),
            plan: values.text(service.plan),
            licenses: service.licenses.map { values.count($0) },
            annualCost: values.money(service.annualCost, currency),
            threeYearCost: values.money(service.annualCost.map { $0 * CostModel.years }, currency),
            contractEnd: values.date(service.contractEnd),
            peakParticipants: service.usage.peakParticipants.map { values.count($0) },
            meetingsPerWeek: service.usage.meetingsPerWeek.map { values.count($0) },
            webinarAttendees: service.usage.webinarAttendees.map { values.count($0) },
            recordingsGB: service.usage.recordingsGB.map { values.number($0) },
            features: Listed.list(service.featuresUsed.map { capability($0) }),
            option: options.first { $0.id == service.product },
            restricted: restricted)
    }

    /// A planner parameter as a template value: dates and counts formatted, text escaped,
    /// capability and product ids given their `name`, slug-like text also as a flag.
    func parameter(_ value: PlanValue) -> TemplateValue {
        switch value {
        case .int(let number):
            return values.count(number, zeroIsNull: true)
        case .number(let number):
            let value = values.number(number)
            return TemplateValue(
                number == 0 ? "" : value.text, isNull: number == 0, details: value.details, flags: value.flags)
        case .date(let date):
            return values.date(date)
        case .bool(let flag):
            return TemplateValue("", isNull: !flag, flags: flag ? ["yes"] : ["no"])
        case .text(let text):
            var details: TemplateValue.Details = [:]
            if let name = displayName(text) { details["name"] = name }
            var flags: TemplateValue.Flags = []
            if KeepBlocks.isName(text) { flags.insert(text) }
            return TemplateValue(esc(text), isNull: text.isEmpty, details: details, flags: flags)
        case .list(let all):
            let items = all.filter { !$0.isEmpty }
            let names = items.map { displayName($0) ?? esc($0) }
            var flags = TemplateValue.Flags(items.filter { KeepBlocks.isName($0) })
            flags.insert(ValueFactory.pluralCategory(items.count, language))
            return TemplateValue(
                names.joined(separator: ", "), isNull: items.isEmpty,
                details: ["count": String(items.count)], flags: flags)
        }
    }

    /// The name of a capability or product id in the plan's language, escaped.
    func displayName(_ id: String) -> String? {
        if let capability = catalog.capability(id) { return esc(capability.name[language]) }
        if let product = catalog.product(id) { return esc(product.name) }
        return nil
    }

    func parameters(_ list: [PlanParameter]) -> ParameterView {
        ParameterView(values: list.map { ($0.name, parameter($0.value)) })
    }

    // MARK: - Summary

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
        let strengths = (recommendation?.strengths ?? []).map { NameView(id: $0.rawValue, name: $0.rawValue) }
        let category = recommendation?.category
        let productCount = assessment.options.filter { $0.category == category }.count
        let rankedCount = category.map { assessment.ranked(in: $0).count } ?? 0
        return SummaryView(
            blockedServices: Listed.list(blocked), runnerUpLacks: Listed.list(lacks),
            runnerUpCost: comparison, mainRisk: risks.items.first?.element,
            strengths: Listed.list(strengths), productCount: values.count(productCount),
            rankedCount: values.count(rankedCount))
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

    // MARK: - Legal constraints

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
                product: subject.id, name: esc(option.name), inUse: subject.inUse,
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

    // MARK: - Current state

    func currentView(services: [Listed<ServiceView>]) -> CurrentView {
        let recordings = inventory.services.compactMap(\.usage.recordingsGB)
        var seen: Set<String> = []
        let features = inventory.services.flatMap(\.featuresUsed).filter { seen.insert($0).inserted }
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

    // MARK: - Options

    func optionsView(options: [OptionView], target: OptionView?) -> OptionsView {
        let weights = assessment.weights
        let category = assessment.primaryCategory ?? assessment.categories.first
        var robustness: RobustnessView?
        if let result = category.flatMap({ assessment.robustness(in: $0) }), result.second != nil {
            let smallest = result.smallest
            robustness = RobustnessView(
                robust: result.isRobust,
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

    // MARK: - Recommended product

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
        let questions = plan.verifyWithVendor.map { question in
            VendorQuestionView(
                capability: capability(question.capability, weight: question.weight, requirement: question.requirement),
                origin: choice(question.origin.rawValue), knowledge: choice(question.knowledge.rawValue))
        }
        let advisories = (product?.advisories ?? []).map { advisory in
            AdvisoryView(
                id: esc(advisory.id), summary: esc(advisory.summary[language]),
                cvss: advisory.cvss.map { values.number($0) }, exploited: advisory.exploited,
                fixedIn: values.text(advisory.fixedIn), published: values.date(advisory.published),
                source: advisory.provenance.source.map(link))
        }
        return RecommendationView(
            product: target,
            musts: Listed.list(musts),
            metWants: Listed.list(
                wants.filter { !unmet.contains($0.capability) }.map { capability($0.capability, weight: $0.weight) }),
            unmetWants: target.unmetWants,
            gaps: Listed.list(gaps),
            verifyWithVendor: Listed.list(questions),
            conditions: target.conditions,
            warnings: target.warnings,
            advisories: Listed.list(advisories))
    }

    // MARK: - Costs

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
                        product: esc(product.name), plan: esc(price.plan),
                        model: choice(price.model.rawValue), price: values.money(price.price, price.currency),
                        oneTime: price.oneTime > 0 ? values.money(price.oneTime as Double?, price.currency) : nil,
                        minimumUsers: price.minimumUsers.map { values.count($0) },
                        source: price.provenance.source.map(link),
                        asOf: values.date(price.provenance.asOf), confirmed: price.provenance.isReliable))
            }
        }
        let unknown = assessment.options.filter { $0.eligible && !$0.cost.isKnown }
            .map { NameView(id: $0.product, name: esc($0.name)) }
        return CostsView(
            currency: esc(currency),
            currentAnnual: values.money(currentAnnual, currency),
            currentThreeYear: values.money(currentThreeYear, currency),
            againstCurrent: against,
            budget: values.money(budget, currency),
            withinBudget: targetOption?.budget == .within, overBudget: targetOption?.budget == .over,
            prices: Listed.list(prices),
            quotes: Listed.list(inventory.quotes.map(quoteView)),
            unknownCosts: Listed.list(unknown))
    }

    // MARK: - Timeline

    func timelineView() -> TimelineView {
        let deadline = organization.deadline
        let contractEnd = inventory.services.compactMap(\.contractEnd).max()
        let phases = plan.phases.enumerated().map { phaseView($0.element, number: $0.offset + 1, deadline: deadline) }
        var sections: [GanttSectionView] = []
        for phase in phases {
            let section = Self.ganttSection(phase.kind.text)
            if let last = sections.last, last.section.text == section {
                sections[sections.count - 1].phases.append(Listed(element: phase, position: 0, count: 0))
            } else {
                sections.append(
                    GanttSectionView(section: choice(section), phases: [Listed(element: phase, position: 0, count: 0)]))
            }
        }
        for index in sections.indices {
            sections[index].phases = Listed.list(sections[index].phases.map(\.element))
        }
        let weeks = plan.weeksToCutOver.map { values.count($0) }
        let standing = plan.deadline(deadline)
        let met = standing?.met ?? false
        let margin = standing.map { values.count($0.marginDays) }
        let warnings = plan.warnings.map { warning in
            ScheduleWarningView(
                kind: choice(warning.kind.rawValue), date: values.date(warning.date),
                cutOver: values.date(warning.cutOver), gapDays: values.count(warning.gapDays),
                gapWorkingDays: values.count(warning.gapWorkingDays),
                service: warning.service.map(productName))
        }
        let holidays = plan.holidaysSkipped.map { span in
            HolidayView(
                from: values.date(span.from), to: values.date(span.to), single: span.from == span.to,
                breakID: span.breakID.map(choice),
                holidays: Listed.list(span.holidays.map { NameView(id: $0, name: esc($0)) }))
        }
        return TimelineView(
            phases: Listed.list(phases),
            ganttSections: Listed.list(sections),
            start: values.date(plan.start),
            end: values.date(plan.end),
            cutOver: values.date(plan.cutOver),
            totalWorkingDays: values.count(plan.totalWorkingDays),
            weeks: weeks,
            deadline: values.date(deadline),
            deadlineMet: met,
            deadlineMargin: margin,
            latestContractEnd: values.date(contractEnd),
            warnings: Listed.list(warnings),
            shifts: Listed.list(plan.shifts.map(shiftView)),
            holidays: Listed.list(holidays),
            blackouts: Listed.list(plan.blackouts.map(blackoutView)),
            calendarAvailable: plan.calendar.available,
            calendarCountry: esc(plan.calendar.country),
            transfersUnknown: Listed.list(
                plan.calendar.transfersUnknown.map { NameView(id: String($0), name: String($0)) }),
            institution: plan.calendar.institution.map { choice($0.rawValue) })
    }

    static func ganttSection(_ kind: String) -> String {
        switch kind {
        case Phase.Kind.preparation.rawValue: return "preparation"
        case Phase.Kind.pilot.rawValue: return "pilot"
        case Phase.Kind.wave.rawValue: return "rollout"
        default: return "closing"
        }
    }

    static func ganttID(_ id: String) -> String {
        let mapped = id.unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                ? Character(scalar) : "_"
        }
        return "p_" + String(mapped)
    }

    func phaseView(_ phase: Phase, number: Int, deadline: CalendarDate?) -> PhaseView {
        let wave = phase.wave.map { wave in
            WaveView(
                number: values.count(wave.number), site: esc(wave.site),
                siteLabel: MarkdownText.mermaidLabel(wave.site), part: values.count(wave.part),
                parts: values.count(wave.parts), split: wave.parts > 1, users: values.count(wave.users),
                roomSystems: values.count(wave.roomSystems, zeroIsNull: true))
        }
        let checklist = phase.checklist.map { item in
            ChecklistItemView(
                id: item.id, p: parameters(item.parameters),
                template: coverage.template(TemplateCoverage.checklistFolder, item.id))
        }
        let after = phase.after.map(Self.ganttID).joined(separator: " ")
        return PhaseView(
            id: phase.id, kind: choice(phase.kind.rawValue), number: values.count(number),
            start: values.date(phase.start), end: values.date(phase.end),
            endExclusive: values.date(phase.end.adding(days: 1)), workingDays: values.count(phase.workingDays),
            ganttID: Self.ganttID(phase.id), after: after.isEmpty ? nil : after, wave: wave,
            shifts: Listed.list(phase.shifts.map(shiftView)), checklist: Listed.list(checklist),
            p: parameters(phase.parameters), keep: "phase-" + Self.keepName(phase.id),
            late: deadline.map { phase.end > $0 } ?? false)
    }

    /// A phase id as a keep-block name (ids are slugs already; anything else becomes `-`).
    static func keepName(_ id: String) -> String {
        let mapped = id.lowercased().unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" ? Character(scalar) : "-"
        }
        return String(mapped)
    }

    func shiftView(_ shift: ScheduleShift) -> ShiftView {
        ShiftView(
            phase: shift.phase, originalStart: values.date(shift.originalStart), newStart: values.date(shift.newStart),
            days: values.count(shift.days), blackout: blackoutView(shift.blackout))
    }

    func blackoutView(_ blackout: BlackoutPeriod) -> BlackoutView {
        BlackoutView(
            source: choice(blackout.source.rawValue), id: blackout.id, from: values.date(blackout.from),
            to: values.date(blackout.to), name: values.text(blackout.name) ?? values.text(blackout.reason))
    }

    // MARK: - Procurement

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

    // MARK: - Risks

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

    // MARK: - Rollback

    func rollbackView(timeline: TimelineView) -> RollbackView {
        let current = inUseIDs.compactMap { assessment.option($0) }
        let excluded = current.contains { !$0.eligible }
        let ended = current.contains(where: \.serviceEnded)
        let phases = timeline.phases.map(\.element)
        return RollbackView(
            contractEndsBeforeCutOver: plan.warnings.contains { $0.kind == .contractEnd },
            currentExcluded: excluded, currentServiceEnded: ended,
            pilot: phases.first { $0.kind.flags.contains(Phase.Kind.pilot.rawValue) },
            parallelRun: phases.first { $0.kind.flags.contains(Phase.Kind.parallelRun.rawValue) },
            cutOver: phases.first { $0.kind.flags.contains(Phase.Kind.cutOver.rawValue) })
    }

    // MARK: - Sources

    func sourcesView() -> SourcesView {
        let laws = assessment.rulesInForce.map { entry in
            LawSourceView(
                id: entry.rule.id, citation: esc(entry.rule.citation.title),
                url: entry.rule.citation.url.flatMap(MarkdownText.safeURL),
                effectiveFrom: values.date(entry.rule.effectiveFrom),
                more: Listed.list(entry.rule.sources.map { NameView(id: $0, name: link($0)) }))
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
        var items: [(kind: String, name: String, provenance: Provenance)] = []
        items.append(("vendor", esc(product.vendor.name), product.vendor.provenance))
        for name in product.registries.keys.sorted() {
            if let entry = product.registries[name] { items.append(("registry", esc(name), entry.provenance)) }
        }
        for certification in product.certifications {
            items.append(("certification", esc(certification.kind), certification.provenance))
        }
        if let residency = product.dataResidency {
            items.append(("residency", esc(residency.countries.joined(separator: ", ")), residency.provenance))
        }
        for id in product.capabilities.keys.sorted() where relevant.contains(id) {
            if let fact = product.capabilities[id] {
                items.append(("capability", capability(id).name, fact.provenance))
            }
        }
        for price in product.pricing { items.append(("price", esc(price.plan), price.provenance)) }
        for restriction in assessment.option(product.id)?.restrictionsInForce ?? [] {
            items.append(("restriction", esc(restriction.id), restriction.provenance))
        }
        if product.id == plan.target?.id || product.id == plan.runnerUp?.id {
            for advisory in product.advisories { items.append(("advisory", esc(advisory.id), advisory.provenance)) }
        }
        var order: [String] = []
        var groups: [String: [(kind: String, name: String, provenance: Provenance)]] = [:]
        for item in items {
            let key = item.provenance.source ?? ""
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(item)
        }
        return order.map { key in
            let group = groups[key] ?? []
            return FactSourceView(
                product: esc(product.name),
                items: Listed.list(group.map { FactView(kind: choice($0.kind), name: $0.name) }),
                source: key.isEmpty ? nil : link(key),
                asOf: values.date(group.compactMap(\.provenance.asOf).max()),
                unconfirmed: group.contains { !$0.provenance.isReliable })
        }
    }
}
