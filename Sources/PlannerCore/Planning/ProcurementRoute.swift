/// How the purchase is made, which sets the working days the plan gives it: a competitive
/// procedure (the regime's `procurement_days`), a purchase from a single supplier for a small
/// amount (when the regime's limit for it is reliable and the amount is within it), or a
/// contract under the organization's own rules (no procurement law).
public struct ProcurementRoute: Sendable, Hashable {
    /// The route.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// An electronic auction, a request for quotations or another competitive procedure.
        case competitive
        /// A purchase from a single supplier for a small amount.
        case singleSupplier = "single_supplier"
        /// No procurement law: the organization's own rules.
        case direct
    }

    /// Where the amount the route was judged on comes from.
    public enum AmountBasis: String, Sendable, Hashable, CaseIterable, Codable {
        /// The initial maximum price (enough offers count).
        case initialPrice = "initial"
        /// The mean of the offers that count, fewer than the regime asks for.
        case estimate
        /// The recommended product's own offer, which costs more than the mean of the others:
        /// a contract for it costs at least that.
        case offer
    }

    /// The route chosen.
    public var kind: Kind
    /// Working days the plan gives the purchase on this route.
    public var days: Int
    /// The regime's single-supplier route when it was not chosen, for the plan to name as one
    /// to check (its article and days); nil when chosen or when the regime has none.
    public var alternative: ProcurementRegime.SingleSupplier?
    /// The amount the route was judged on: the initial maximum price, else the estimate from
    /// the offers that count, or the recommended product's own first year when its offer costs
    /// more; nil when none is known.
    public var amount: Double?
    /// Where `amount` comes from; nil with no amount.
    public var amountBasis: AmountBasis?
    /// True when `amount` is only the least the purchase costs: the recommended product's offer
    /// lacks licences, so a contract for what the organization needs costs more than it.
    public var amountIsFloor: Bool
    /// The recommended product whose offer lacks licences or sets the amount; nil otherwise.
    public var product: String?

    /// Creates a route.
    public init(
        kind: Kind, days: Int, alternative: ProcurementRegime.SingleSupplier? = nil, amount: Double? = nil,
        amountBasis: AmountBasis? = nil, amountIsFloor: Bool = false, product: String? = nil
    ) {
        self.kind = kind
        self.days = days
        self.alternative = alternative
        self.amount = amount
        self.amountBasis = amount == nil ? nil : amountBasis
        self.amountIsFloor = amountIsFloor
        self.product = product
    }

    /// The route of a purchase of `target` under `regime` for the amount the justification
    /// gives. The single-supplier route is chosen only when its limit is reliable, in the
    /// budget currency, and the amount is known, within it and not a floor; otherwise the
    /// competitive procedure is, and the single-supplier route is named as an alternative to
    /// check. The amount is never below the target's own offer: a contract for the target costs
    /// at least what its vendor asks, whatever the others' mean.
    public static func choose(
        regime: ProcurementRegime?, justification: PriceJustification?, target: String? = nil, fallbackDays: Int
    ) -> ProcurementRoute {
        let amount = Amount(justification: justification, target: target)
        func route(_ kind: Kind, _ days: Int, alternative: ProcurementRegime.SingleSupplier? = nil) -> ProcurementRoute
        {
            ProcurementRoute(
                kind: kind, days: days, alternative: alternative, amount: amount.value, amountBasis: amount.basis,
                amountIsFloor: amount.isFloor, product: amount.product)
        }
        guard let regime else { return route(.direct, fallbackDays) }
        guard regime.regulated else { return route(.direct, regime.procurementDays) }
        if let single = regime.singleSupplier, let limit = single.limit, let value = limit.statedValue,
            limit.currency == justification?.currency, let known = amount.value, known <= value, !amount.isFloor
        {
            return route(.singleSupplier, single.days)
        }
        return route(.competitive, regime.procurementDays, alternative: regime.singleSupplier)
    }

    /// The amount a route is judged on, and where it comes from.
    private struct Amount {
        var value: Double?
        var basis: AmountBasis?
        var isFloor = false
        var product: String?

        init(justification: PriceJustification?, target: String?) {
            if let initial = justification?.initialPrice {
                (value, basis) = (initial, .initialPrice)
            } else if let estimate = justification?.estimate {
                (value, basis) = (estimate, .estimate)
            }
            // The target's offer: its price when it counts, the least it costs when it lacks
            // licences; an offer without an amount or of an excluded product says nothing.
            guard let target, let offer = justification?.offers.first(where: { $0.product == target }),
                offer.exclusion == nil || offer.exclusion == .licencesShort, offer.price > 0
            else { return }
            isFloor = offer.exclusion == .licencesShort
            if isFloor || offer.price > (value ?? 0) { product = target }
            if offer.price > (value ?? 0) { (value, basis) = (offer.price, .offer) }
        }
    }
}
