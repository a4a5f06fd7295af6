/// One checklist item of a phase: the kind of step the templates turn into a `- [ ]` line,
/// the task's stable id the line carries, and the data that line names.
public struct ChecklistItem: Sendable, Hashable {
    /// The kind of step, which names its sentence (`checklist/ID`): e.g. `procurement-44fz`,
    /// `server-sizing`, `directory-ldap`, `recordings-export`, `account-close`.
    public var id: String
    /// The task's id, unique within the plan and the same on every run for the same task:
    /// `id`, or `id:SUBJECT` for a step a plan has once per service or site
    /// (`account-close:zoom`, `wave-accounts:korpus-b`); see ``TaskID``.
    public var taskID: String
    public var parameters: [PlanParameter]
    /// The day the task must be done by: the last day of its phase, or earlier when the old
    /// service's contract ends sooner (Docs/Planning.md §7, "Due dates"); set by the planner.
    public var due: CalendarDate?

    /// Creates an item; `subjects` name what the task is about when a plan has this step
    /// more than once (a service's product, a site), none for a one-of-a-kind step.
    public init(
        _ id: String, _ parameters: [PlanParameter] = [], subjects: [String] = [], due: CalendarDate? = nil
    ) {
        self.id = id
        self.taskID = TaskID.make(id, subjects)
        self.parameters = parameters
        self.due = due
    }

    /// The value of a parameter.
    public func parameter(_ name: String) -> PlanValue? { parameters.value(name) }
}

/// Plan-wide flags and numbers for the work plan and procurement sections.
public struct PlanFacts: Sendable, Hashable {
    /// The organization's procurement regime (catalog id).
    public var procurement: String
    /// How the target will run; nil without a target.
    public var deployment: Deployment?
    /// On-premises: size, install and back up servers.
    public var needsServerSizing: Bool
    /// Directory sign-in is used today (`auth.ldap`) or required.
    public var needsLDAP: Bool
    /// Single sign-on is used today (`auth.sso`) or required.
    public var needsSSO: Bool
    /// Moodle integration is used today or required.
    public var hasMoodle: Bool
    /// Outlook integration is used today or required.
    public var hasOutlook: Bool
    /// Calendar integration is used today or required.
    public var hasCalendar: Bool
    /// Webinars are used today.
    public var hasWebinars: Bool
    /// SIP/H.323 room systems on all sites.
    public var roomSystems: Int
    /// Whether the target connects them (confirmed SIP or H.323); nil without a target or
    /// when the catalog cannot confirm either.
    public var targetConnectsRoomSystems: Bool?
    /// Recordings to move, GB, over all services (0 when none are given).
    public var recordingsGB: Double
    /// How recordings, users and meetings move into the target (catalog), by kind.
    public var migrationPaths: [MigrationPath]
    /// Users, sites, IT staff.
    public var users: Int
    public var sites: Int
    public var itStaff: Int
    /// Users per IT staff member (users when there is no IT staff).
    public var usersPerITStaff: Int
    /// Pilot group size.
    public var pilotUsers: Int
    /// Pilot success criteria.
    public var pilotCriteria: PilotCriteria
    /// The latest contract end of the replaced services, if any.
    public var latestContractEnd: CalendarDate?
    /// The organization's deadline, if any.
    public var deadline: CalendarDate?
    /// The target's register entry (ru_software), when listed.
    public var registryNumber: String?
    public var registryListed: Bool?

    /// Creates plan facts.
    public init(
        procurement: String, deployment: Deployment?, needsServerSizing: Bool, needsLDAP: Bool,
        needsSSO: Bool, hasMoodle: Bool, hasOutlook: Bool, hasCalendar: Bool, hasWebinars: Bool,
        roomSystems: Int, targetConnectsRoomSystems: Bool?, recordingsGB: Double,
        migrationPaths: [MigrationPath], users: Int, sites: Int, itStaff: Int, usersPerITStaff: Int,
        pilotUsers: Int, pilotCriteria: PilotCriteria, latestContractEnd: CalendarDate?,
        deadline: CalendarDate?, registryNumber: String?, registryListed: Bool?
    ) {
        self.procurement = procurement
        self.deployment = deployment
        self.needsServerSizing = needsServerSizing
        self.needsLDAP = needsLDAP
        self.needsSSO = needsSSO
        self.hasMoodle = hasMoodle
        self.hasOutlook = hasOutlook
        self.hasCalendar = hasCalendar
        self.hasWebinars = hasWebinars
        self.roomSystems = roomSystems
        self.targetConnectsRoomSystems = targetConnectsRoomSystems
        self.recordingsGB = recordingsGB
        self.migrationPaths = migrationPaths
        self.users = users
        self.sites = sites
        self.itStaff = itStaff
        self.usersPerITStaff = usersPerITStaff
        self.pilotUsers = pilotUsers
        self.pilotCriteria = pilotCriteria
        self.latestContractEnd = latestContractEnd
        self.deadline = deadline
        self.registryNumber = registryNumber
        self.registryListed = registryListed
    }
}

/// What a pilot must show before the rollout starts.
public struct PilotCriteria: Sendable, Hashable {
    /// Meetings held on the target during the pilot without a failure.
    public var meetingsWithoutFailure: Int
    /// Share of connections that succeed at the first attempt, percent.
    public var successfulJoinPercent: Int
    /// Share of pilot users who would use it every day, percent.
    public var satisfiedUsersPercent: Int
    /// Room systems connected during the pilot (at most 2).
    public var roomSystemsConnected: Int

    /// Creates criteria.
    public init(
        meetingsWithoutFailure: Int, successfulJoinPercent: Int, satisfiedUsersPercent: Int,
        roomSystemsConnected: Int
    ) {
        self.meetingsWithoutFailure = meetingsWithoutFailure
        self.successfulJoinPercent = successfulJoinPercent
        self.satisfiedUsersPercent = satisfiedUsersPercent
        self.roomSystemsConnected = roomSystemsConnected
    }
}

/// The durations and limits of planning, in working days unless named otherwise. The
/// defaults are documented as assumptions in Docs/Planning.md.
public struct PlanningAssumptions: Sendable, Hashable {
    /// Project set-up before procurement starts.
    public var preparationDays: Int
    /// Procurement when the catalog has no regime for the organization's (each regime of the
    /// catalog states its own, `procurement_days`).
    public var procurementDays: Int
    /// Server installation and hardening for an on-premises target.
    public var serverSetupDays: Int
    /// Pilot length.
    public var pilotDays: Int
    /// Pilot group: a share of users, within a floor and a ceiling.
    public var pilotSharePercent: Int
    public var pilotMinUsers: Int
    public var pilotMaxUsers: Int
    /// Users one IT staff member moves per working day (accounts, clients, a short briefing).
    public var usersPerStaffDay: Int
    /// Room systems one IT staff member connects per working day.
    public var roomSystemsPerStaffDay: Int
    /// The shortest wave, and the most users in one wave (larger sites split into blocks).
    public var minWaveDays: Int
    public var maxWaveUsers: Int
    /// Parallel run, cut-over and decommissioning lengths.
    public var parallelRunDays: Int
    public var cutOverDays: Int
    public var decommissioningDays: Int
    /// Recordings the organization exports and re-uploads per working day, GB, however many
    /// staff it has (the old service's download is the bottleneck): a larger archive starts
    /// its export earlier.
    public var recordingsGBPerDay: Int
    /// Users per IT staff member above which staff load is a risk (medium), and twice that (high).
    public var usersPerStaffWarning: Int
    /// The longest wave: a site that would take longer is capped here (its `capped`
    /// parameter says so) and the staff-load risk asks for more hands.
    public var maxWaveDays: Int
    /// Calendar days before a contract's end by which the vendor is told it will not be
    /// renewed (a common notice period; the contract's own terms decide).
    public var contractNoticeDays: Int

    /// The defaults (see Docs/Planning.md).
    public static let standard = PlanningAssumptions(
        preparationDays: 5, procurementDays: 10,
        serverSetupDays: 5, pilotDays: 10, pilotSharePercent: 5, pilotMinUsers: 5, pilotMaxUsers: 30,
        usersPerStaffDay: 10, roomSystemsPerStaffDay: 2, minWaveDays: 5, maxWaveUsers: 250,
        parallelRunDays: 10, cutOverDays: 2, decommissioningDays: 10, recordingsGBPerDay: 100,
        usersPerStaffWarning: 150, maxWaveDays: 120, contractNoticeDays: 30)

    /// Creates assumptions.
    public init(
        preparationDays: Int, procurementDays: Int,
        serverSetupDays: Int, pilotDays: Int, pilotSharePercent: Int, pilotMinUsers: Int, pilotMaxUsers: Int,
        usersPerStaffDay: Int, roomSystemsPerStaffDay: Int, minWaveDays: Int, maxWaveUsers: Int,
        parallelRunDays: Int, cutOverDays: Int, decommissioningDays: Int, recordingsGBPerDay: Int,
        usersPerStaffWarning: Int, maxWaveDays: Int = 120, contractNoticeDays: Int = 30
    ) {
        self.preparationDays = preparationDays
        self.procurementDays = procurementDays
        self.serverSetupDays = serverSetupDays
        self.pilotDays = pilotDays
        self.pilotSharePercent = pilotSharePercent
        self.pilotMinUsers = pilotMinUsers
        self.pilotMaxUsers = pilotMaxUsers
        self.usersPerStaffDay = usersPerStaffDay
        self.roomSystemsPerStaffDay = roomSystemsPerStaffDay
        self.minWaveDays = minWaveDays
        self.maxWaveUsers = maxWaveUsers
        self.parallelRunDays = parallelRunDays
        self.cutOverDays = cutOverDays
        self.decommissioningDays = decommissioningDays
        self.recordingsGBPerDay = recordingsGBPerDay
        self.usersPerStaffWarning = usersPerStaffWarning
        self.maxWaveDays = maxWaveDays
        self.contractNoticeDays = contractNoticeDays
    }
}
