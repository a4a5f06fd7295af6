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
}
