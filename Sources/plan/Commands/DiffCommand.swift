import ArgumentParser
import PlannerCore
import PlannerStore

/// `plan diff ORG [RUN_A] [RUN_B] [--db PATH] [--out DIR]`: what changed between two recorded
/// runs of one organization (default: the last two).
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two runs of one organization (default: the last two).",
        discussion: "Run ids come from plan history. With one id, compares that run with the newest one."
    )

    @Argument(help: "The organization id, as in its inventory (e.g. gymnasium-5).")
    var organization: String

    @Argument(help: ArgumentHelp("The older run (default: the second newest).", valueName: "run-a"))
    var runA: Int64?

    @Argument(help: ArgumentHelp("The newer run (default: the newest).", valueName: "run-b"))
    var runB: Int64?

    @OptionGroup var database: HistoryDatabaseOption

    @Option(help: ArgumentHelp("The folder plan generate writes to, where the history lives (default: plans).", valueName: "dir"))
    var out = "plans"

    func run() async throws {
        let store = try HistorySupport.open(database.databasePath(outputFolder: out), create: false)
        let (older, newer) = try pick(in: store)
        Console.out(RunDiff(from: older, to: newer).text())
    }

    /// The two runs to compare, or: print why not and exit 1.
    private func pick(in store: HistoryStore) throws -> (RunRecord, RunRecord) {
        let runs = try HistorySupport.unwrap { () throws(HistoryError) in try store.runs(organization: organization) }
        guard !runs.isEmpty else { throw try HistorySupport.noRuns(of: organization, in: store) }
        if runA == nil, runB == nil {
            guard runs.count >= 2 else {
                throw HistorySupport.fail("'\(organization)' has only one run in \(store.path) (run \(runs[0].id ?? 0)); plan diff needs two: run plan compare or plan generate again")
            }
            return (runs[1], runs[0])
        }
        let older = try find(runA, in: runs, store: store)
        let newer = try runB.map { try find($0, in: runs, store: store) } ?? runs[0]
        return (older, newer)
    }

    private func find(_ id: Int64?, in runs: [RunRecord], store: HistoryStore) throws -> RunRecord {
        if let run = runs.first(where: { $0.id == id }) { return run }
        let other = try id.flatMap { id in try HistorySupport.unwrap { () throws(HistoryError) in try store.run(id: id) } }
        if let other {
            throw HistorySupport.fail("run \(other.id ?? 0) is a run of '\(other.organizationID)', not of '\(organization)'; plan history \(organization) lists its runs")
        }
        throw HistorySupport.fail("no run \(id ?? 0) in \(store.path); plan history \(organization) lists the runs of '\(organization)'")
    }
}
