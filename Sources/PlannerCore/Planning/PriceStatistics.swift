/// The arithmetic of the comparable market prices method over a set of prices: their mean,
/// their standard deviation and their coefficient of variation. The deviation is the sample
/// one (divisor n − 1), as the price-justification guidance's formula is relayed; the
/// documents print the formula next to the figures, so a reader can check both.
public struct PriceStatistics: Sendable, Hashable {
    /// The prices, in the order given.
    public var prices: [Double]
    /// The arithmetic mean.
    public var mean: Double
    /// The sample standard deviation, √(Σ(pᵢ − mean)² / (n − 1)); nil for fewer than two prices.
    public var standardDeviation: Double?
    /// The coefficient of variation in percent, deviation / mean × 100; nil without a
    /// deviation or with a mean of zero.
    public var variation: Double?

    /// The statistics of `prices`; nil for no price.
    public init?(prices: [Double]) {
        guard !prices.isEmpty else { return nil }
        self.prices = prices
        let count = Double(prices.count)
        mean = prices.reduce(0, +) / count
        if prices.count >= 2 {
            let mean = self.mean
            let squares = prices.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            let deviation = (squares / (count - 1)).squareRoot()
            standardDeviation = deviation
            variation = mean > 0 ? deviation / mean * 100 : nil
        } else {
            standardDeviation = nil
            variation = nil
        }
    }

    /// How many prices.
    public var count: Int { prices.count }
}
