/// Limits a plan shares between the stages that write it and the stages that read it back,
/// so that what one run writes the next run can read.
public enum PlanLimits {
    /// The largest plan (`plan.md`, and a rendered user template) in bytes: 16 MiB. A plan is
    /// refused before it is written past this size, and a previous plan past it is not read,
    /// so a run never writes a file the next run refuses.
    public static let maxPlanBytes = 16 << 20
}
