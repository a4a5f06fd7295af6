import ArgumentParser

/// `plan catalog list|show|validate|capabilities|coverage`: the products, rules and
/// capabilities the tool knows, and how much it knows of each product.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List, show and validate the catalog of products and rules.",
        subcommands: [
            CatalogListCommand.self, CatalogShowCommand.self, CatalogValidateCommand.self,
            CatalogCapabilitiesCommand.self, CatalogCoverageCommand.self,
        ]
    )
}
