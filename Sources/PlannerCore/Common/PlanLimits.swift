/// Limits on the plans the tool writes and reads back: one constant for both directions, so
/// that a plan `plan generate` writes is always one it can read again for its keep blocks.
public enum PlanLimits {
    /// The largest `plan.md` written or read back (16 MiB). A plan of the shipped templates is
    /// well under 1 MiB; a user's templates that would render more are refused before writing.
    public static let maxPlanBytes = 16 << 20
}
