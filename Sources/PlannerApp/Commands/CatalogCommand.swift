import ArgumentParser

/// `plan catalog list|show|validate`: the products and rules the tool knows.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List, show and validate the catalog of products and rules.",
        subcommands: [CatalogListCommand.self, CatalogShowCommand.self, CatalogValidateCommand.self]
    )
}
