import ArgumentParser
import PlannerCore
import PlannerRender

/// `plan catalog coverage [--format table|json]`: how much the catalog knows about each
/// product, so that its gaps are visible (cli.md, Revision 2).
struct CatalogCoverageCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "How much the catalog knows per product: capabilities known, unknown, secondary; decision facts.",
        discussion: """
            KNOWN counts the capabilities with a confirmed or secondary value, SECONDARY those of them that rest \
            only on a secondary source, UNKNOWN the rest of the vocabulary. REGISTER is known when the catalog has a \
            reliable entry for the product in the register of domestic software of its vendor's country, or when no \
            such register can list the vendor; RESIDENCY, CERTIFICATE and PRICE when it has a reliable entry of \
            each. Known says that the catalog knows the fact, not what it is.
            """)

    @OptionGroup var options: CatalogOptions

    @Option(help: "The output format.")
    var format: ListFormat = .table

    func run(_ console: Console) async throws {
        let coverage = CatalogCoverage(catalog: try options.loadCatalog())
        switch format {
        case .table: console.out(CatalogReports.coverageTable(coverage, width: console.width))
        case .json: console.out(CatalogJSON.coverage(coverage).serialized())
        }
    }
}
