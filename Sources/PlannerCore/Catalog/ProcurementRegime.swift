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
}
