/// Where runs are recorded and read back: what `plan generate` asks of a history to say what
/// changed since the last plan. The SQLite store conforms (PlannerStore); tests can use a
/// value in memory. Every method may throw; the caller reports the error and goes on without
/// the history.
public protocol RunHistory: Sendable {
    /// The recorded runs of one organization, newest first.
    func runs(of organization: String) throws -> [RunRecord]

    /// Records one run and returns its id.
    @discardableResult
    func record(_ run: RunRecord) throws -> Int64

    /// Records runs in their order, all or none, and returns their ids. The default records
    /// them one by one; a store may write them at once (a batch records the runs that are
    /// ready together, so that the disk is flushed once for them).
    func record(_ runs: [RunRecord]) throws -> [Int64]

    /// The last plan `run` is compared with: the newest recorded `generate` run of the same
    /// organization whose inputs differ from `run`'s (see ``RunRecord/hasSameInputs(as:)``).
    /// The default searches ``runs(of:)``; a store may answer with one query.
    func lastPlan(before run: RunRecord) throws -> RunRecord?

    /// The newest recorded run of the organization, whatever its command; nil when it has
    /// none. The default searches ``runs(of:)``.
    func latestRun(of organization: String) throws -> RunRecord?
}

extension RunHistory {
    /// Each run recorded in turn.
    public func record(_ runs: [RunRecord]) throws -> [Int64] {
        try runs.map { try record($0) }
    }

    /// The newest run of the organization, from ``runs(of:)``.
    public func latestRun(of organization: String) throws -> RunRecord? {
        try runs(of: organization).first
    }

    /// The newest `generate` run of `run`'s organization with other inputs, from ``runs(of:)``.
    public func lastPlan(before run: RunRecord) throws -> RunRecord? {
        try runs(of: run.organizationID).first { $0.isEarlierPlan(for: run) }
    }
}

extension RunRecord {
    /// What a run's outcome depends on, as one value: the inventory and catalog fingerprints,
    /// the as-of date and the tool version. Runs with the same inputs produce the same plan,
    /// byte for byte. The one definition of "the same inputs": the history stores it with each
    /// run (`runs.inputs`) and compares it in SQL, so a change here needs a migration that
    /// recomputes the stored values.
    public var inputs: String {
        Self.inputs(
            inventoryFingerprint: inventoryFingerprint, catalogFingerprint: catalogFingerprint,
            asOf: asOf.description, toolVersion: toolVersion)
    }

    /// ``inputs`` from the stored fields (`asOf` as `YYYY-MM-DD`), for a store filling it in.
    public static func inputs(
        inventoryFingerprint: String, catalogFingerprint: String, asOf: String, toolVersion: String
    ) -> String {
        [inventoryFingerprint, catalogFingerprint, asOf, toolVersion].joined(separator: " ")
    }

    /// True when both runs had the same ``inputs``.
    public func hasSameInputs(as other: RunRecord) -> Bool {
        inputs == other.inputs
    }

    /// True when this recorded run is a plan `current` may be compared with: a `generate` run
    /// of the same organization with other inputs. A run with the same inputs is skipped, so
    /// that generating again with the same inputs gives the same bytes (its section would
    /// otherwise compare the plan with itself).
    public func isEarlierPlan(for current: RunRecord) -> Bool {
        command == .generate && organizationID == current.organizationID && !hasSameInputs(as: current)
    }
}
