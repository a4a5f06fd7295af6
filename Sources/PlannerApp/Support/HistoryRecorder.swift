import PlannerCore
import PlannerStore

/// Records a run of `plan compare --record` in the history (`plan generate` records through
/// `PlanBatch`). A history that cannot be used never stops the main job: its error is kept
/// and the command ends with it (exit status 1) after doing its work.
struct HistoryRecorder {
    let store: HistoryStore?
    /// The first error met opening the history or recording in it, as printed.
    private(set) var error: String?

    /// Opens (or creates) the history `--db` names, else the one in `outputFolder` (which
    /// must not be a link); an error is kept, not thrown.
    init(database: HistoryDatabaseOption, outputFolder: String) {
        do {
            store = try database.open(outputFolder: outputFolder, create: true)
        } catch {
            store = nil
            self.error = error.message
        }
    }

    /// Records one run of `organization`; an error is kept. Runs under an id made from the
    /// name that the history holds for another organization are not added to its runs.
    mutating func record(_ run: RunRecord, of organization: Organization) {
        guard let store else { return }
        do {
            if organization.idFromName, let latest = try store.latestRun(of: organization.id),
                latest.organizationName != organization.name
            {
                error =
                    error
                    ?? "organization id '\(organization.id)', made from organization.name, belongs to another "
                    + "organization in the history \(store.path); this run was not recorded: give this organization "
                    + "an id of its own (organization.id), or, if it is the same organization renamed, write "
                    + "'id: \(organization.id)' under organization"
                return
            }
            try store.record(run)
        } catch {
            self.error = self.error ?? error.message
        }
    }
}
