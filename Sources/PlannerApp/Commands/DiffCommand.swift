import ArgumentParser
import PlannerCore
import PlannerRender
import PlannerStore

/// `plan diff ORG [RUN_A] [RUN_B] [--db PATH] [--out DIR] [--lang ru|en]`: what changed between
/// two recorded runs of one organization, in the report's language (`--lang`, else the locale,
/// else English) (default: the newest run and the last one before it with other
/// inputs: a run repeated with the same inputs has nothing to show).
struct DiffCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two runs of one organization (default: the last two with other inputs).",
        discussion: """
            Without ids, compares the newest run with the last run before it whose inputs differ (the inventory, \
            the catalog, the as-of date or the version of plan); runs repeated with the same inputs are skipped. \
            Run ids come from plan history. With one id, compares that run with the newest one.
            """
    )

    @Argument(help: "The organization id, as in its inventory (e.g. gymnasium-5).")
    var organization: String

    @Argument(
        help: ArgumentHelp("The older run (default: the last before the newest with other inputs).", valueName: "run-a")
    )
    var runA: Int64?

    @Argument(help: ArgumentHelp("The newer run (default: the newest).", valueName: "run-b"))
    var runB: Int64?

    @OptionGroup var database: HistoryDatabaseOption

    @Option(help: ArgumentHelp("The folder plan generate writes to, where the history lives.", valueName: "dir"))
    var out = "plans"

    @OptionGroup var language: ReportLanguageOption

    func run(_ console: Console) async throws {
        let store = try HistorySupport.openForReading(database, outputFolder: out)
        let (older, newer) = try pick(in: store)
        let words = try ReportLanguageOption.words(language.resolve(nil, console: console))
        console.say(DiffReport.text(RunDiff(from: older, to: newer), words: words))
    }

    /// The two runs to compare, or why not.
    private func pick(in store: HistoryStore) throws(AppError) -> (RunRecord, RunRecord) {
        guard
            let latest = try HistorySupport.unwrap({ () throws(HistoryError) in
                try store.previousRun(organization: organization)
            })
        else {
            throw try HistorySupport.noRuns(of: organization, in: store)
        }
        guard let runA else {
            let pair = try HistorySupport.unwrap { () throws(HistoryError) in
                try store.lastTwoWithDifferentInputs(organization: organization)
            }
            guard let pair else {
                let count = try HistorySupport.unwrap { () throws(HistoryError) in
                    try store.runs(organization: organization, limit: 2, facts: false).count
                }
                if count < 2 {
                    throw .history(
                        "'\(organization)' has only one run in \(store.path) (run \(latest.id ?? 0)); plan diff needs two: "
                            + "run plan generate (or plan compare --record) again after a change")
                }
                throw .history(
                    "every run of '\(organization)' in \(store.path) has the inputs of the newest (run \(latest.id ?? 0)): "
                        + "the same inventory, catalog, as-of date and plan version, so nothing changed; "
                        + "plan diff \(organization) RUN_A RUN_B compares two runs by id (plan history lists them)")
            }
            return (pair.older, pair.newer)
        }
        let newer = try runB.map { id throws(AppError) in try find(id, in: store) } ?? latest
        return (try find(runA, in: store), newer)
    }

    /// Run `id` of this organization, or why not.
    private func find(_ id: Int64, in store: HistoryStore) throws(AppError) -> RunRecord {
        let run = try HistorySupport.unwrap { () throws(HistoryError) in try store.run(id: id) }
        guard let run else {
            throw .history(
                "no run \(id) in \(store.path); plan history \(organization) lists the runs of '\(organization)'")
        }
        guard run.organizationID == organization else {
            throw .history(
                "run \(id) is a run of '\(run.organizationID)', not of '\(organization)'; plan history \(organization) lists its runs"
            )
        }
        return run
    }
}
