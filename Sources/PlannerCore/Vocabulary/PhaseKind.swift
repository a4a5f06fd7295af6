/// What a phase does.
public enum PhaseKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Project set-up, procurement under the organization's law, server installation.
    case preparation
    /// A small group uses the target for real work.
    case pilot
    /// One site (or one block of a large site) moves.
    case wave
    /// Both services run; the old one only for what is not moved yet.
    case parallelRun = "parallel_run"
    /// The target becomes the only service; links and defaults switch.
    case cutOver = "cut_over"
    /// Recordings exported, the foreign account closed and its data deleted.
    case decommissioning
}
