import PlannerCore
import PlannerStore

/// Records a run of `plan compare` in the history (`plan generate` records through
/// `PlanBatch`). A history that cannot be used never stops the main job: its error is printed
/// and the command ends with exit status 1 after doing its work.
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
