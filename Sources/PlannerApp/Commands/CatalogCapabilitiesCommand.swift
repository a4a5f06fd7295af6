import ArgumentParser
import PlannerCore
import PlannerRender

/// `plan catalog capabilities [--format table|json]`: the capability ids an inventory may
/// name, from the catalog inside the binary (a copied binary has no `Catalog/` to read).
struct CatalogCapabilitiesCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "capabilities",
        abstract: "The capability ids that inventories name (features_used, must, want), one line each.")

    @OptionGroup var options: CatalogOptions

    @Option(help: "The output format.")
    var format: ListFormat = .table

    func run(_ console: Console) async throws {
        let catalog = try options.loadCatalog()
        switch format {
        case .table: console.out(CatalogReports.capabilitiesTable(catalog.capabilities, width: console.width))
        case .json: console.out(CatalogJSON.capabilities(catalog.capabilities).serialized())
        }
    }
}
