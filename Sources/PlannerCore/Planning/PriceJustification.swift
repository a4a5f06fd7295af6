/// The initial maximum contract price (НМЦК) by the method of comparable market prices, from
/// the inventory's commercial offers: which offers count and why the others do not, the
/// arithmetic over those that count, and, when they are too few, which offers are missing
/// and from whom. Decided here once; the price justification document and the plan read it.
public struct PriceJustification: Sendable, Hashable {
    /// Why an offer does not count.
    public enum Exclusion: String, Sendable, Hashable, CaseIterable, Codable {
        /// The product is excluded by the rules or the requirements, or was not compared.
        case notEligible = "not_eligible"
        /// The offer's licences are known to cover less than the organization needs.
        case licencesShort = "licences_short"
        /// The offer states no amount.
        case noAmount = "no_amount"
    }

    /// One commercial offer of the inventory.
    public struct Offer: Sendable, Hashable {
        /// Catalog product id.
        public var product: String
        /// The product's rank among the compared options; nil when excluded.
        public var rank: Int?
        /// The offer's reference (`quotes.<id>.note`) and date.
        public var note: String?
        public var date: CalendarDate?
        /// Days from the offer's date to the as-of date; nil without a date.
        public var ageDays: Int?
        public var oneTime: Double
        public var annual: Double
        /// The price the method compares: what the first year costs (one-time + annual).
        public var price: Double { oneTime + annual }
        /// The licences the offer states, checked against the need; empty when it states none.
        public var licences: [LicenceCheck]
        /// Why the offer does not count; nil when it counts.
        public var exclusion: Exclusion?

        /// True when the offer counts.
        public var counts: Bool { exclusion == nil }
    }

    /// Every offer of the inventory: ranked products in rank order, then the others by id.
    public var offers: [Offer]
    /// The arithmetic over the offers that count; nil when none counts.
    public var statistics: PriceStatistics?
    /// The prices the regime's planning assumption asks for (`minimum_quotes`); nil when the
    /// catalog names none.
    public var minimumPrices: Int?
    /// The coefficient of variation above which the prices are not homogeneous, when the
    /// catalog states it reliably (confirmed or secondary).
    public var variationLimit: Double?
    /// Products to ask for an offer, in rank order: the price requests' recipients whose offer
    /// does not count or is missing. Empty when enough offers count.
    public var askFrom: [String]
    /// The budget currency every amount is in.
    public var currency: String

    /// The offers that count.
    public var counted: [Offer] { offers.filter(\.counts) }
    /// Offers still missing for `minimumPrices` (0 when enough or no minimum).
    public var missing: Int { max(0, (minimumPrices ?? 0) - counted.count) }
    /// Whether the prices are homogeneous; nil without a reliable limit or with fewer than two.
    public var homogeneous: Bool? {
        guard let limit = variationLimit, let variation = statistics?.variation else { return nil }
        return variation <= limit
    }
    /// The initial maximum price: the mean of the offers that count, when there are enough of
    /// them and they are not known to be heterogeneous; nil otherwise.
    public var initialPrice: Double? {
        guard let statistics, missing == 0, homogeneous != false else { return nil }
        return statistics.mean
    }
    /// The mean of whatever offers count, as a preliminary estimate; nil when none counts.
    public var estimate: Double? { statistics?.mean }

    /// The justification of an organization's purchase: its quotes against the assessment's
    /// options, with `recipients` (the price requests' products, in rank order) as those to ask.
    public static func build(
        inventory: Inventory, assessment: Assessment, catalog: Catalog, recipients: [String]
    ) -> PriceJustification {
        let regime = assessment.procurement.regime ?? catalog.procurementRegime(inventory.organization.procurement)
        var offers: [Offer] = inventory.quotes.map { quote in
            let option = assessment.option(quote.product)
            let ranked = option.map { $0.status.isRanked && $0.rank != nil } ?? false
            var offer = Offer(
                product: quote.product, rank: ranked ? option?.rank : nil, note: quote.note, date: quote.date,
                ageDays: quote.date.map { $0.days(until: assessment.asOf) }, oneTime: quote.oneTime ?? 0,
                annual: quote.annual ?? 0, licences: option?.licences ?? [], exclusion: nil)
            if !ranked {
                offer.exclusion = .notEligible
            } else if offer.licences.contains(where: \.isShort) {
                offer.exclusion = .licencesShort
            } else if offer.price <= 0 {
                offer.exclusion = .noAmount
            }
            return offer
        }
        offers.sort { a, b in
            switch (a.rank, b.rank) {
            case (let x?, let y?): return x != y ? x < y : a.product < b.product
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return a.product < b.product
            }
        }
        var justification = PriceJustification(
            offers: offers, statistics: PriceStatistics(prices: offers.filter(\.counts).map(\.price)),
            minimumPrices: regime?.minimumQuotes,
            variationLimit: regime?.priceJustification?.variationLimit?.statedValue, askFrom: [],
            currency: assessment.currency)
        let counting = Set(justification.counted.map(\.product))
        if justification.initialPrice == nil {
            justification.askFrom = recipients.filter { !counting.contains($0) }
        }
        return justification
    }
}
