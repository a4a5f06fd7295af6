import ArgumentParser
import Foundation
import PlannerCore
import PlannerRender
import PlannerStore

/// Output formats of `plan compare`.
enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json, csv
}

/// `plan compare FILE [--format table|markdown|json|csv] [--products ID,...]`: ranks the
/// eligible products for the organization and shows why the others are excluded.
struct CompareCommand: AsyncParsableCommand {
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

    func run() async throws {
        let catalog = try options.loadCatalog()
        let inventory = try CommandSupport.unwrap(InventoryLoader(catalog: catalog).load(contentsOf: file))
        let assessment = assess(inventory, against: catalog, asOf: options.date)
        let shown = try ProductFilter.parse(products, assessment: assessment, catalog: catalog)
        switch format {
        case .table: Console.out(ComparisonTable.render(assessment, products: shown, colour: Console.wantsColour(1)))
        case .markdown: Console.out(ComparisonMarkdown.render(assessment, products: shown))
        case .json: Console.out(ComparisonJSON.render(assessment, products: shown).serialized())
        case .csv: Console.out(ComparisonCSV.render(assessment, products: shown))
        }
        var recorder = HistoryRecorder(options: history, outputFolder: out)
        recorder.record(
            RunRecord(
                assessment: assessment, inventory: inventory, catalog: catalog, command: .compare,
                toolVersion: ToolVersion.current))
        if recorder.failed { throw ExitCode(1) }
    }
}

/// `--products ID,ID`: every id must be an option of the comparison; otherwise an error with
/// the closest ids and exit 64 (wrong usage).
enum ProductFilter {
    static func parse(_ text: String?, assessment: Assessment, catalog: Catalog) throws -> [String]? {
        guard let text else { return nil }
        let ids = text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        guard !ids.isEmpty else {
            Console.report([.error("--products: give at least one product id", at: nil)])
            throw ExitCode(64)
        }
        let options = assessment.options.map(\.product)
        for id in ids where !options.contains(id) {
            let why =
                catalog.product(id) != nil
                ? "'\(id)' is not an option here; the options are the products of the categories in use: "
                    + options.sorted().joined(separator: ", ")
                : "unknown product '\(id)'" + Suggestions.hint(for: id, in: options.sorted())
            Console.report([.error("--products: " + why, at: nil)])
            throw ExitCode(64)
        }
        return ids
    }
}
