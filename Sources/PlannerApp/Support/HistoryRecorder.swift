import PlannerCore
import PlannerStore

/// Records a run of `plan compare --record` in the history (`plan generate` records through
/// `PlanBatch`). A history that cannot be used never stops the main job: its error is kept
/// and the command ends with it (exit status 1) after doing its work.
struct HistoryRecorder {
    let store: HistoryStore?
    /// The first error met opening the history or recording in it.
    private(set) var error: HistoryError?

    /// Opens (or creates) the history at `path`, or nothing when nil; an error is kept, not thrown.
    init(path: String?) {
        guard let path else {
            store = nil
            return
        }
        do {
            store = try HistoryStore.open(path: path, create: true)
        } catch {
            store = nil
            self.error = error
        }
    }

    /// Records one run; an error is kept.
    mutating func record(_ run: RunRecord) {
        guard let store else { return }
        do {
            try store.record(run)
        } catch {
            self.error = self.error ?? error
        }
    }
}
