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
        inventory.services.map(\.product).uniqued()
    }

    func document(inventoryFile: String, changes: RunDiff? = nil) -> PlanDocument {
        let options = assessment.options.map(option)
        let target = plan.target.flatMap { id in options.first { $0.id == id.id } }
        let runnerUp = plan.runnerUp.flatMap { id in options.first { $0.id == id.id } }
        let services = Listed.list(inventory.services.map { service(for: $0, options: options) })
        let legal = legalView()
        let timeline = timelineView()
        let risks = RisksView(items: Listed.list(plan.risks.map(risk)))
        var document = PlanDocument(
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
        document.targetDomestic =
            plan.target.flatMap { catalog.product($0.id) }?.isDomestic(for: organization.country) ?? false
        return document
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

    /// A product's name in the plan's language (`name_en` in English when the catalog has
    /// one), escaped.
    func productName(_ id: String) -> String {
        esc(catalog.product(id)?.name(in: language) ?? id)
    }

    func choice(_ raw: String) -> TemplateValue { .choice(raw) }

    func check(_ check: RuleCheck, product: Product?) -> CheckView {
        var restriction: RestrictionView?
        if let found = check.restriction, let product {
            restriction = restrictionView(found, product: product)
        }
        let title: String
        if check.kind == .requirement, let id = check.capability {
            title = capability(id).name
        } else {
            title = esc(check.title?[language] ?? check.requirement)
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
            id: restriction.id, product: esc(product.name(in: language)), summary: values.text(restriction.summary),
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
            serversNotIncluded: estimate.amount(of: .serversNotIncluded) != nil,
            serverEach: each(estimate.amount(of: .servers)?.oneTime, estimate.servers, estimate.currency),
            administrationEach: each(estimate.amount(of: .administration)?.annual, estimate.servers, estimate.currency),
            licencesOneTime: values.money(estimate.amount(of: .licences)?.oneTime, estimate.currency),
            licencesAnnual: values.money(estimate.amount(of: .licences)?.annual, estimate.currency),
            firstYear: values.money(estimate.firstYear, estimate.currency))
    }

    /// An amount for `count` servers, per server.
    func each(_ total: Double?, _ count: Int?, _ currency: String) -> TemplateValue? {
        guard let total, let count, count > 0 else { return nil }
        return values.money(total / Double(count) as Double?, currency)
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
        costView.cloudThreeYear = values.money(option.cloudThreeYear, option.cost.currency)
        costView.understated = !option.costOmissions.isEmpty
        if option.cost.basis == .quote, let quote = inventory.quote(for: option.product) {
            costView.quote = quoteView(quote)
        }
        let scores = option.scores
        return OptionView(
            id: option.product,
            name: catalog.product(option.product).map { esc($0.name(in: language)) } ?? esc(option.name),
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
            registry: registry(of: option),
            registryCheck: registryCheck(of: option, product: product),
            range: option.eligible ? rangeView(option.range) : nil,
            licences: Listed.list(option.licences.map(licenceView)))
    }

    /// For a product the register lists on a secondary or stale source, what to check.
    func registryCheck(of option: OptionAssessment, product: Product?) -> RegistryCheckView? {
        guard option.domesticRegister?.outcome == .met,
            let register = catalog.domesticRegister(for: inventory.organization.country),
            let provenance = product?.registries[register.id]?.provenance
        else { return nil }
        let stale = catalog.isStale(provenance)
        guard provenance.isSecondary || stale else { return nil }
        return RegistryCheckView(asOf: values.date(provenance.asOf), secondary: provenance.isSecondary, stale: stale)
    }

    func service(for service: Service, options: [OptionView]) -> ServiceView {
        let restricted = !(assessment.option(service.product)?.restrictionsInForce.isEmpty ?? true)
        var view = ServiceView(
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
        view.free = service.isFree
        return view
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
        case .money(let amount, let currency):
            return values.money(amount, currency)
        case .localized(let text):
            let escaped = esc(text[language])
            return TemplateValue(escaped, isNull: escaped.isEmpty)
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

    /// The name of a capability, product or procurement regime id in the plan's language, escaped.
    func displayName(_ id: String) -> String? {
        if let capability = catalog.capability(id) { return esc(capability.name[language]) }
        if let product = catalog.product(id) { return esc(product.name(in: language)) }
        if let regime = catalog.procurementRegime(id) { return esc(regime.name[language]) }
        return nil
    }

    func parameters(_ list: [PlanParameter]) -> ParameterView {
        ParameterView(values: list.map { ($0.name, parameter($0.value)) })
    }
}
