import PlannerCore

/// Builds the view models of the procurement documents (`Templates/<lang>/procurement/`) from
/// a `ProcurementDossier`: every value formatted for the language and escaped; no sentence.
/// Docs/Templates.md ("Procurement documents") lists the keys.
struct ProcurementDocumentBuilder {
    let dossier: ProcurementDossier
    let plan: PlanDocumentBuilder

    var values: ValueFactory { plan.values }
    var catalog: Catalog { plan.catalog }
    var language: Language { plan.language }
    var currency: String { plan.currency }

    /// The keys every document shares; `request` is the price request's own product.
    func root(inventoryFile: String, request: PriceRequest? = nil) -> TemplateRecord {
        let regime = catalog.procurementRegime(dossier.regime)
        let citation = regime?.citation
        return TemplateRecord([
            "lang": .of(language.rawValue), "ru": .of(language == .ru), "en": .of(language == .en),
            "organization": .of(plan.organizationView()),
            "asOf": .of(values.date(plan.assessment.asOf)),
            "catalogVersion": .of(plan.esc(catalog.version)),
            "inventoryFile": .of(plan.esc(PlanDocumentBuilder.lastComponent(inventoryFile))),
            "regulated": .of(dossier.regulated),
            "regime": .of(
                TemplateRecord([
                    "id": .of(plan.esc(dossier.regime)),
                    "name": .of(regime.flatMap { values.text($0.name) } ?? plan.esc(dossier.regime)),
                    "citation": .of(citation.map { plan.esc($0.title) }),
                    "url": .of(citation?.url.flatMap(MarkdownText.safeURL)),
                    "unconfirmed": .of(regime?.confidence == .unconfirmed),
                    "law": .of(TemplateValue.choice(regime?.key ?? dossier.regime)),
                ])),
            "spec": .of(specification()),
            "justification": .of(justification()),
            "route": .of(route(dossier.route)),
            "requests": .records(dossier.requests.map(requestLink)),
            "hasRequests": .of(!dossier.requests.isEmpty),
            "request": .of(request.map(self.request)),
        ])
    }

    // MARK: - Specification

    func specification() -> TemplateRecord {
        let spec = dossier.specification
        let requirements = spec.requirements.map(requirement)
        let sections = spec.sections.map { section -> TemplateRecord in
            let items = zip(spec.requirements, requirements).filter { $0.0.section == section }.map(\.1)
            let clauses = spec.clauses.filter { $0.section == section }.map(clause)
            return TemplateRecord([
                "id": .of(section.rawValue), "is": .of(IDMatcher(section.rawValue)),
                "requirements": .records(items), "hasRequirements": .of(!items.isEmpty),
                "clauses": .records(clauses), "hasClauses": .of(!clauses.isEmpty),
            ])
        }
        let narrow = zip(spec.requirements, requirements).filter { $0.0.narrow }.map(\.1)
        let thin = zip(spec.requirements, requirements).filter { $0.0.thinlyConfirmed && $0.0.isMust }.map(\.1)
        let sizes = spec.sizes
        let needs = spec.licences
        return TemplateRecord([
            "purposes": .of(Listed.list(spec.purposes.map { NameView(id: $0.rawValue, name: $0.rawValue) })),
            "hasPurposes": .of(!spec.purposes.isEmpty),
            "excludedPurposes": .of(
                Listed.list(spec.excludedPurposes.map { NameView(id: $0.rawValue, name: $0.rawValue) })),
            "hasExcludedPurposes": .of(!spec.excludedPurposes.isEmpty),
            "purposeRules": .records(spec.purposeRules.compactMap(ruleReference)),
            "sizes": .of(
                TemplateRecord([
                    "users": .of(values.count(sizes.users)), "sites": .of(values.count(sizes.sites)),
                    "peakParticipants": .of(values.count(sizes.peakParticipants, zeroIsNull: true)),
                    "meetingParticipants": .of(values.count(sizes.meetingParticipants, zeroIsNull: true)),
                    "webinarAttendees": .of(values.count(sizes.webinarAttendees, zeroIsNull: true)),
                    "roomSystems": .of(values.count(sizes.roomSystems, zeroIsNull: true)),
                    "recordingsGB": .of(sizes.recordingsGB > 0 ? values.number(sizes.recordingsGB) : nil),
                    "meetingsPerWeek": .of(values.count(sizes.meetingsPerWeek, zeroIsNull: true)),
                ])),
            "sections": .records(sections), "hasSections": .of(!sections.isEmpty),
            "hasDeployment": .of(spec.requirements.contains { $0.section == .deployment }),
            "onPremises": .of(spec.onPremisesRequired),
            "narrow": .records(narrow), "hasNarrow": .of(!narrow.isEmpty),
            "thin": .records(thin), "hasThin": .of(!thin.isEmpty),
            "licences": .of(
                TemplateRecord([
                    "meetingParticipants": .of(values.count(needs.meetingParticipants, zeroIsNull: true)),
                    "roomSystems": .of(values.count(needs.roomSystems, zeroIsNull: true)),
                    "meetingConnections": .of(
                        values.count(needs.meetingParticipants + needs.roomSystems, zeroIsNull: true)),
                    "webinarAttendees": .of(values.count(needs.webinarAttendees, zeroIsNull: true)),
                    "users": .of(values.count(needs.users)),
                    "hasMeetings": .of(needs.meetingParticipants > 0), "hasRoomSystems": .of(needs.roomSystems > 0),
                    "hasWebinars": .of(needs.webinarAttendees > 0),
                ])),
            "pilot": .of(
                spec.pilot.map { pilot in
                    TemplateRecord([
                        "meetingsWithoutFailure": .of(values.count(pilot.meetingsWithoutFailure)),
                        "successfulJoinPercent": .of(values.percent(Double(pilot.successfulJoinPercent))),
                        "satisfiedUsersPercent": .of(values.percent(Double(pilot.satisfiedUsersPercent))),
                        "roomSystemsConnected": .of(values.count(pilot.roomSystemsConnected, zeroIsNull: true)),
                    ])
                }),
            "compared": .of(values.count(spec.compared)),
            "readyBy": .of(values.date(spec.readyBy)), "installFrom": .of(values.date(spec.installFrom)),
            "sites": .of(Listed.list(spec.sites.map { NameView(id: "", name: values.text($0) ?? "") })),
        ])
    }

    func requirement(_ item: Specification.Requirement) -> TemplateRecord {
        let capability = catalog.capability(item.capability)
        var value: Double?
        var atMost = false
        switch item.comparison {
        case .isTrue: break
        case .atLeast(let bound): value = bound
        case .atMost(let bound):
            value = bound
            atMost = true
        }
        let basis: String
        var weight: Int?
        switch item.basis {
        case .must: basis = "must"
        case .want(let w):
            basis = "want"
            weight = w
        case .used: basis = "used"
        }
        return TemplateRecord([
            "id": .of(item.capability), "name": .of(plan.capability(item.capability).name),
            "text": .of(atMost ? nil : tenderText(capability, value: value)),
            "value": .of(value.map { values.number($0, decimals: 0) }),
            "unit": .of(values.text(capability?.unit)), "atMost": .of(atMost),
            "basis": .of(TemplateValue.choice(basis)), "weight": .of(weight.map { values.count($0) }),
            "met": .of(values.count(item.met)), "unknown": .of(values.count(item.unknown, zeroIsNull: true)),
            "compared": .of(values.count(dossier.specification.compared)), "narrow": .of(item.narrow),
            "noneConfirmed": .of(item.met == 0),
            "raisedFrom": .of(item.raisedFrom.map { values.number($0, decimals: 0) }),
        ])
    }

    /// The capability's tender wording with the required value put in; nil without one.
    func tenderText(_ capability: Capability?, value: Double?) -> String? {
        guard let text = capability?.tender?.text[language] else { return nil }
        let number = value.map { values.format.number($0, decimals: 0) } ?? ""
        return plan.esc(text).replacingOccurrences(of: Capability.Tender.placeholder, with: number)
    }

    func clause(_ item: Specification.Clause) -> TemplateRecord {
        TemplateRecord([
            "rule": .of(item.rule), "text": .of(values.text(item.text)), "citation": .of(plan.esc(item.citation.title)),
            "url": .of(item.citation.url.flatMap(MarkdownText.safeURL)), "check": .of(item.check),
        ])
    }

    func ruleReference(_ id: String) -> TemplateRecord? {
        guard let entry = plan.assessment.rulesInForce.first(where: { $0.rule.id == id }) else { return nil }
        return TemplateRecord([
            "id": .of(id), "title": .of(values.text(entry.rule.title) ?? id),
            "citation": .of(plan.esc(entry.wording.citation.title)),
            "url": .of(entry.wording.citation.url.flatMap(MarkdownText.safeURL)),
        ])
    }

    // MARK: - Route

    func route(_ route: ProcurementRoute) -> TemplateRecord {
        let alternative = route.alternative.map { single -> TemplateRecord in
            let limit = single.limit?.statedValue
            return TemplateRecord([
                "citation": .of(single.citation.map { plan.esc($0.title) }),
                "url": .of(single.citation?.url.flatMap(MarkdownText.safeURL)), "days": .of(values.count(single.days)),
                "limit": .of(limit.map { values.money($0, single.limit?.currency ?? currency) }),
                "limitUnknown": .of(limit == nil),
            ])
        }
        let basis = route.amountBasis?.rawValue ?? "none"
        // An estimate from fewer offers than the regime asks for says from how many.
        let justification = dossier.justification
        let short = route.amountBasis == .estimate && justification.missing > 0
        return TemplateRecord([
            "kind": .of(TemplateValue.choice(route.kind.rawValue)), "days": .of(values.count(route.days)),
            "alternative": .of(alternative), "amount": .of(values.money(route.amount, currency)),
            "amountBasis": .of(TemplateValue.choice(basis)), "amountFloor": .of(route.amountIsFloor),
            "product": .of(route.product.map { plan.productName($0) }),
            "offersCounted": .of(short ? values.count(justification.counted.count) : nil),
            "offersNeeded": .of(short ? justification.minimumPrices.map { values.count($0) } : nil),
        ])
    }

    // MARK: - Requests

    /// A request's file, relative to the procurement folder.
    func requestLink(_ request: PriceRequest) -> TemplateRecord {
        let product = catalog.product(request.product)
        return TemplateRecord([
            "id": .of(request.product), "name": .of(plan.productName(request.product)),
            "vendor": .of(product.map { plan.esc($0.vendor.name) }),
            "file": .of(ProcurementFiles.requestFile(request.product, relativeTo: ProcurementFiles.folder)),
            "path": .of(ProcurementFiles.request(request.product)),
            "rank": .of(values.count(request.rank)), "recommended": .of(request.recommended),
        ])
    }

    func request(_ request: PriceRequest) -> TemplateRecord {
        let questions = request.questions.map(question)
        let deciding = zip(request.questions, questions).filter { $0.0.deciding }.map(\.1)
        let others = zip(request.questions, questions).filter { !$0.0.deciding }.map(\.1)
        return requestLink(request).adding([
            "offer": .of(request.offer.map(offer)),
            "questions": .records(questions), "hasQuestions": .of(!questions.isEmpty),
            "decidingQuestions": .records(deciding), "hasDecidingQuestions": .of(!deciding.isEmpty),
            "otherQuestions": .records(others), "hasOtherQuestions": .of(!others.isEmpty),
        ])
    }

    func question(_ item: PriceRequest.Question) -> TemplateRecord {
        var name: String?
        var text: String?
        var domestic = false
        var url: String?
        var required = false
        switch item.kind {
        case .capability:
            name = item.fact.map { plan.capability($0).name }
            let requirement = dossier.specification.requirements.first { $0.capability == item.fact }
            // A capability only the comparison asks about (an unknown that moves a score) is
            // not called a requirement of the purchase.
            required = requirement != nil
            var value: Double?
            if case .atLeast(let bound)? = requirement?.comparison { value = bound }
            // Quoted inside a question: without its own full stop.
            text = tenderText(item.fact.flatMap(catalog.capability), value: value).map {
                $0.hasSuffix(".") ? String($0.dropLast()) : $0
            }
        case .register:
            let register = item.fact.flatMap(catalog.register)
            name = register.flatMap { values.text($0.name) } ?? item.fact.map(plan.esc)
            domestic = register?.id == catalog.domesticRegister(for: plan.organization.country)?.id
            // A catalog URL (http or https, checked by the loader), left a link as the catalog wrote it.
            url = register?.url.flatMap(MarkdownText.safeURL)
            text = register.flatMap { values.text($0.question) }
        case .certificate:
            let kind = catalog.jurisdiction(for: plan.organization.country)?.certification
            name = kind.flatMap { $0.kind == item.fact ? values.text($0.name) : nil } ?? item.fact.map(plan.esc)
        case .fixedVersion:
            name = item.fact.map(plan.esc)
        case .rule:
            name = item.fact.flatMap { id in catalog.rules.first { $0.id == id } }.flatMap { values.text($0.title) }
        case .dataLocation, .licencePrice, .vendorCountry, .vulnerabilities:
            break
        }
        return TemplateRecord([
            "kind": .of(TemplateValue.choice(item.kind.rawValue)), "fact": .of(item.fact.map(plan.esc)),
            "name": .of(name), "text": .of(text), "known": .of(item.known.map(plan.esc)),
            "knownDate": .of(values.date(item.knownDate)), "deciding": .of(item.deciding),
            "swing": .of(item.swing.map { values.score($0) }), "domestic": .of(domestic), "url": .of(url),
            "required": .of(required),
        ])
    }

    // MARK: - Justification

    func offer(_ offer: PriceJustification.Offer) -> TemplateRecord {
        let product = catalog.product(offer.product)
        return TemplateRecord([
            "id": .of(offer.product), "name": .of(plan.productName(offer.product)),
            "vendor": .of(product.map { plan.esc($0.vendor.name) }), "note": .of(values.text(offer.note)),
            "date": .of(values.date(offer.date)), "ageDays": .of(offer.ageDays.map { values.count(max(0, $0)) }),
            "oneTime": .of(values.money(offer.oneTime, currency)), "annual": .of(values.money(offer.annual, currency)),
            "price": .of(values.money(offer.price, currency)), "counts": .of(offer.counts),
            "exclusion": .of(offer.exclusion.map { TemplateValue.choice($0.rawValue) }),
            "licences": .of(Listed.list(offer.licences.map(plan.licenceView))),
            "shortLicences": .of(Listed.list(offer.licences.filter(\.isShort).map(plan.licenceView))),
        ])
    }

    func justification() -> TemplateRecord {
        let justification = dossier.justification
        let statistics = justification.statistics
        let counted = justification.counted.enumerated().map { index, offer -> TemplateRecord in
            let deviation = offer.price - (statistics?.mean ?? 0)
            return self.offer(offer).adding([
                "index": .of(index + 1), "deviation": .of(exact(deviation, signed: true)),
                "square": .of(TemplateValue(values.format.number(deviation * deviation, decimals: 2))),
            ])
        }
        let rules = catalog.procurementRegime(dossier.regime)?.priceJustification
        let homogeneous = justification.homogeneous.map { $0 ? "yes" : "no" } ?? "unknown"
        let asked = dossier.requests.filter { justification.askFrom.contains($0.product) }.map(requestLink)
        return TemplateRecord([
            "offers": .records(justification.offers.map(offer)), "hasOffers": .of(!justification.offers.isEmpty),
            "excluded": .records(justification.offers.filter { !$0.counts }.map(offer)),
            "hasExcluded": .of(justification.offers.contains { !$0.counts }),
            "counted": .records(counted), "hasCounted": .of(!counted.isEmpty),
            "countedCount": .of(values.count(counted.count)),
            "statistics": .of(statistics.map(statisticsRecord)),
            "minimumPrices": .of(justification.minimumPrices.map { values.count($0) }),
            "missing": .of(values.count(justification.missing, zeroIsNull: true)),
            "askFrom": .records(asked), "hasAskFrom": .of(!asked.isEmpty),
            "initialPrice": .of(justification.initialPrice.map { exact($0) }),
            "estimate": .of(justification.estimate.map { exact($0) }),
            "homogeneous": .of(TemplateValue.choice(homogeneous)),
            "variationLimit": .of(justification.variationLimit.map { values.percent($0) }),
            "method": .of(rules?.method.map(fact)), "guidance": .of(rules?.guidance.map(fact)),
            "limit": .of(rules?.variationLimit.map(fact)), "minimumFact": .of(rules?.minimumPrices.map(fact)),
            "requestsFact": .of(rules?.supplierRequests.map(fact)), "currency": .of(plan.esc(currency)),
        ])
    }

    func statisticsRecord(_ statistics: PriceStatistics) -> TemplateRecord {
        let squares = statistics.prices.reduce(0) { $0 + ($1 - statistics.mean) * ($1 - statistics.mean) }
        return TemplateRecord([
            "count": .of(values.count(statistics.count)), "sum": .of(exact(statistics.prices.reduce(0, +))),
            "mean": .of(exact(statistics.mean)),
            "squares": .of(TemplateValue(values.format.number(squares, decimals: 2))),
            "divisor": .of(values.count(max(0, statistics.count - 1))),
            "standardDeviation": .of(statistics.standardDeviation.map { exact($0) }),
            "variation": .of(statistics.variation.map { values.percent($0, decimals: 2) }),
        ])
    }

    /// A regime's fact as the documents cite it.
    func fact(_ fact: ProcurementRegime.Fact) -> TemplateRecord {
        TemplateRecord([
            "citation": .of(fact.citation.map { plan.esc($0.title) }),
            "url": .of(fact.citation?.url.flatMap(MarkdownText.safeURL)),
            "source": .of(fact.source.map(plan.link)), "check": .of(!fact.isReliable),
            "secondary": .of(fact.confidence == .secondary),
            "value": .of(fact.statedValue.map { values.number($0, decimals: 2) }),
        ])
    }

    /// Money to the kopeck (two decimals when not whole), with the currency.
    func exact(_ value: Double, signed: Bool = false) -> TemplateValue {
        let rounded = (value * 100).rounded(.toNearestOrAwayFromZero) / 100
        var text = values.format.number(abs(rounded), decimals: 2)
        if rounded != rounded.rounded(), let comma = text.lastIndex(where: { $0 == "," || $0 == "." }),
            text.distance(from: comma, to: text.endIndex) == 2
        {
            text += "0"
        }
        let sign = rounded < 0 ? "−" : (signed && rounded > 0 ? "+" : "")
        let unit = language == .ru && currency == "RUB" ? "₽" : MarkdownText.escape(currency)
        return TemplateValue(sign + text + PlanFormatter.groupSeparator + unit)
    }
}
