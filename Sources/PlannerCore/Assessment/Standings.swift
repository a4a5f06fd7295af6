/// Where a product stands in the register of domestic software of the organization's
/// country (`Catalog.domesticRegister(for:)`): listed, not listed or unknown, with the entry
/// the catalog holds. A plan cites it; it decides nothing by itself (rules do).
public struct RegisterStanding: Sendable, Hashable {
    /// The register's id (`ru_software`).
    public var register: String
    /// Met: listed; not met: known not to be listed; unknown: the catalog cannot tell.
    public var outcome: Outcome
    /// The catalog's entry, when it has one (number, since, provenance).
    public var entry: RegistryEntry?

    /// Creates a standing.
    public init(register: String, outcome: Outcome, entry: RegistryEntry? = nil) {
        self.register = register
        self.outcome = outcome
        self.entry = entry
    }
}

/// The organization's yearly budget against an option's yearly cost.
public enum BudgetFit: String, Sendable, Hashable, Codable {
    /// The yearly cost is known and within the budget.
    case within
    /// The yearly cost is known and over the budget.
    case over
}

/// What the organization's procurement regime asks of this purchase, as the assessment can
/// tell it: the regime, the commercial offers it needs and how many the inventory has, and
/// whether buying foreign software needs an approval first.
public struct ProcurementStanding: Sendable, Hashable {
    /// The regime (catalog), when the catalog has the organization's.
    public var regime: ProcurementRegime?
    /// Commercial offers in the inventory (`quotes`).
    public var quotes: Int
    /// Offers still missing for the regime's `minimum_quotes` (0 when enough or none needed).
    public var quotesMissing: Int
    /// A procurement rule in force names significant critical infrastructure: buying foreign
    /// software for it needs an approval before the purchase.
    public var approvalForForeignSoftware: Bool
    /// True when the inventory names no regime and the catalog's default for the
    /// organization's country and ownership applies.
    public var defaulted = false
    /// The regime's steps that concern this organization, in the regime's order.
    public var steps: [ProcurementRegime.Step] = []

    /// Creates a standing.
    public init(regime: ProcurementRegime?, quotes: Int, quotesMissing: Int, approvalForForeignSoftware: Bool) {
        self.regime = regime
        self.quotes = quotes
        self.quotesMissing = quotesMissing
        self.approvalForForeignSoftware = approvalForForeignSoftware
    }

    /// True when the regime is a procurement law with its own procedures.
    public var regulated: Bool { regime?.regulated ?? false }
}

extension Rule {
    /// True when the rule names procurement regimes: it concerns how the organization buys.
    public var concernsProcurement: Bool { when.contains { $0.procurement != nil } }
}
