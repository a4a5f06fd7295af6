import PlannerCore

// View models of the plan: the costs section.

/// The costs section.
public struct CostsView: TemplateObject {
    public var currency: String
    /// Today's service over one and three years, when every cost is known.
    public var currentAnnual: TemplateValue?
    public var currentThreeYear: TemplateValue?
    /// The target's three years against today's three years.
    public var againstCurrent: ComparisonView?
    /// The target's yearly cost against the budget, when both are known.
    public var budget: TemplateValue?
    public var withinBudget: Bool
    public var overBudget: Bool
    /// Every price the catalog holds for the target and the runner-up, with sources.
    public var prices: [Listed<PriceView>]
    /// Commercial offers from the inventory, by product.
    public var quotes: [Listed<QuoteView>]
    /// Products ranked whose cost is unknown: ask for a commercial offer.
    public var unknownCosts: [Listed<NameView>]
    /// The target's first year (one-time + yearly), and whether it exceeds the yearly budget.
    public var firstYear: TemplateValue? = nil
    public var firstYearOverBudget: Bool = false
    /// Every ranked option whose estimate includes the tool's server assumptions, by rank.
    public var assumptions: [Listed<OptionView>] = []
    /// Every ranked option whose quote states its licences, by rank.
    public var licensed: [Listed<OptionView>] = []

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "currency": return .of(currency)
        case "currentAnnual": return .of(currentAnnual)
        case "currentThreeYear": return .of(currentThreeYear)
        case "againstCurrent": return .of(againstCurrent)
        case "budget": return .of(budget)
        case "withinBudget": return .of(withinBudget)
        case "overBudget": return .of(overBudget)
        case "prices": return .of(prices)
        case "hasPrices": return .of(!prices.isEmpty)
        case "quotes": return .of(quotes)
        case "hasQuotes": return .of(!quotes.isEmpty)
        case "unknownCosts": return .of(unknownCosts)
        case "hasUnknownCosts": return .of(!unknownCosts.isEmpty)
        case "firstYear": return .of(firstYear)
        case "firstYearOverBudget": return .of(firstYearOverBudget)
        case "assumptions": return .of(assumptions)
        case "hasAssumptions": return .of(!assumptions.isEmpty)
        case "licensed": return .of(licensed)
        case "hasLicences": return .of(!licensed.isEmpty)
        default: return nil
        }
    }
}

/// One price plan of the catalog.
public struct PriceView: TemplateObject {
    public var product: String
    public var plan: String
    /// Flags: `per_user_year`, `per_user_month`, `per_server`, `per_concurrent`, `free`.
    public var model: TemplateValue
    public var price: TemplateValue
    public var oneTime: TemplateValue?
    public var minimumUsers: TemplateValue?
    public var source: String?
    public var asOf: TemplateValue?
    public var confirmed: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "product": return .of(product)
        case "plan": return .of(plan)
        case "model": return .of(model)
        case "price": return .of(price)
        case "oneTime": return .of(oneTime)
        case "minimumUsers": return .of(minimumUsers)
        case "source": return .of(source)
        case "asOf": return .of(asOf)
        case "confirmed": return .of(confirmed)
        default: return nil
        }
    }
}
