import ArgumentParser
import PlannerCore
import PlannerRender

/// `plan explain FILE PRODUCT [--lang ru|en]`: one product for one organization — each rule and
/// requirement, each score's parts, and how far the weights must move to change the
/// recommendation, in the report's language.
struct ExplainCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one product for one organization: rules, requirements, score parts, robustness."
    )

    @OptionGroup var options: CatalogOptions

    @Argument(help: "The inventory file (- reads standard input).")
    var file: String

    @Argument(help: "The product id, e.g. trueconf.")
    var product: String

    @OptionGroup var language: ReportLanguageOption

    func run(_ console: Console) async throws {
        let catalog = try options.loadCatalog()
        let loader = CommandSupport.inventoryLoader(catalog, asOf: nil, console: console)
        let inventory = try CommandSupport.unwrap(CommandSupport.load(file, with: loader, console: console))
        let assessment = assess(inventory, against: catalog, asOf: options.date)
        let words = try ReportLanguageOption.words(language.resolve(inventory, console: console))
        guard let text = Explanation.render(assessment, product: product, words: words, width: console.width) else {
            let options = assessment.options.map(\.product).sorted()
            let hint = Suggestions.hint(for: product, in: options, listUpTo: 0)
            let why =
                catalog.product(product) == nil
                ? "unknown product '\(product)'"
                    + (hint.isEmpty ? "; the options are: " + options.joined(separator: ", ") : hint)
                : "'\(product)' is not an option for this organization; the options are the products of the categories "
                    + "in use: " + options.joined(separator: ", ")
            throw AppError.invalidInput([.error(why, at: nil)])
        }
        console.out(text)
    }
}
