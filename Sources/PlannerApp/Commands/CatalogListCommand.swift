import ArgumentParser
import PlannerCore
import PlannerRender

/// Output formats of `plan catalog list`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// `plan catalog list [--category C] [--format table|json]`.
struct CatalogListCommand: PlanCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The products, one line each.")

    @OptionGroup var options: CatalogOptions

    @Option(help: "Only products of this category (e.g. videoconferencing).")
    var category: String?

    @Option(help: "The output format.")
    var format: ListFormat = .table

    func run(_ console: Console) async throws {
        let catalog = try options.loadCatalog()
        var products = catalog.products
        if let category {
            let categories = Array(Set(catalog.products.map(\.category))).sorted()
            guard categories.contains(category) else {
                throw ValidationError(
                    "--category: unknown category '\(category)'" + Suggestions.hint(for: category, in: categories))
            }
            products = catalog.products(in: category)
        }
        switch format {
        case .table: console.out(CatalogReports.listTable(products, registers: catalog.registers, width: console.width))
        case .json: console.out(CatalogJSON.products(products).serialized())
        }
    }
}
