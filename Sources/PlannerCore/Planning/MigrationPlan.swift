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

    /// Weeks from the start to the cut-over, a started week counted whole; nil without one.
    public var weeksToCutOver: Int? { cutOver.map { (start.days(until: $0) + 1 + 6) / 7 } }

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

// MARK: - Phases

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

// MARK: - Calendar facts

/// The holiday calendar the plan used.
public struct CalendarSummary: Sendable, Hashable {
    /// ISO alpha-2 country of the calendar.
    public var country: String
    /// False when the tool ships no calendar for the country: only weekends were skipped.
    public var available: Bool
    /// Years of the plan for which the government's transfers of days off are in the data.
    public var transfersKnown: [Int]
    /// Years of the plan for which they are not: "check the production calendar".
    public var transfersUnknown: [Int]
    /// The education calendar applied: `school`, `university`, `unknown` (both applied), or
    /// nil outside education.
    public var institution: InstitutionKind?
    /// Where the holiday data comes from (law, decrees).
    public var sources: [String]

    /// Creates a calendar summary.
    public init(
        country: String, available: Bool, transfersKnown: [Int] = [], transfersUnknown: [Int] = [],
        institution: InstitutionKind? = nil, sources: [String] = []
    ) {
        self.country = country
        self.available = available
        self.transfersKnown = transfersKnown
        self.transfersUnknown = transfersUnknown
        self.institution = institution
        self.sources = sources
    }
}

/// A run of consecutive non-working days that includes at least one public holiday.
public struct HolidaySpan: Sendable, Hashable {
    /// First and last day, inclusive.
    public var from: CalendarDate
    public var to: CalendarDate
    /// Holiday ids inside (`new_year`, `labour_day`, …), in date order without repeats.
    public var holidays: [String]
    /// The named break it belongs to (`new_year_holidays`, `may_holidays`), if any.
    public var breakID: String?

    /// Creates a span.
    public init(from: CalendarDate, to: CalendarDate, holidays: [String], breakID: String? = nil) {
        self.from = from
        self.to = to
        self.holidays = holidays
        self.breakID = breakID
    }
}

/// A period in which no pilot or cut-over may run.
public struct BlackoutPeriod: Sendable, Hashable {
    /// Where a blackout comes from.
    public enum Source: String, Sendable, Hashable, Codable {
        /// A holiday break of the country's calendar (New Year, May holidays).
        case holidayBreak = "holiday_break"
        /// An exam period of the education calendar.
        case examPeriod = "exam_period"
        /// The inventory's `plan.blackouts`.
        case inventory
    }

    public var source: Source
    /// `new_year_holidays`, `school_exams`, `university_winter_session`, or
    /// `blackout-<index>` for the inventory's own.
    public var id: String
    public var from: CalendarDate
    public var to: CalendarDate
    /// The name in both languages (calendar data), or nil for the inventory's own.
    public var name: LocalizedText?
    /// The inventory's reason, as written (untrusted text).
    public var reason: String?

    /// Creates a blackout period.
    public init(
        source: Source, id: String, from: CalendarDate, to: CalendarDate, name: LocalizedText? = nil,
        reason: String? = nil
    ) {
        self.source = source
        self.id = id
        self.from = from
        self.to = to
        self.name = name
        self.reason = reason
    }

    /// True when `[from, to]` of the other range shares a day with this period.
    public func overlaps(from start: CalendarDate, to end: CalendarDate) -> Bool {
        start <= to && from <= end
    }
}

/// A pilot or cut-over moved past a blackout.
public struct ScheduleShift: Sendable, Hashable {
    /// The phase moved (`pilot`, `cut-over`).
    public var phase: String
    /// Where it would have started and where it starts now.
    public var originalStart: CalendarDate
    public var newStart: CalendarDate
    /// Calendar days between the two.
    public var days: Int
    /// The blackout that caused the move.
    public var blackout: BlackoutPeriod

    /// Creates a shift.
    public init(phase: String, originalStart: CalendarDate, newStart: CalendarDate, blackout: BlackoutPeriod) {
        self.phase = phase
        self.originalStart = originalStart
        self.newStart = newStart
        self.days = originalStart.days(until: newStart)
        self.blackout = blackout
    }
}

// MARK: - Warnings, gaps, questions

/// The cut-over comes after a date that matters.
public struct ScheduleWarning: Sendable, Hashable {
    /// Which date is missed.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `organization.deadline`.
        case deadlineMiss = "deadline_miss"
        /// A service's `contract_end`: it lapses before the replacement is ready.
        case contractEnd = "contract_end"
    }

    public var kind: Kind
    /// The date missed.
    public var date: CalendarDate
    /// The planned cut-over (last day of the cut-over phase).
    public var cutOver: CalendarDate
    /// Calendar days from `date` to `cutOver` (> 0).
    public var gapDays: Int
    /// Working days from the day after `date` to `cutOver`.
    public var gapWorkingDays: Int
    /// The service whose contract ends (contract warnings only).
    public var service: String?

    /// Creates a warning.
    public init(kind: Kind, date: CalendarDate, cutOver: CalendarDate, gapWorkingDays: Int, service: String? = nil) {
        self.kind = kind
        self.date = date
        self.cutOver = cutOver
        self.gapDays = date.days(until: cutOver)
        self.gapWorkingDays = gapWorkingDays
        self.service = service
    }
}

/// A feature used today that the target lacks or that the catalog cannot confirm.
public struct FeatureGap: Sendable, Hashable {
    /// How sure the gap is.
    public enum Status: String, Sendable, Hashable, Codable {
        /// The catalog confirms the target lacks it.
        case missing
        /// The catalog does not know, or holds an unconfirmed value: verify on the pilot.
        case toVerify = "to_verify"
    }

    /// Capability id.
    public var capability: String
    public var status: Status
    /// The capability's name, from the catalog vocabulary.
    public var name: LocalizedText?
    /// What to do instead, from the catalog vocabulary; nil when the catalog gives none.
    public var workaround: LocalizedText?
    /// The services that use the feature today (catalog ids), in inventory order.
    public var services: [String]
    /// The catalog's remark on the target's value, when it has one.
    public var note: String?
    /// For a limit (`meetings.max_participants`): what today's usage needs and what the
    /// target offers (nil when unknown); nil for yes/no features.
    public var needed: Double?
    public var available: Double?

    /// Creates a gap.
    public init(
        capability: String, status: Status, name: LocalizedText? = nil, workaround: LocalizedText? = nil,
        services: [String], note: String? = nil, needed: Double? = nil, available: Double? = nil
    ) {
        self.capability = capability
        self.status = status
        self.name = name
        self.workaround = workaround
        self.services = services
        self.note = note
        self.needed = needed
        self.available = available
    }
}

/// A capability to ask the vendor about before the tender or the pilot.
public struct VendorQuestion: Sendable, Hashable {
    /// Why the inventory cares.
    public enum Origin: String, Sendable, Hashable, Codable {
        case must
        case want
    }

    /// What the catalog holds.
    public enum Knowledge: String, Sendable, Hashable, Codable {
        /// No value at all.
        case unknown
        /// A value that is not confirmed.
        case unconfirmed
    }

    /// Capability id.
    public var capability: String
    public var origin: Origin
    public var knowledge: Knowledge
    /// The must expression (`meetings.max_participants >= 200`) or nil for a want.
    public var requirement: String?
    /// The want's weight 1–5, or nil for a must.
    public var weight: Int?
    /// The capability's name, from the catalog vocabulary.
    public var name: LocalizedText?

    /// Creates a question.
    public init(
        capability: String, origin: Origin, knowledge: Knowledge, requirement: String? = nil,
        weight: Int? = nil, name: LocalizedText? = nil
    ) {
        self.capability = capability
        self.origin = origin
        self.knowledge = knowledge
        self.requirement = requirement
        self.weight = weight
        self.name = name
    }
}

// MARK: - Risks

/// Low, medium or high: a risk's likelihood or impact.
public enum RiskLevel: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case low = 1
    case medium = 2
    case high = 3

    /// `low`, `medium`, `high`: the key a template looks up.
    public var name: String {
        switch self {
        case .low: return "low"
        case .medium: return "medium"
        case .high: return "high"
        }
    }

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One entry of the risk register: a stable id, levels computed from the data, the data
/// itself as parameters, and mitigation step ids. No prose: the templates hold the words.
public struct Risk: Sendable, Hashable {
    /// The kind of risk, for grouping.
    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        case schedule, feature, unknown, security, architecture, interoperability, data, staffing, legal
    }

    /// Stable id: `deadline-miss`, `contract-end-zoom`, `gap-breakout_rooms`,
    /// `advisory-CVE-2026-3502`, `on-premises-single-point`, `room-systems-no-sip`,
    /// `recordings-move`, `staff-load`, `unknown-facts`, `no-eligible-product`.
    public var id: String
    /// The template key: the id without its subject (`gap`, `advisory`, `contract-end`…).
    public var kind: String
    public var category: Category
    public var likelihood: RiskLevel
    public var impact: RiskLevel
    /// The data the sentence is made from (days, dates, capability ids, sizes…).
    public var parameters: [PlanParameter]
    /// Mitigation step ids, in order (`install-fixed-version-before-pilot`, …).
    public var mitigations: [String]

    /// Creates a risk.
    public init(
        id: String, kind: String, category: Category, likelihood: RiskLevel, impact: RiskLevel,
        parameters: [PlanParameter] = [], mitigations: [String] = []
    ) {
        self.id = id
        self.kind = kind
        self.category = category
        self.likelihood = likelihood
        self.impact = impact
        self.parameters = parameters
        self.mitigations = mitigations
    }

    /// Likelihood × impact, 1–9: the register's order.
    public var exposure: Int { likelihood.rawValue * impact.rawValue }

    /// The value of a parameter.
    public func parameter(_ name: String) -> PlanValue? { parameters.value(name) }
}

// MARK: - Checklists and facts

/// One checklist item of a phase: a stable id the templates turn into a `- [ ]` line, and the
/// data that line names.
public struct ChecklistItem: Sendable, Hashable {
    /// Stable id, e.g. `procurement-tender`, `server-sizing`, `directory-ldap`, `lms-moodle`,
    /// `room-systems-sip`, `recordings-export`, `account-close`.
    public var id: String
    public var parameters: [PlanParameter]

    /// Creates an item.
    public init(_ id: String, _ parameters: [PlanParameter] = []) {
        self.id = id
        self.parameters = parameters
    }

    /// The value of a parameter.
    public func parameter(_ name: String) -> PlanValue? { parameters.value(name) }
}

/// A value in a plan's parameters.
public enum PlanValue: Sendable, Hashable {
    case int(Int)
    case number(Double)
    case text(String)
    case date(CalendarDate)
    case bool(Bool)
    case list([String])

    /// The value as plain text (dates `YYYY-MM-DD`, numbers without trailing zeros, lists
    /// comma-separated); the renderer formats them per language instead when it can.
    public var text: String {
        switch self {
        case .int(let value): return String(value)
        case .number(let value): return value.formatted()
        case .text(let value): return value
        case .date(let value): return value.description
        case .bool(let value): return value ? "true" : "false"
        case .list(let values): return values.joined(separator: ", ")
        }
    }
}

/// A named value; parameter lists keep the order the planner wrote them in.
public struct PlanParameter: Sendable, Hashable {
    public var name: String
    public var value: PlanValue

    /// Creates a parameter.
    public init(_ name: String, _ value: PlanValue) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == PlanParameter {
    /// The value of the first parameter with this name.
    public func value(_ name: String) -> PlanValue? { first { $0.name == name }?.value }
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
    /// Recordings one staff member exports and re-uploads per working day, GB; beyond what
    /// fits in the decommissioning phase, it grows.
    public var recordingsGBPerDay: Int
    /// Users per IT staff member above which staff load is a risk (medium), and twice that (high).
    public var usersPerStaffWarning: Int
    /// The longest wave: a site that would take longer is capped here (its `capped`
    /// parameter says so) and the staff-load risk asks for more hands.
    public var maxWaveDays: Int

    /// The defaults (see Docs/Planning.md).
    public static let standard = PlanningAssumptions(
        preparationDays: 5, procurementDays: 10,
        serverSetupDays: 5, pilotDays: 10, pilotSharePercent: 5, pilotMinUsers: 5, pilotMaxUsers: 30,
        usersPerStaffDay: 10, roomSystemsPerStaffDay: 2, minWaveDays: 5, maxWaveUsers: 250,
        parallelRunDays: 10, cutOverDays: 2, decommissioningDays: 10, recordingsGBPerDay: 100,
        usersPerStaffWarning: 150, maxWaveDays: 120)

    /// Creates assumptions.
    public init(
        preparationDays: Int, procurementDays: Int,
        serverSetupDays: Int, pilotDays: Int, pilotSharePercent: Int, pilotMinUsers: Int, pilotMaxUsers: Int,
        usersPerStaffDay: Int, roomSystemsPerStaffDay: Int, minWaveDays: Int, maxWaveUsers: Int,
        parallelRunDays: Int, cutOverDays: Int, decommissioningDays: Int, recordingsGBPerDay: Int,
        usersPerStaffWarning: Int, maxWaveDays: Int = 120
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
    }
}
