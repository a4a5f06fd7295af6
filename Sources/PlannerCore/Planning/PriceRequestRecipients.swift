/// Who gets a request for a commercial offer (`procurement/price-requests/<product>.md`): the
/// best ranked replacements of the primary category, at least `best` where that many are
/// ranked, and every other ranked replacement whose offer the inventory already holds (it
/// must be renewed for the specification: its licences, its date). Never a product in use,
/// never an excluded one.
public enum PriceRequestRecipients {
    /// How many of the best ranked replacements are always asked (cli.md Revision 2: "at
    /// least three where three are ranked").
    public static let best = 3

    /// The recipients, in rank order.
    public static func of(inventory: Inventory, assessment: Assessment) -> [String] {
        guard let category = assessment.primaryCategory else { return [] }
        let replacements = assessment.ranked(in: category).filter { !$0.inUse }
        let quoted = Set(inventory.quotes.map(\.product))
        return replacements.enumerated().filter { index, option in index < best || quoted.contains(option.product) }
            .map(\.element.product)
    }
}
