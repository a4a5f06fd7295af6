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
