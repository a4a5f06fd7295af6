import PlannerCore
import PlannerStore

/// Records runs of `compare` and `generate` in the history, and finds the run before, for the
/// plan's "Changes since the last plan". A history that cannot be used never stops the main
/// job: its error is printed and the command ends with exit status 1 after doing its work.
struct HistoryRecorder {
    let store: HistoryStore?
    /// The error met when opening the history, printed once; the command exits 1 at the end.
    private(set) var failed = false

    /// Opens the history unless `--no-history`; an error is printed and remembered, not thrown.
    init(options: HistoryOptions, outputFolder: String) {
        guard !options.noHistory else {
            store = nil
            return
        }
        let path = options.databasePath(outputFolder: outputFolder)
        do {
            store = try HistoryStore.open(path: path, create: true)
        } catch {
            Console.report([.error(error.message, at: nil)])
            store = nil
            failed = true
        }
    }

    /// The newest recorded run of the organization (nil on a first run or without a history).
    mutating func previousRun(of organization: String) -> RunRecord? {
        guard let store else { return nil }
        do {
            return try store.previousRun(organization: organization)
        } catch {
            report(error)
            return nil
        }
    }

    /// Records one run; an error is printed and remembered.
    mutating func record(_ run: RunRecord) {
        guard let store else { return }
        do {
            _ = try store.record(run)
        } catch {
            report(error)
        }
    }

    private mutating func report(_ error: HistoryError) {
        Console.report([.error(error.message, at: nil)])
        failed = true
    }
}
