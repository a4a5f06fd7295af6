import ArgumentParser
import PlannerCore
import PlannerRender
import PlannerStore

/// Output formats of `plan compare`.
enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json, csv
}

/// `plan compare FILE [--format table|markdown|json|csv] [--products ID,...]`: ranks the
/// eligible products for the organization and shows why the others are excluded.
struct CompareCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Rank the eligible products for an organization and show why the others are excluded.",
        discussion:
            "Scores are computed over every option of the categories in use; --products only limits what is shown."
    )

    @OptionGroup var options: CatalogOptions

    @OptionGroup var history: HistoryOptions

    @Option(help: ArgumentHelp("The plans folder whose history records this run (default: plans).", valueName: "dir"))
    var out = "plans"

    @Argument(help: "The inventory file.")
    var file: String

    @Option(help: "table, markdown, json or csv.")
    var format: CompareFormat = .table

    @Option(help: ArgumentHelp("Show only these options (comma-separated product ids).", valueName: "id,id"))
    var products: String?

    func run(_ console: Console) async throws {
        let catalog = try options.loadCatalog()
        let inventory = try CommandSupport.unwrap(InventoryLoader(catalog: catalog).load(contentsOf: file))
        let assessment = assess(inventory, against: catalog, asOf: options.date)
        let shown = try ProductFilter.parse(products, assessment: assessment, catalog: catalog)
        switch format {
        case .table: console.out(ComparisonTable.render(assessment, products: shown, colour: console.colourOnStdout))
        case .markdown: console.out(ComparisonMarkdown.render(assessment, products: shown))
        case .json: console.out(ComparisonJSON.render(assessment, products: shown).serialized())
        case .csv: console.out(ComparisonCSV.render(assessment, products: shown))
        }
        var recorder = HistoryRecorder(options: history, outputFolder: out)
        recorder.record(
            RunRecord(
                assessment: assessment, inventory: inventory, catalog: catalog, command: .compare,
                toolVersion: ToolVersion.current), of: inventory.organization)
        if let error = recorder.error { throw AppError.history(error) }
    }
}
