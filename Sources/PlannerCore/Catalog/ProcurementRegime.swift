/// A procurement regime: the law an organization buys under (`Catalog/procurement.yaml`), with
/// the facts a plan and its procurement documents need. An inventory names one by id
/// (`organization.procurement`); a new country's regime is a new entry, not Swift.
public struct ProcurementRegime: Sendable, Hashable {
    /// Stable id (`44-FZ`, `223-FZ`, `KZ-106-VIII`, `none`).
    public var id: String
    /// A word for templates (`fz44`): letters, digits and `_`, so `{{#procurement.law.fz44}}` works.
    public var key: String
    /// The jurisdiction; nil for a regime of no country (`none`).
    public var country: String?
    /// The short name used in sentences (`44-ФЗ`).
    public var name: LocalizedText
    /// The act, when the regime is a law.
    public var citation: Rule.Citation?
    /// True for a law with its own procedures; false for buying without one.
    public var regulated: Bool
    /// The organizations that buy under this regime when their inventory names none.
    public var defaultFor: [OrganizationCondition]
    /// Working days the plan gives procurement under this regime.
    public var procurementDays: Int
    /// Commercial offers the price justification usually needs; nil when the regime asks none.
    public var minimumQuotes: Int?
    /// The preparation checklist items of this regime's procurement, in order.
    public var checklist: [String]
    /// What the law asks of a purchase, in order, for the plan's procurement section; each
    /// says whether the research confirms it (a step it does not confirm is printed as one
    /// to check, never as a fact).
    public var steps: [Step] = []
    /// Whether the research confirms the regime itself (its entry into force, whom it binds).
    public var confidence: Confidence = .confirmed
    /// How the regime asks the initial maximum price to be justified, for the price
    /// justification; nil when the catalog says nothing (an unregulated purchase).
    public var priceJustification: PriceRules?
    /// The purchase from a single supplier for a small amount the regime allows, when it has
    /// one; the plan names it as a route and chooses it only when its limit is reliable.
    public var singleSupplier: SingleSupplier?
    public var note: String?
    /// Where the regime is written.
    public var location: SourceLocation?

    /// Creates a regime.
    public init(
        id: String, key: String, country: String? = nil, name: LocalizedText, citation: Rule.Citation? = nil,
        regulated: Bool, defaultFor: [OrganizationCondition] = [], procurementDays: Int, minimumQuotes: Int? = nil,
        checklist: [String] = [], note: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.key = key
        self.country = country
        self.name = name
        self.citation = citation
        self.regulated = regulated
        self.defaultFor = defaultFor
        self.procurementDays = procurementDays
        self.minimumQuotes = minimumQuotes
        self.checklist = checklist
        self.note = note
        self.location = location
    }

    /// One thing the regime asks of a purchase: "describe the object by its functions (art. 33)".
    public struct Step: Sendable, Hashable {
        /// Stable id within the regime (`object_description`).
        public var id: String
        public var title: LocalizedText
        public var text: LocalizedText
        /// The act and article the step rests on, when the catalog names it.
        public var citation: Rule.Citation?
        /// `confirmed`, `secondary` (printed with "secondary source: check"), or
        /// `unconfirmed` (printed as a point to check, never as a fact).
        public var confidence: Confidence
        /// The organizations the step concerns (e.g. significant KII); empty: every buyer.
        public var when: [OrganizationCondition]
        /// The first and last day the step holds (a decree's exceptions change with the decree).
        public var from: CalendarDate?
        public var until: CalendarDate?

        /// Creates a step.
        public init(
            id: String, title: LocalizedText, text: LocalizedText, citation: Rule.Citation? = nil,
            confidence: Confidence = .confirmed, when: [OrganizationCondition] = [], from: CalendarDate? = nil,
            until: CalendarDate? = nil
        ) {
            self.id = id
            self.title = title
            self.text = text
            self.citation = citation
            self.confidence = confidence
            self.when = when
            self.from = from
            self.until = until
        }

        /// True when the step holds on the date.
        public func holds(on date: CalendarDate) -> Bool {
            (from.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
        }
    }

    /// A fact of the regime that the procurement documents state, or tell the reader to check:
    /// the act it rests on, a value, where the value comes from, and how sure the research
    /// is. An unconfirmed fact (the research's "not verified") is never stated: its value, if
    /// the catalog holds one, is not used (`statedValue` is nil).
    public struct Fact: Sendable, Hashable {
        public var citation: Rule.Citation?
        public var value: Double?
        /// The currency of a money value.
        public var currency: String?
        /// Where the value comes from, when that is not the citation.
        public var source: String?
        public var confidence: Confidence
        public var note: String?

        /// Creates a fact.
        public init(
            citation: Rule.Citation? = nil, value: Double? = nil, currency: String? = nil, source: String? = nil,
            confidence: Confidence = .confirmed, note: String? = nil
        ) {
            self.citation = citation
            self.value = value
            self.currency = currency
            self.source = source
            self.confidence = confidence
            self.note = note
        }

        /// True when the research confirms the fact or a secondary source states it.
        public var isReliable: Bool { confidence != .unconfirmed }
        /// The value, when it may be stated; nil for an unconfirmed fact.
        public var statedValue: Double? { isReliable ? value : nil }
    }

    /// What the regime asks of the initial maximum price's justification
    /// (`price_justification`), each part a fact the document states or tells to check.
    public struct PriceRules: Sendable, Hashable {
        /// The method of comparable market prices and the article it rests on.
        public var method: Fact?
        /// The guidance the arithmetic follows (Order No. 567 under 44-FZ).
        public var guidance: Fact?
        /// The coefficient of variation, in percent, above which the prices are not homogeneous.
        public var variationLimit: Fact?
        /// How many prices the justification needs.
        public var minimumPrices: Fact?
        /// How many suppliers the requests go to.
        public var supplierRequests: Fact?

        /// Creates the rules.
        public init(
            method: Fact? = nil, guidance: Fact? = nil, variationLimit: Fact? = nil, minimumPrices: Fact? = nil,
            supplierRequests: Fact? = nil
        ) {
            self.method = method
            self.guidance = guidance
            self.variationLimit = variationLimit
            self.minimumPrices = minimumPrices
            self.supplierRequests = supplierRequests
        }
    }

    /// A purchase from a single supplier for a small amount (44-FZ art. 93 ч. 1 п. 4, 5).
    public struct SingleSupplier: Sendable, Hashable {
        /// The act and article that allow it.
        public var citation: Rule.Citation?
        /// Working days the plan gives such a purchase (a planning assumption).
        public var days: Int
        /// The largest contract price it allows; the plan chooses the route only when this is
        /// reliable and the amount is within it.
        public var limit: Fact?

        /// Creates a route.
        public init(citation: Rule.Citation? = nil, days: Int, limit: Fact? = nil) {
            self.citation = citation
            self.days = days
            self.limit = limit
        }
    }
}
