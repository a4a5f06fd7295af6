import GRDB
import PlannerCore

extension HistoryStore: RunHistory {
    /// Every run of one organization, newest first, with their facts.
    public func runs(of organization: String) throws(HistoryError) -> [RunRecord] {
        try runs(organization: organization)
    }

    /// The newest run of one organization, without its facts (one query).
    public func latestRun(of organization: String) throws(HistoryError) -> RunRecord? {
        try runs(organization: organization, limit: 1, facts: false).first
    }

    /// The newest `generate` run of the organization with other inputs than `run`, in one
    /// query: a long history is not read run by run. "Other inputs" is ``RunRecord/inputs``,
    /// stored with each run, so SQL and Swift share one definition.
    public func lastPlan(before run: RunRecord) throws(HistoryError) -> RunRecord? {
        do {
            return try writer.read { db in
                try RunRows.fetch(
                    db, path: path,
                    where: "organization_id = ? AND command = ? AND inputs <> ?",
                    arguments: [run.organizationID, RunRecord.Command.generate.rawValue, run.inputs],
                    limit: 1
                ).first
            }
        } catch {
            throw HistoryError.from(error, path: path, timeout: busyTimeout)
        }
    }

    /// The newest run of one organization and the newest one before it that had other inputs
    /// (inventory, catalog, as-of date or tool version), for `plan diff` without ids: runs
    /// repeated with the same inputs have nothing to show. Nil when there is no such pair.
    public func lastTwoWithDifferentInputs(organization: String) throws(HistoryError) -> (
        older: RunRecord, newer: RunRecord
    )? {
        guard let newer = try previousRun(organization: organization), let id = newer.id else { return nil }
        do {
            let older = try writer.read { db in
                try RunRows.fetch(
                    db, path: path,
                    where: """
                        organization_id = ? AND recorded_sequence < (SELECT recorded_sequence FROM runs WHERE id = ?) \
                        AND inputs <> ?
                        """,
                    arguments: [organization, id, newer.inputs],
                    limit: 1
                ).first
            }
            return older.map { (older: $0, newer: newer) }
        } catch {
            throw HistoryError.from(error, path: path, timeout: busyTimeout)
        }
    }
}
