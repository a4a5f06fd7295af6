import ArgumentParser
import PlannerCore
import PlannerRender
import PlannerStore

/// Output formats of `plan compare`.
enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json, csv
}

/// `plan compare FILE [--format table|markdown|json|csv] [--products ID,...] [--lang ru|en] [--record]`:
/// ranks the eligible products for the organization and shows why the others are excluded, the
/// table and Markdown in the report's language; JSON and CSV are for programs, their messages
/// English whatever the language. It only reads, unless `--record` asks it to record the run.
struct CompareCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Rank the eligible products for an organization and show why the others are excluded.",
        discussion: """
            Scores are computed over every option of the categories in use; --products only limits what is shown. \
            compare writes nothing unless --record: then the run goes into the history (<out>/.plan-history.sqlite \
            or --db), for plan history and plan diff.
            """
    )

    @OptionGroup var options: CatalogOptions

    @OptionGroup var database: HistoryDatabaseOption

    @Flag(help: "Record this run in the history, for plan history and plan diff.")
    var record = false

    @Flag(
        name: .customLong("no-history"),
        help: "Record nothing: the default (kept so that scripts written for earlier versions still work).")
    var noHistory = false

    @Option(help: ArgumentHelp("The plans folder whose history --record writes to.", valueName: "dir"))
    var out = "plans"

    @Argument(help: "The inventory file (- reads standard input).")
    var file: String

    @Option(help: "The output format.")
    var format: CompareFormat = .table

    @Option(help: ArgumentHelp("Show only these options (comma-separated product ids).", valueName: "id,id"))
    var products: String?

    @OptionGroup var language: ReportLanguageOption

    func validate() throws {
        if record, noHistory {
            throw ValidationError("--record and --no-history contradict each other: give one")
        }
    }

    func run(_ console: Console) async throws {
        let catalog = try options.loadCatalog()
        let loader = CommandSupport.inventoryLoader(catalog, asOf: nil, console: console)
        let inventory = try CommandSupport.unwrap(CommandSupport.load(file, with: loader, console: console))
        let assessment = assess(inventory, against: catalog, asOf: options.date)
        let shown = try ProductFilter.parse(products, assessment: assessment, catalog: catalog)
        switch format {
        case .table:
            let words = try ReportLanguageOption.words(language.resolve(inventory, console: console))
            console.out(
                ComparisonTable.render(
                    assessment, products: shown, words: words, colour: console.colourOnStdout, width: console.width))
        case .markdown:
            let words = try ReportLanguageOption.words(language.resolve(inventory, console: console))
            console.out(ComparisonMarkdown.render(assessment, products: shown, words: words))
        case .json:
            let words = try ReportLanguageOption.words(.en)
            console.out(ComparisonJSON.render(assessment, products: shown, words: words).serialized())
        case .csv: console.out(ComparisonCSV.render(assessment, products: shown))
        }
        guard record else { return }
        var recorder = HistoryRecorder(database: database, outputFolder: out)
        recorder.record(
            RunRecord(
                assessment: assessment, inventory: inventory, catalog: catalog, command: .compare,
                toolVersion: ToolVersion.current), of: inventory.organization)
        if let error = recorder.error { throw AppError.history(error) }
    }
}
