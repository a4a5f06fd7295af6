import PlannerCore

// View models of the plan: the sources section.

/// The sources section.
public struct SourcesView: TemplateObject {
    /// Every rule in force.
    public var laws: [Listed<LawSourceView>]
    /// Product facts the plan relies on, one row per product and source.
    public var facts: [Listed<FactSourceView>]
    /// Where the holiday calendar comes from.
    public var calendar: [Listed<NameView>]

    /// Some fact of the table rests only on a secondary source.
    public var hasSecondary: Bool {
        facts.contains { $0.element.items.contains { $0.element.secondary } }
    }

    /// Some fact of the table is stale.
    public var hasStale: Bool {
        facts.contains { $0.element.items.contains { $0.element.stale != nil } }
    }

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "laws": return .of(laws)
        case "hasLaws": return .of(!laws.isEmpty)
        case "facts": return .of(facts)
        case "hasFacts": return .of(!facts.isEmpty)
        case "hasSecondary": return .of(hasSecondary)
        case "hasStale": return .of(hasStale)
        case "calendar": return .of(calendar)
        case "hasCalendar": return .of(!calendar.isEmpty)
        default: return nil
        }
    }
}

/// A law the plan relies on.
public struct LawSourceView: TemplateObject {
    public var id: String
    public var citation: String
    public var url: String?
    public var effectiveFrom: TemplateValue
    /// Other sources the catalog lists for the rule.
    public var more: [Listed<NameView>]
    /// Flags: the rule's confidence (`confirmed`, `secondary`, `unconfirmed`): a date the
    /// research does not confirm is not printed as a fact.
    public var confidence: TemplateValue = .choice("confirmed")

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "confidence": return .of(confidence)
        case "id": return .of(id)
        case "citation": return .of(citation)
        case "url": return .of(url)
        case "effectiveFrom": return .of(effectiveFrom)
        case "more": return .of(more)
        default: return nil
        }
    }
}

/// The facts of one product that one source supports.
public struct FactSourceView: TemplateObject {
    public var product: String
    /// The facts: flags of their kinds in `kinds`, names in `items`.
    public var items: [Listed<FactView>]
    /// A Markdown link or escaped text; nil when the catalog gives none.
    public var source: String?
    /// The newest date of these facts.
    public var asOf: TemplateValue?
    /// Some of the facts are unconfirmed.
    public var unconfirmed: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "product": return .of(product)
        case "items": return .of(items)
        case "source": return .of(source)
        case "asOf": return .of(asOf)
        case "unconfirmed": return .of(unconfirmed)
        default: return nil
        }
    }
}

/// One product fact: flags `registry`, `price`, `restriction`, `advisory`, `capability`,
/// `vendor`, `certification`, `residency`; `name` says which.
public struct FactView: TemplateObject {
    public var kind: TemplateValue
    public var name: String
    /// The fact rests only on a secondary source (a news re-post, a package manifest, a
    /// third-party SDK): the plan says so next to it.
    public var secondary: Bool = false
    /// The fact's date when it is stale (``Catalog/isStale(_:)``): the plan asks to check it again.
    public var stale: TemplateValue?
    /// For a register entry: whether the product is listed (`yes`) or known not to be (`no`),
    /// so that a source row never reads as a listing it is not.
    public var listed: TemplateValue?
    /// For a vendor's restriction: what it does and since when (``RestrictionView``).
    public var restriction: RestrictionView?
    /// For a capability: the source says the product lacks it, so the row must not read as
    /// support.
    public var absent = false
    /// For a number capability: the number the source gives (a meeting's participants).
    public var amount: TemplateValue?
    /// The catalog records the fact unconfirmed: the source is where to look, not what is
    /// known, so the row marks this fact (not only the row) as unconfirmed.
    public var unconfirmed = false

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "absent": return .of(absent)
        case "unconfirmed": return .of(unconfirmed)
        case "amount": return .of(amount)
        case "listed": return .of(listed)
        case "restriction": return .of(restriction)
        case "kind": return .of(kind)
        case "name": return .of(name)
        case "secondary": return .of(secondary)
        case "stale": return .of(stale)
        default: return nil
        }
    }
}
