/// What a product would cost the organization: one-time and yearly amounts, three years
/// together, in the budget currency, with every line that makes them up. Unknown stays
/// unknown: no invented prices and no currency conversion.
public struct CostEstimate: Sendable, Hashable {
    /// Where the licence figures come from.
    public enum Basis: String, Sendable, Hashable, Codable {
        /// A commercial offer in the inventory (`quotes`); replaces the list price.
        case quote
        /// What the organization pays today for a service in use (`services[].annual_cost`).
        case currentContract = "current_contract"
        /// The catalog's list price.
        case catalog
        /// No figure: the cost is unknown.
        case unknown
    }

    /// ISO 4217 code: the inventory's budget currency.
    public var currency: String
    /// One-time amount; nil when unknown.
    public var oneTime: Double?
    /// Yearly amount; nil when unknown.
    public var annual: Double?
    public var basis: Basis
    /// The lines that add up to the amounts (licences, assumed servers and administration).
    public var lines: [CostLine]
    /// Why the cost is unknown, when it is.
    public var unknownReason: Reason?
    /// Servers the estimate assumes the organization runs (on premises); nil for none.
    public var servers: Int?

    /// Creates an estimate.
    public init(
        currency: String, oneTime: Double?, annual: Double?, basis: Basis, lines: [CostLine] = [],
        unknownReason: Reason? = nil
    ) {
        self.currency = currency
        self.oneTime = oneTime
        self.annual = annual
        self.basis = basis
        self.lines = lines
        self.unknownReason = unknownReason
    }

    /// An unknown cost, with the reason.
    public static func unknown(_ currency: String, _ reason: Reason) -> CostEstimate {
        CostEstimate(currency: currency, oneTime: nil, annual: nil, basis: .unknown, unknownReason: reason)
    }

    /// The three-year cost: one-time + 3 × yearly; nil when either is unknown.
    public var threeYear: Double? {
        guard let oneTime, let annual else { return nil }
        return oneTime + CostModel.years * annual
    }

    /// What the first year takes: one-time + yearly; nil when either is unknown.
    public var firstYear: Double? {
        guard let oneTime, let annual else { return nil }
        return oneTime + annual
    }

    /// True when the three-year cost is known.
    public var isKnown: Bool { threeYear != nil }

    /// The amount of the lines of one kind, or nil when the estimate has none.
    public func amount(of kind: CostLine.Kind) -> (oneTime: Double, annual: Double)? {
        let matching = lines.filter { $0.kind == kind }
        guard !matching.isEmpty else { return nil }
        return (matching.reduce(0) { $0 + $1.oneTime }, matching.reduce(0) { $0 + $1.annual })
    }
}

/// One line of a cost estimate.
public struct CostLine: Sendable, Hashable {
    /// What a line stands for.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Licences: a quote, the current contract or a list price.
        case licences
        /// Assumed servers (one-time), on premises.
        case servers
        /// Assumed administration of those servers (yearly).
        case administration
        /// Servers and administration are not included (the assumption's currency differs).
        case serversNotIncluded = "servers_not_included"
    }

    /// What the line is: a quote, the current contract, a list price with how it is counted,
    /// an assumption.
    public var reason: Reason
    public var oneTime: Double
    public var annual: Double
    /// True for the tool's documented assumptions (servers, administration), not prices.
    public var isAssumption: Bool { kind != .licences }
    public var kind: Kind
    /// Where the figure comes from.
    public var source: String?

    /// Creates a line.
    public init(_ reason: Reason, oneTime: Double, annual: Double, kind: Kind = .licences, source: String? = nil) {
        self.reason = reason
        self.oneTime = oneTime
        self.annual = annual
        self.kind = kind
        self.source = source
    }
}

/// What running a product on the organization's own servers costs besides the licences.
/// ASSUMPTIONS, not facts: round figures for a virtual or physical server and a share of an
/// administrator's time, stated in one currency (no conversion is done: for a budget in
/// another currency they are left out, and the estimate says so). See Docs/Scoring.md.
public struct OnPremisesAssumptions: Sendable, Hashable {
    /// The currency of the figures.
    public var currency: String
    /// Users one server is assumed to carry; servers = ⌈users / this⌉.
    public var usersPerServer: Int
    /// One-time cost of one server (hardware or a VM, OS, installation).
    public var serverOneTime: Double
    /// Yearly cost of administering one server (updates, backups, monitoring).
    public var administrationAnnual: Double

    /// The shipped assumptions: RUB, 1000 users a server, 300 000 once and 100 000 a year each.
    public static let standard = OnPremisesAssumptions(
        currency: "RUB", usersPerServer: 1000,
        serverOneTime: 300_000, administrationAnnual: 100_000)

    /// Creates assumptions.
    public init(currency: String, usersPerServer: Int, serverOneTime: Double, administrationAnnual: Double) {
        self.currency = currency
        self.usersPerServer = usersPerServer
        self.serverOneTime = serverOneTime
        self.administrationAnnual = administrationAnnual
    }

    /// Servers for a number of users (at least one).
    public func servers(for users: Int) -> Int {
        max(1, (users + usersPerServer - 1) / max(1, usersPerServer))
    }
}

/// Estimates a product's three-year cost for an organization.
///
/// Licences, in this order: the inventory's quote for the product (a missing amount in a
/// quote is zero); else, for a service in use, what it costs today (`annual_cost`, no one-time
/// cost); else the catalog's cheapest price plan in the budget currency. Then, when the product
/// will run on premises, the `OnPremisesAssumptions` for servers and administration.
public struct CostModel: Sendable {
    /// Years in the comparison: three-year cost = one-time + 3 × yearly.
    public static let years = 3.0

    public var assumptions: OnPremisesAssumptions

    /// Creates a model with the given (default: the shipped) assumptions.
    public init(assumptions: OnPremisesAssumptions = .standard) {
        self.assumptions = assumptions
    }

    /// The estimate for one product; `onPremises` says whether servers are the organization's.
    public func estimate(for product: Product, inventory: Inventory, onPremises: Bool) -> CostEstimate {
        let currency = inventory.organization.budget.currency
        var estimate = licences(for: product, inventory: inventory)
        guard estimate.isKnown, onPremises else { return estimate }
        let users = inventory.organization.users
        if assumptions.currency == currency {
            let servers = assumptions.servers(for: users)
            let count = PlanParameter("servers", .int(servers))
            estimate.lines.append(
                CostLine(
                    Reason(
                        .lineServers,
                        [
                            count, PlanParameter("users", .int(users)),
                            PlanParameter("each", .money(assumptions.serverOneTime, currency: currency)),
                        ]),
                    oneTime: Double(servers) * assumptions.serverOneTime, annual: 0, kind: .servers))
            estimate.lines.append(
                CostLine(
                    Reason(
                        .lineAdministration,
                        [count, PlanParameter("each", .money(assumptions.administrationAnnual, currency: currency))]),
                    oneTime: 0, annual: Double(servers) * assumptions.administrationAnnual, kind: .administration))
            estimate.servers = servers
            estimate.oneTime = (estimate.oneTime ?? 0) + Double(servers) * assumptions.serverOneTime
            estimate.annual = (estimate.annual ?? 0) + Double(servers) * assumptions.administrationAnnual
        } else {
            estimate.lines.append(
                CostLine(
                    Reason(
                        .lineServersNotIncluded,
                        [
                            PlanParameter("assumptionCurrency", .text(assumptions.currency)),
                            PlanParameter("currency", .text(currency)),
                        ]),
                    oneTime: 0, annual: 0, kind: .serversNotIncluded))
        }
        return estimate
    }

    /// The licence part: quote, current contract or catalog price.
    func licences(for product: Product, inventory: Inventory) -> CostEstimate {
        let currency = inventory.organization.budget.currency
        if let quote = inventory.quote(for: product.id) {
            let oneTime = quote.oneTime ?? 0
            let annual = quote.annual ?? 0
            let reason = Reason(
                .lineQuote,
                .optional("note", quote.note.map(PlanValue.text)) + .optional("date", quote.date.map(PlanValue.date)))
            return CostEstimate(
                currency: currency, oneTime: oneTime, annual: annual, basis: .quote,
                lines: [CostLine(reason, oneTime: oneTime, annual: annual)])
        }
        let services = inventory.services.filter { $0.product == product.id }
        if !services.isEmpty, services.allSatisfy({ $0.annualCost != nil }) {
            let annual = services.reduce(0) { $0 + ($1.annualCost ?? 0) }
            return CostEstimate(
                currency: currency, oneTime: 0, annual: annual, basis: .currentContract,
                lines: [CostLine(Reason(.lineCurrentContract), oneTime: 0, annual: annual)])
        }
        return catalogPrice(for: product, inventory: inventory)
    }

    /// The cheapest of the catalog's confirmed price plans in the budget currency.
    func catalogPrice(for product: Product, inventory: Inventory) -> CostEstimate {
        let currency = inventory.organization.budget.currency
        guard !product.pricing.isEmpty else {
            return .unknown(currency, Reason(.costNoPrice))
        }
        let usable = product.pricing.filter { $0.currency == currency && $0.provenance.isReliable }
        guard !usable.isEmpty else {
            let currencies = Array(Set(product.pricing.map(\.currency))).sorted()
            let unconfirmed = product.pricing.contains { $0.currency == currency }
            let budget = PlanParameter("currency", .text(currency))
            return .unknown(
                currency,
                unconfirmed
                    ? Reason(.costPriceUnconfirmed, [budget])
                    : Reason(.costOtherCurrency, [PlanParameter("currencies", .list(currencies)), budget]))
        }
        let costed = usable.map { plan -> (plan: PricingPlan, line: CostLine) in
            (plan, line(for: plan, inventory: inventory))
        }
        let best = costed.min { a, b in
            let ca = a.line.oneTime + Self.years * a.line.annual
            let cb = b.line.oneTime + Self.years * b.line.annual
            return ca != cb ? ca < cb : a.plan.plan < b.plan.plan
        }!
        return CostEstimate(
            currency: currency, oneTime: best.line.oneTime, annual: best.line.annual, basis: .catalog,
            lines: [best.line])
    }

    /// The cost of one price plan: per_user_year × users, per_user_month × 12 × users,
    /// per_server × servers, per_concurrent × peak participants (or users), free = 0; the
    /// counted users never below the plan's minimum.
    func line(for plan: PricingPlan, inventory: Inventory) -> CostLine {
        let organization = inventory.organization
        let minimum = plan.minimumUsers ?? 0
        let users = max(organization.users, minimum)
        let annual: Double
        var count: Int?
        switch plan.model {
        case .perUserYear:
            (annual, count) = (plan.price * Double(users), users)
        case .perUserMonth:
            (annual, count) = (plan.price * 12 * Double(users), users)
        case .perServer:
            let servers = assumptions.servers(for: organization.users)
            (annual, count) = (plan.price * Double(servers), servers)
        case .perConcurrent:
            let peak = inventory.services.compactMap { $0.usage.peakParticipants }.max() ?? organization.users
            let counted = max(peak, minimum)
            (annual, count) = (plan.price * Double(counted), counted)
        case .free:
            annual = 0
        }
        let appliesMinimum = minimum > organization.users && plan.model != .free && plan.model != .perServer
        let reason = Reason(
            .lineListPrice,
            [
                PlanParameter("plan", .text(plan.plan)), PlanParameter("model", .text(plan.model.rawValue)),
                PlanParameter("price", .money(plan.price, currency: plan.currency)),
            ] + .optional("count", count.map(PlanValue.int))
                + .optional("minimum", appliesMinimum ? .int(minimum) : nil)
                + .optional("oneTime", plan.oneTime > 0 ? .money(plan.oneTime, currency: plan.currency) : nil))
        return CostLine(reason, oneTime: plan.oneTime, annual: annual, source: plan.provenance.source)
    }
}
