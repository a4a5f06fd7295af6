import ArgumentParser
import PlannerCore
import PlannerRender

/// Output formats of `plan catalog show`.
enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `plan catalog show ID [--format text|json]`.
struct CatalogShowCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "One product: every fact with its source and date.")

    @OptionGroup var options: CatalogOptions

    @Argument(help: "The product id, e.g. trueconf.")
    var id: String

    @Option(help: "The output format.")
    var format: ShowFormat = .text

    func run(_ console: Console) async throws {
        let catalog = try options.loadCatalog()
        guard let product = catalog.product(id) else {
            throw AppError.invalidInput([
                .error(
                    "unknown product '\(id)'" + Suggestions.hint(for: id, in: catalog.productIDs, listUpTo: 0)
                        + " (plan catalog list shows them all)", at: nil)
            ])
        }
        switch format {
        case .text: console.out(CatalogReports.sheet(product, catalog: catalog, width: console.width))
        case .json: console.out(CatalogJSON.product(product).serialized())
        }
    }
}
