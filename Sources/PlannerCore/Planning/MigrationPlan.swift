/// The migration plan: phases with computed dates, feature gaps, a risk register and the
/// facts a checklist needs. Pure data: every sentence a plan shows is written by the
/// renderer's templates (`Templates/<lang>/`) from the ids and parameters held here, so the
/// same plan reads the same in Russian and English and a user can reword it without Swift.
///
/// Built by `MigrationPlanner.plan(inventory:catalog:assessment:)`; equal inputs
/// give equal plans (no clocks, no randomness, no dictionary order).
public struct MigrationPlan: Sendable, Hashable {
    /// Whether the plan leads to a product.
    public enum Status: String, Sendable, Hashable, Codable {
        /// A target was chosen: the plan runs from procurement to decommissioning.
        case ready
        /// No catalog product is eligible: the plan holds only the preparation and
        /// procurement phase (market research, the exception the procurement law allows).
        case noEligibleProduct = "no_eligible_product"
    }

    public var status: Status
    /// The organization's slug id (for file names and anchors).
    public var organizationID: String
    /// The date the plan is made as of (`--as-of`).
    public var asOf: CalendarDate
    /// The first day of the plan: `plan.start` or the as-of date.
    public var start: CalendarDate
    /// The recommended product; nil when nothing is eligible.
    public var target: PlanProduct?
    /// The second choice, for the summary and the rollback section.
    public var runnerUp: PlanProduct?
    /// The foreign services being replaced (catalog ids), in inventory order.
    public var replacedServices: [String]
    /// The holiday calendar the dates were computed with.
    public var calendar: CalendarSummary
    /// Phases in order; waves appear once per site (or per block of a large site).
    public var phases: [Phase]
    /// The day the new product becomes the only one (the last day of the cut-over phase);
    /// nil when there is no target.
    public var cutOver: CalendarDate?
    /// The last day of the last phase.
    public var end: CalendarDate
    /// Working days from the start of the first phase to the end of the last.
    public var totalWorkingDays: Int
    /// Every move of a pilot or cut-over past a blackout, in plan order.
    public var shifts: [ScheduleShift]
    /// Non-working periods inside the plan that working-day counts skip (New Year and May
    /// holidays, single public holidays), in date order: "May holidays are not counted".
    public var holidaysSkipped: [HolidaySpan]
    /// Blackout periods (holiday breaks, exam periods, the inventory's own) that touch the
    /// plan's dates, in date order.
    public var blackouts: [BlackoutPeriod]
    /// Deadline and contract-end warnings, in date order.
    public var warnings: [ScheduleWarning]
    /// Features used today that the target lacks or the catalog cannot confirm.
    public var gaps: [FeatureGap]
    /// Capabilities the inventory asks for (must/want) that the catalog does not know or
    /// cannot confirm for the target: "verify with the vendor".
    public var verifyWithVendor: [VendorQuestion]
    /// The risk register, highest exposure first, then by id.
    public var risks: [Risk]
    /// Plan-wide facts the checklists and the procurement section use.
    public var facts: PlanFacts
    /// The durations and limits the dates were computed with.
    public var assumptions: PlanningAssumptions
    /// How the purchase is made (its working days are the preparation phase's procurement
    /// part); nil for a plan built from a hand-made choice.
    public var route: ProcurementRoute?
    /// On premises, the first day of the server's installation at the end of preparation: the
    /// software must be delivered by then. Nil in the cloud (the pilot's start is the date).
    public var serverInstallFrom: CalendarDate?
    /// The services in use that a rule in force already bars from use (a use ban, a
    /// data-location rule): no rollback may rely on them, whatever their contract says.
    public var useBarredServices: Set<String> = []

    /// Creates a plan (the planner builds them; tests and the renderer's fixtures may too).
    public init(
        status: Status, organizationID: String, asOf: CalendarDate, start: CalendarDate,
        target: PlanProduct?, runnerUp: PlanProduct?, replacedServices: [String],
        calendar: CalendarSummary, phases: [Phase], cutOver: CalendarDate?, end: CalendarDate,
        totalWorkingDays: Int, shifts: [ScheduleShift], holidaysSkipped: [HolidaySpan],
        blackouts: [BlackoutPeriod], warnings: [ScheduleWarning], gaps: [FeatureGap],
        verifyWithVendor: [VendorQuestion], risks: [Risk], facts: PlanFacts,
        assumptions: PlanningAssumptions
    ) {
        self.status = status
        self.organizationID = organizationID
        self.asOf = asOf
        self.start = start
        self.target = target
        self.runnerUp = runnerUp
        self.replacedServices = replacedServices
        self.calendar = calendar
        self.phases = phases
        self.cutOver = cutOver
        self.end = end
        self.totalWorkingDays = totalWorkingDays
        self.shifts = shifts
        self.holidaysSkipped = holidaysSkipped
        self.blackouts = blackouts
        self.warnings = warnings
        self.gaps = gaps
        self.verifyWithVendor = verifyWithVendor
        self.risks = risks
        self.facts = facts
        self.assumptions = assumptions
    }

    /// The phase with this id (`preparation`, `pilot`, `wave-1`, `parallel-run`, `cut-over`,
    /// `decommissioning`).
    public func phase(_ id: String) -> Phase? { phases.first { $0.id == id } }

    /// The rollout waves, in order.
    public var waves: [Phase] { phases.filter { $0.kind == .wave } }

    /// The risk with this id.
    public func risk(_ id: String) -> Risk? { risks.first { $0.id == id } }

    /// The first day of work: the first phase's start (the first working day on or after
    /// `start`, which may be a weekend or holiday).
    public var firstDay: CalendarDate { phases.first?.start ?? start }

    /// Weeks from the first day of work to the end of the cut-over, to the nearest whole week
    /// (at least 1): Monday to the Monday ten weeks later is 10 weeks, not 11; nil without a
    /// cut-over.
    public var weeksToCutOver: Int? {
        cutOver.map { max(1, (firstDay.days(until: $0) + 1 + 3) / 7) }
    }

    /// Whether the cut-over is on or before `deadline`, and by how many days it misses or
    /// meets it; nil without a cut-over or a deadline.
    public func deadline(_ deadline: CalendarDate?) -> (met: Bool, marginDays: Int)? {
        guard let cutOver, let deadline else { return nil }
        return (cutOver <= deadline, abs(cutOver.days(until: deadline)))
    }
}

/// A product named by the plan.
public struct PlanProduct: Sendable, Hashable {
    /// Catalog id.
    public var id: String
    /// Display name.
    public var name: String
    /// How the organization will run it.
    public var deployment: Deployment

    /// Creates a product reference.
    public init(id: String, name: String, deployment: Deployment) {
        self.id = id
        self.name = name
        self.deployment = deployment
    }
}
