import PlannerCore
import PlannerRender

extension Words {
    /// The shipped English words, for tests of the reports.
    public static let english = shippedForTests(.en)
    /// The shipped Russian words.
    public static let russian = shippedForTests(.ru)

    /// The shipped words of a language; the shipped templates always load (a test checks).
    public static func shippedForTests(_ language: Language) -> Words {
        guard let words = shipped(language) else { fatalError("the shipped \(language) templates do not load") }
        return words
    }
}
