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

    /// The route chosen.
    public var kind: Kind
    /// Working days the plan gives the purchase on this route.
    public var days: Int
    /// The regime's single-supplier route when it was not chosen, for the plan to name as one
    /// to check (its article and days); nil when chosen or when the regime has none.
    public var alternative: ProcurementRegime.SingleSupplier?
    /// The amount the route was judged on: the initial maximum price, else the estimate from
    /// the offers that count; nil when neither is known.
    public var amount: Double?

    /// Creates a route.
    public init(
        kind: Kind, days: Int, alternative: ProcurementRegime.SingleSupplier? = nil, amount: Double? = nil
    ) {
        self.kind = kind
        self.days = days
        self.alternative = alternative
        self.amount = amount
    }

    /// The route of a purchase under `regime` for the amount the justification gives. The
    /// single-supplier route is chosen only when its limit is reliable, in the budget currency,
    /// and the amount is known and within it; otherwise the competitive procedure is, and the
    /// single-supplier route is named as an alternative to check.
    public static func choose(
        regime: ProcurementRegime?, justification: PriceJustification?, fallbackDays: Int
    ) -> ProcurementRoute {
        let amount = justification?.initialPrice ?? justification?.estimate
        guard let regime else { return ProcurementRoute(kind: .direct, days: fallbackDays, amount: amount) }
        guard regime.regulated else {
            return ProcurementRoute(kind: .direct, days: regime.procurementDays, amount: amount)
        }
        if let single = regime.singleSupplier, let limit = single.limit, let value = limit.statedValue,
            limit.currency == justification?.currency, let amount, amount <= value
        {
            return ProcurementRoute(kind: .singleSupplier, days: single.days, amount: amount)
        }
        return ProcurementRoute(
            kind: .competitive, days: regime.procurementDays, alternative: regime.singleSupplier, amount: amount)
    }
}
