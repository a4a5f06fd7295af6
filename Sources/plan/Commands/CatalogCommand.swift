import ArgumentParser
import PlannerCore
import PlannerRender

/// `plan catalog list|show|validate`: the products and rules the tool knows.
struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List, show and validate the catalog of products and rules.",
        subcommands: [CatalogListCommand.self, CatalogShowCommand.self, CatalogValidateCommand.self]
    )
}

/// Output formats of `plan catalog list`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// Output formats of `plan catalog show`.
enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `plan catalog list [--category C] [--format table|json]`.
struct CatalogListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The products, one line each.")

    @OptionGroup var options: CatalogOptions

    @Option(help: "Only products of this category (e.g. videoconferencing).")
    var category: String?

    @Option(help: "table or json.")
    var format: ListFormat = .table

    func run() async throws {
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
        case .table: Console.out(CatalogReports.listTable(products))
        case .json: Console.out(CatalogJSON.products(products).serialized())
        }
    }
}

/// `plan catalog show ID [--format text|json]`.
struct CatalogShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "One product: every fact with its source and date.")

    @OptionGroup var options: CatalogOptions

    @Argument(help: "The product id, e.g. trueconf.")
    var id: String

    @Option(help: "text or json.")
    var format: ShowFormat = .text

    func run() async throws {
        let catalog = try options.loadCatalog()
        guard let product = catalog.product(id) else {
            Console.report([
                .error(
                    "unknown product '\(id)'" + Suggestions.hint(for: id, in: catalog.productIDs, listUpTo: 0)
                        + " (plan catalog list shows them all)", at: nil)
            ])
            throw ExitCode(1)
        }
        switch format {
        case .text: Console.out(CatalogReports.sheet(product, catalog: catalog))
        case .json: Console.out(CatalogJSON.product(product).serialized())
        }
    }
}

/// `plan catalog validate [DIR]`: the shipped catalog, or DIR layered on it.
struct CatalogValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a catalog: schema, capability ids, sources and dates; exit 0 or 1.",
        discussion:
            "Without DIR, checks the shipped catalog. With DIR, checks DIR's files layered on the shipped catalog."
    )

    @Argument(help: "A catalog folder (capabilities.yaml, products/, rules/).")
    var directory: String?

    @Option(name: .customLong("as-of"), help: "Judge staleness as of this date (default: today).")
    var asOf: String?

    func run() async throws {
        var options = CatalogOptions()
        options.catalog = directory
        options.asOf = asOf
        try options.validate()
        let catalog = try options.loadCatalog()
        Console.report(catalog.warnings)
        let source = directory ?? "shipped catalog"
        Console.out(
            "\(source): OK (\(catalog.products.count) products, \(catalog.rules.count) rules, \(catalog.capabilities.count) capabilities, \(catalog.warnings.count) warnings)"
        )
    }
}
