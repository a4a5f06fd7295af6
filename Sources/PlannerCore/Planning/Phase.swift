/// One phase of the timeline.
public struct Phase: Sendable, Hashable {
    /// What a phase does.
    public typealias Kind = PhaseKind

    /// Stable id: `preparation`, `pilot`, `wave-1`…, `parallel-run`, `cut-over`, `decommissioning`.
    public var id: String
    public var kind: Kind
    /// First day (a working day).
    public var start: CalendarDate
    /// Last day (a working day), inclusive.
    public var end: CalendarDate
    /// Working days from start to end, inclusive.
    public var workingDays: Int
    /// Ids of the phases that must end before this one starts (for the Gantt chart).
    public var after: [String]
    /// The site and users of a rollout wave; nil for other phases.
    public var wave: Wave?
    /// Moves of this phase past a blackout (pilot and cut-over only), in order.
    public var shifts: [ScheduleShift]
    /// Checklist items for this phase, in the order a checklist shows them.
    public var checklist: [ChecklistItem]
    /// Numbers and names for the phase's "what must be ready" column, e.g. the pilot's
    /// group size and success criteria.
    public var parameters: [PlanParameter]

    /// Creates a phase.
    public init(
        id: String, kind: Kind, start: CalendarDate, end: CalendarDate, workingDays: Int,
        after: [String] = [], wave: Wave? = nil, shifts: [ScheduleShift] = [],
        checklist: [ChecklistItem] = [], parameters: [PlanParameter] = []
    ) {
        self.id = id
        self.kind = kind
        self.start = start
        self.end = end
        self.workingDays = workingDays
        self.after = after
        self.wave = wave
        self.shifts = shifts
        self.checklist = checklist
        self.parameters = parameters
    }

    /// The value of a parameter.
    public func parameter(_ name: String) -> PlanValue? { parameters.value(name) }
}

/// A rollout wave: one site, or one block of at most `PlanningAssumptions.maxWaveUsers`
/// users of a large site.
public struct Wave: Sendable, Hashable {
    /// 1-based number across the plan.
    public var number: Int
    /// The site's name, as in the inventory (untrusted text: the renderer escapes it).
    public var site: String
    /// The site's index in `organization.sites`.
    public var siteIndex: Int
    /// 1-based block of the site, and how many blocks it has (1 of 1 for a small site).
    public var part: Int
    public var parts: Int
    /// Users moved in this wave.
    public var users: Int
    /// SIP/H.323 room systems connected in this wave (all of the site's, in its first block).
    public var roomSystems: Int

    /// Creates a wave.
    public init(
        number: Int, site: String, siteIndex: Int, part: Int = 1, parts: Int = 1, users: Int,
        roomSystems: Int = 0
    ) {
        self.number = number
        self.site = site
        self.siteIndex = siteIndex
        self.part = part
        self.parts = parts
        self.users = users
        self.roomSystems = roomSystems
    }
}
