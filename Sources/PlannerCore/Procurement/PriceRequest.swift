/// A request for a commercial offer to one product's vendor: the questions whose answers the
/// catalog lacks for that product, worded so that the vendor answers with a document, the
/// recommendation's deciding unknowns of that product first.
public struct PriceRequest: Sendable, Hashable {
    /// One question to the vendor.
    public struct Question: Sendable, Hashable {
        /// What is asked; the templates word each kind.
        public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
            /// Whether the product does what a requirement asks (`fact`: the capability id).
            case capability
            /// The product's entry in a register (`fact`: the register id): number and date,
            /// and for the domestic register the software class.
            case register
            /// Where the cloud edition keeps data, and which company runs it.
            case dataLocation = "data_location"
            /// A certificate of the jurisdiction's kind (`fact`): number and validity.
            case certificate
            /// The licence metric and the price at the organization's peak.
            case licencePrice = "licence_price"
            /// The version that fixes a known exploited vulnerability (`fact`: its id).
            case fixedVersion = "fixed_version"
            /// The product's published vulnerabilities and how fast the vendor fixes them: asked
            /// of every vendor, since no advisory in the catalog is unknown, not clean.
            case vulnerabilities
            /// Who the rightholder is and where it is registered.
            case vendorCountry = "vendor_country"
            /// Compliance with a rule whose fact no other kind covers (`fact`: the rule id).
            case rule
        }

        public var kind: Kind
        /// The capability, register, certificate kind, advisory or rule asked about.
        public var fact: String?
        /// For a deciding unknown: how far the answer can move the product's total.
        public var swing: Double?
        /// What the catalog holds, for the vendor to confirm (a register number, a fixed version).
        public var known: String?
        /// A date the catalog holds with it (the register entry's date).
        public var knownDate: CalendarDate?

        /// Creates a question.
        public init(
            kind: Kind, fact: String? = nil, swing: Double? = nil, known: String? = nil, knownDate: CalendarDate? = nil
        ) {
            self.kind = kind
            self.fact = fact
            self.swing = swing
            self.known = known
            self.knownDate = knownDate
        }

        /// True for a deciding unknown of the recommendation.
        public var deciding: Bool { swing != nil }
    }

    /// The product's catalog id.
    public var product: String
    /// Its rank among the compared options.
    public var rank: Int
    /// True for the recommended product.
    public var recommended: Bool
    /// The offer the inventory already holds from this vendor, if any.
    public var offer: PriceJustification.Offer?
    /// Deciding unknowns first (largest swing first), then the rest in a fixed order:
    /// register, data location, certificate, licences and price, fixed versions,
    /// requirements, other rules.
    public var questions: [Question]

    /// The requests to every recipient (`PriceRequestRecipients`), in rank order.
    public static func build(
        inventory: Inventory, assessment: Assessment, catalog: Catalog, specification: Specification,
        justification: PriceJustification
    ) -> [PriceRequest] {
        let recommendation = assessment.primaryRecommendation
        return PriceRequestRecipients.of(inventory: inventory, assessment: assessment).compactMap {
            id -> PriceRequest? in
            guard let option = assessment.option(id), let product = catalog.product(id) else { return nil }
            var questions = QuestionList()
            for unknown in recommendation?.decidingUnknowns ?? [] where unknown.product == id {
                if var question = question(for: unknown.fact, product: product, catalog: catalog) {
                    question.swing = unknown.swing
                    questions.add(question)
                }
            }
            let country = inventory.organization.country
            if let register = catalog.domesticRegister(for: country) {
                let entry = product.registries[register.id].flatMap { $0.provenance.isReliable ? $0 : nil }
                questions.add(
                    Question(kind: .register, fact: register.id, known: entry?.number, knownDate: entry?.since))
            }
            let cloud = product.capability("deployment.cloud").map { $0.value != .bool(false) } ?? true
            if cloud, !specification.onPremisesRequired, product.dataResidency?.provenance.isReliable != true {
                questions.add(Question(kind: .dataLocation))
            }
            if let kind = catalog.jurisdiction(for: country)?.certification?.kind {
                let known = product.certifications.first { $0.kind == kind && $0.provenance.isReliable }
                questions.add(Question(kind: .certificate, fact: kind, known: known?.number, knownDate: known?.until))
            }
            questions.add(Question(kind: .licencePrice))
            for advisory in product.advisories where advisory.exploited {
                questions.add(Question(kind: .fixedVersion, fact: advisory.id, known: advisory.fixedIn))
            }
            questions.add(Question(kind: .vulnerabilities))
            for requirement in specification.requirements {
                let must = MustRequirement(capability: requirement.capability, comparison: requirement.comparison)
                if CapabilityKnowledge.meets(must, product).outcome == .unknown {
                    questions.add(Question(kind: .capability, fact: requirement.capability))
                }
            }
            for check in option.checks where check.outcome == .unknown && check.kind == .law {
                if let question = question(for: check.rule, product: product, catalog: catalog) {
                    questions.add(question)
                }
            }
            return PriceRequest(
                product: id, rank: option.rank ?? 0, recommended: recommendation?.product == id,
                offer: justification.offers.first { $0.product == id }, questions: questions.items)
        }
    }

    /// The question a fact of the assessment asks: a capability id, `cost`, `licences`,
    /// `data_residency`, `vendor_country`, `advisory:<id>` or a rule id (by the rule's
    /// predicate). Nil for a fact no vendor document answers.
    static func question(for fact: String, product: Product, catalog: Catalog) -> Question? {
        if catalog.capability(fact) != nil { return Question(kind: .capability, fact: fact) }
        switch fact {
        case "cost", "licences": return Question(kind: .licencePrice)
        case "data_residency": return Question(kind: .dataLocation)
        case "vendor_country": return Question(kind: .vendorCountry)
        default: break
        }
        if fact.hasPrefix("advisory:") {
            let id = String(fact.dropFirst("advisory:".count))
            return Question(kind: .fixedVersion, fact: id, known: product.advisories.first { $0.id == id }?.fixedIn)
        }
        guard let rule = catalog.rules.first(where: { $0.id == fact }) else { return nil }
        switch rule.require {
        case .registry(let register)?:
            let entry = product.registries[register].flatMap { $0.provenance.isReliable ? $0 : nil }
            return Question(kind: .register, fact: register, known: entry?.number, knownDate: entry?.since)
        case .dataResidency?: return Question(kind: .dataLocation)
        case .vendorCountry?: return Question(kind: .vendorCountry)
        case .certification(let kind)?: return Question(kind: .certificate, fact: kind)
        case .capability(let id)?: return Question(kind: .capability, fact: id)
        case .notInRegistry?, nil: return Question(kind: .rule, fact: rule.id)
        }
    }
}

/// Questions without repeats: a question already asked (same kind and fact) is not asked again.
struct QuestionList {
    private(set) var items: [PriceRequest.Question] = []
    private var asked: Set<String> = []

    mutating func add(_ question: PriceRequest.Question) {
        guard asked.insert("\(question.kind.rawValue) \(question.fact ?? "")").inserted else { return }
        items.append(question)
    }
}
