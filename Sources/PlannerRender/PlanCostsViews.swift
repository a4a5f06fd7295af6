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

/// What a product would cost.
public struct CostView: TemplateObject {
    public var known: Bool
    public var oneTime: TemplateValue?
    public var annual: TemplateValue?
    public var threeYear: TemplateValue?
    /// Flags: `quote`, `current_contract`, `catalog`, `unknown`.
    public var basis: TemplateValue
    /// The quote it uses (quote basis).
    public var quote: QuoteView?
    /// Servers and administration the tool assumes for an on-premises product.
    public var servers: TemplateValue?
    public var serversOneTime: TemplateValue?
    public var administrationAnnual: TemplateValue?
    /// On-premises costs were left out: the assumption is in another currency.
    public var serversNotIncluded: Bool
    /// One server's one-time cost and one server's yearly administration (assumptions).
    public var serverEach: TemplateValue? = nil
    public var administrationEach: TemplateValue? = nil
    /// The licences as the quote, contract or price list gives them, before the tool's additions.
    public var licencesOneTime: TemplateValue? = nil
    public var licencesAnnual: TemplateValue? = nil
    /// One-time + yearly: what the first year takes.
    public var firstYear: TemplateValue? = nil
    /// Three years in the vendor's cloud without servers, when only an unknown cloud data
    /// location keeps the product on premises.
    public var cloudThreeYear: TemplateValue? = nil
    /// The known cost leaves something out (`OptionAssessment.costOmissions`): what the
    /// product will cost is at least the figures shown.
    public var understated = false

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "known": return .of(known)
        case "understated": return .of(understated)
        case "oneTime": return .of(oneTime)
        case "annual": return .of(annual)
        case "threeYear": return .of(threeYear)
        case "basis": return .of(basis)
        case "quote": return .of(quote)
        case "servers": return .of(servers)
        case "serversOneTime": return .of(serversOneTime)
        case "administrationAnnual": return .of(administrationAnnual)
        case "serversNotIncluded": return .of(serversNotIncluded)
        case "serverEach": return .of(serverEach)
        case "administrationEach": return .of(administrationEach)
        case "licencesOneTime": return .of(licencesOneTime)
        case "licencesAnnual": return .of(licencesAnnual)
        case "firstYear": return .of(firstYear)
        case "cloudThreeYear": return .of(cloudThreeYear)
        default: return nil
        }
    }
}

/// A commercial offer from the inventory.
public struct QuoteView: TemplateObject {
    public var product: String
    public var annual: TemplateValue?
    public var oneTime: TemplateValue?
    public var date: TemplateValue?
    /// Escaped inventory text.
    public var note: String?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "product": return .of(product)
        case "annual": return .of(annual)
        case "oneTime": return .of(oneTime)
        case "date": return .of(date)
        case "note": return .of(note)
        default: return nil
        }
    }
}
