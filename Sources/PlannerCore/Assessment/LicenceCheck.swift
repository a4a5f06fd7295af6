/// A commercial offer's licences against what the organization needs: the quote's metric
/// and quantity (`quotes.<id>.connections`, `named_users` or `participants`) against peak
/// participants and the room systems that join meetings, webinar attendees, or users.
public struct LicenceCheck: Sendable, Hashable {
    /// What the licences must cover.
    public enum Need: String, Sendable, Hashable, Codable {
        /// The largest meeting: peak participants or the must `meetings.max_participants >= N`,
        /// plus the room systems (each takes a connection or a participant's place).
        case meetings
        /// The largest webinar: `usage.webinar_attendees` or the must `webinars.max_attendees >= N`.
        case webinars
        /// The organization's people (`organization.users`), for named-user licences.
        case users
    }

    public var metric: LicenceQuantity.Metric
    /// How many the quote covers.
    public var licensed: Int
    public var need: Need
    /// The people the need counts: participants, attendees or users.
    public var people: Int
    /// Room systems that take a licence as well (meetings only).
    public var roomSystems: Int

    /// Creates a check.
    public init(metric: LicenceQuantity.Metric, licensed: Int, need: Need, people: Int, roomSystems: Int = 0) {
        self.metric = metric
        self.licensed = licensed
        self.need = need
        self.people = people
        self.roomSystems = roomSystems
    }

    /// Licences the need takes.
    public var needed: Int { people + roomSystems }
    /// Licences to add to the offer; 0 when it covers the need.
    public var shortfall: Int { max(0, needed - licensed) }
    /// True when the offer covers less than the need.
    public var isShort: Bool { shortfall > 0 }

    /// The checks of an offer: connections and participants against meetings (with room
    /// systems) and webinars; named users against users. A need of 0 is not checked.
    public static func checks(_ licences: LicenceQuantity, needs: LicenceNeeds) -> [LicenceCheck] {
        switch licences.metric {
        case .connections, .participants:
            var checks: [LicenceCheck] = []
            if needs.meetingParticipants > 0 {
                checks.append(
                    LicenceCheck(
                        metric: licences.metric, licensed: licences.quantity, need: .meetings,
                        people: needs.meetingParticipants, roomSystems: needs.roomSystems))
            }
            if needs.webinarAttendees > 0 {
                checks.append(
                    LicenceCheck(
                        metric: licences.metric, licensed: licences.quantity, need: .webinars,
                        people: needs.webinarAttendees))
            }
            return checks
        case .namedUsers:
            return [LicenceCheck(metric: .namedUsers, licensed: licences.quantity, need: .users, people: needs.users)]
        }
    }

    /// How many times the largest need exceeds the licences (1 when they cover every need).
    public static func shortfallFactor(_ checks: [LicenceCheck]) -> Double {
        checks.map { Double($0.needed) / Double(max(1, $0.licensed)) }.reduce(1, max)
    }
}

/// What an organization's licences must cover, from its inventory.
public struct LicenceNeeds: Sendable, Hashable {
    /// The largest meeting: peak participants of the services in use, or the must
    /// `meetings.max_participants >= N`, whichever is larger.
    public var meetingParticipants: Int
    /// The largest webinar: `usage.webinar_attendees`, or the must `webinars.max_attendees >= N`.
    public var webinarAttendees: Int
    /// SIP/H.323 room systems at the organization's sites.
    public var roomSystems: Int
    /// The organization's users.
    public var users: Int

    /// The needs of an inventory.
    public init(_ inventory: Inventory) {
        func must(_ id: String) -> Int {
            inventory.requirements.must.compactMap { requirement -> Int? in
                guard requirement.capability == id, case .atLeast(let bound) = requirement.comparison else {
                    return nil
                }
                // A must may name any finite figure (`>= 1e300`); a need is a count of people.
                return Int(saturating: min(bound.rounded(.up), Double(InventoryLoader.maxCount)))
            }.max() ?? 0
        }
        let usage = inventory.services.map(\.usage)
        meetingParticipants = max(usage.compactMap(\.peakParticipants).max() ?? 0, must("meetings.max_participants"))
        webinarAttendees = max(usage.compactMap(\.webinarAttendees).max() ?? 0, must("webinars.max_attendees"))
        roomSystems = inventory.organization.roomSystems
        users = inventory.organization.users
    }
}
