import ArgumentParser
import PlannerCore

/// `plan catalog validate [DIR]`: the shipped catalog, or DIR layered on it.
struct CatalogValidateCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a catalog: schema, capability ids, sources and dates; exit 0 or 1.",
        discussion:
            "Without DIR, checks the shipped catalog. With DIR, checks DIR's files layered on the shipped catalog."
    )

    @Argument(help: "A catalog folder (capabilities.yaml, products/, rules/).")
    var directory: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Judge staleness as of this date (default: today).", valueName: "yyyy-mm-dd"))
    var asOf: String?

    func run(_ console: Console) async throws {
        var options = CatalogOptions()
        options.catalog = directory
        options.asOf = asOf
        try options.validate()
        let catalog = try options.loadCatalog()
        console.report(catalog.warnings)
        let source = directory ?? "shipped catalog"
        console.say(
            "\(source): OK (\(catalog.products.count) products, \(catalog.rules.count) rules, \(catalog.capabilities.count) capabilities, \(catalog.warnings.count) warnings)"
        )
    }
}
