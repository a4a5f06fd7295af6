/// Bounds on the numbers read from files, and conversions that never trap.
///
/// Every amount of money in an inventory or a catalog is at most ``maxMoney``; sums of many of
/// them, scores read back from a history and anything else that reaches a `Double`→integer
/// conversion go through ``Swift/Int64/init(saturating:)``, which clamps instead of trapping.
public enum NumberLimits {
    /// The largest amount of money accepted (`annual_cost`, `budget.annual`, `quotes.*`,
    /// catalog prices): 10¹² in any currency, far above any organization's videoconferencing,
    /// and small enough that sums, three-year totals and cents stay exact in a `Double` and
    /// inside `Int64`.
    public static let maxMoney: Double = 1_000_000_000_000

    /// The range of every amount of money: 0 … ``maxMoney``.
    public static let money: ClosedRange<Double> = 0...maxMoney

    /// The largest volume of recordings accepted (`usage.recordings_gb`): 10⁹ GB, an exabyte.
    public static let maxGigabytes: Double = 1_000_000_000
}

extension Int64 {
    /// The whole number nearest `value` toward zero, clamped to `Int64`'s range; 0 for NaN.
    /// Unlike `Int64(_:)` it never traps, whatever a file or a history holds.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 0x1p63 {
            self = .max
        } else if value <= -0x1p63 {
            self = .min
        } else {
            self = Int64(value)
        }
    }
}

extension Int {
    /// The whole number nearest `value` toward zero, clamped to `Int`'s range; 0 for NaN.
    public init(saturating value: Double) {
        self = Int(truncatingIfNeeded: Int64(saturating: value))
    }
}
