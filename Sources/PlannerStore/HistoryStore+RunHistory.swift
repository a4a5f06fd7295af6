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
    /// query: a long history is not read run by run.
    public func lastPlan(before run: RunRecord) throws(HistoryError) -> RunRecord? {
        do {
            return try writer.read { db in
                try RunRows.fetch(
                    db, path: path,
                    where: """
                        organization_id = ? AND command = ? AND NOT (inventory_fingerprint = ? \
                        AND catalog_fingerprint = ? AND as_of = ? AND tool_version = ?)
                        """,
                    arguments: [
                        run.organizationID, RunRecord.Command.generate.rawValue, run.inventoryFingerprint,
                        run.catalogFingerprint, run.asOf.description, run.toolVersion,
                    ],
                    limit: 1
                ).first
            }
        } catch {
            throw HistoryError.from(error, path: path, timeout: busyTimeout)
        }
    }
}
