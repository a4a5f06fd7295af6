extension Double {
    /// The number without a trailing ".0" for whole values ("140", "12.5"): stable across
    /// platforms and locales, for messages and for output that must not change between runs.
    public func formatted() -> String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return String(self)
    }
}
