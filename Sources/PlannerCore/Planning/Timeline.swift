import Foundation

/// What the services are used for, over all of them.
struct UsageSummary {
    /// Features used, first use first, without repeats.
    var features: [String] = []
    var recordingsGB: Double = 0
    var peakParticipants = 0
    var webinarAttendees = 0

    init(_ inventory: Inventory) {
        for service in inventory.services {
            for feature in service.featuresUsed where !features.contains(feature) { features.append(feature) }
            recordingsGB += max(0, service.usage.recordingsGB ?? 0)
            peakParticipants = max(peakParticipants, service.usage.peakParticipants ?? 0)
            webinarAttendees = max(webinarAttendees, service.usage.webinarAttendees ?? 0)
        }
    }
}

/// Places phases one after another in working days, moving pilots and cut-overs past
/// blackouts.
struct Timeline {
    let days: WorkingDays
    let inventoryBlackouts: [BlackoutPeriod]
    let institution: InstitutionKind?
    /// The first day the next phase may use.
    private(set) var cursor: CalendarDate

    init(days: WorkingDays, start: CalendarDate, inventoryBlackouts: [Blackout], institution: InstitutionKind?) {
        self.days = days
        self.institution = institution
        self.inventoryBlackouts = inventoryBlackouts.enumerated().map { index, blackout in
            BlackoutPeriod(
                source: .inventory, id: "blackout-\(index + 1)", from: blackout.from, to: blackout.to,
                reason: blackout.reason)
        }
        cursor = days.firstWorkingDay(onOrAfter: start)
    }

    /// The next `length` working days.
    mutating func next(length: Int) -> (start: CalendarDate, end: CalendarDate) {
        let start = days.firstWorkingDay(onOrAfter: cursor)
        let end = days.end(ofSpanStarting: start, workingDays: length)
        cursor = days.firstWorkingDay(after: end)
        return (start, end)
    }

    /// The next `length` working days that share no day with a blackout keeping out phases
    /// of `kind`; each blackout passed is recorded as a shift.
    mutating func nextAvoidingBlackouts(phase: String, kind: PhaseKind, length: Int)
        -> (start: CalendarDate, end: CalendarDate, shifts: [ScheduleShift])
    {
        var start = days.firstWorkingDay(onOrAfter: cursor)
        var shifts: [ScheduleShift] = []
        for _ in 0..<100 {
            let end = days.end(ofSpanStarting: start, workingDays: length)
            let hit = blackouts(from: start, through: end).first { $0.blocks.contains(kind) }
            guard let hit else { break }
            let moved = days.firstWorkingDay(after: hit.to)
            shifts.append(ScheduleShift(phase: phase, originalStart: start, newStart: moved, blackout: hit))
            start = moved
        }
        let end = days.end(ofSpanStarting: start, workingDays: length)
        cursor = days.firstWorkingDay(after: end)
        return (start, end, shifts)
    }

    /// Holiday breaks, exam periods and education breaks (education only) and the inventory's
    /// blackouts that share a day with `from`…`to`, in date order (then by source and id).
    func blackouts(from: CalendarDate, through to: CalendarDate) -> [BlackoutPeriod] {
        var all = days.holidayBreaks(from: from, through: to)
        if let institution {
            // The calendar's typical dates yield to the organization's own period of the same
            // name ("Весенние каникулы" in plan.blackouts replaces the calendar's spring holidays).
            let own = Set(inventoryBlackouts.compactMap { $0.reason.map(Self.key) })
            let typical =
                days.examPeriods(for: institution, from: from, through: to)
                + days.educationBreaks(for: institution, from: from, through: to)
            all += typical.filter { period in
                guard let name = period.name else { return true }
                return !own.contains(Self.key(name.ru)) && !own.contains(Self.key(name.en))
            }
        }
        all += inventoryBlackouts.filter { $0.overlaps(from: from, to: to) }
        return all.sorted { ($0.from, $0.source.rawValue, $0.id) < ($1.from, $1.source.rawValue, $1.id) }
    }

    /// A period's name as compared: lower case, spaces trimmed.
    static func key(_ name: String) -> String {
        name.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
