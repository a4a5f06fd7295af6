import ArgumentParser
import PlannerCore
import PlannerRender
import PlannerStore

/// Output formats of `plan history`.
enum HistoryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// `plan history ORG [--format table|json] [--db PATH] [--out DIR]`: the recorded runs of one
/// organization, newest first.
struct HistoryCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The recorded runs of one organization, newest first.",
        discussion:
            "plan generate records every run in <out>/.plan-history.sqlite (or --db), and so does plan compare with "
            + "--record. plan diff shows what changed between two of them."
    )

    @Argument(help: "The organization id, as in its inventory (e.g. gymnasium-5).")
    var organization: String

    @Option(help: "The output format.")
    var format: HistoryFormat = .table

    @OptionGroup var database: HistoryDatabaseOption

    @Option(help: ArgumentHelp("The folder plan generate writes to, where the history lives.", valueName: "dir"))
    var out = "plans"

    func run(_ console: Console) async throws {
        let store = try HistorySupport.openForReading(database, outputFolder: out)
        let runs = try HistorySupport.unwrap { () throws(HistoryError) in
            try store.runs(organization: organization, facts: false)
        }
        guard !runs.isEmpty else { throw try HistorySupport.noRuns(of: organization, in: store) }
        switch format {
        case .table:
            console.out(
                TextTable(headers: HistoryReport.tableHeaders, rows: HistoryReport.tableRows(runs)).render(
                    width: console.width))
        case .json: console.out(HistoryReport.json(runs).serialized())
        }
    }
}
