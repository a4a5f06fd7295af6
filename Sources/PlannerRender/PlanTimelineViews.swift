import PlannerCore

// View models of the plan: the timeline and work plan sections.

/// The timeline section.
public struct TimelineView: TemplateObject {
    public var phases: [Listed<PhaseView>]
    /// Phases grouped for the Gantt chart: flags `preparation`, `pilot`, `rollout`, `closing`.
    public var ganttSections: [Listed<GanttSectionView>]
    public var start: TemplateValue
    public var end: TemplateValue
    public var cutOver: TemplateValue?
    public var totalWorkingDays: TemplateValue
    /// Calendar weeks from the start to the cut-over (rounded up).
    public var weeks: TemplateValue?
    public var deadline: TemplateValue?
    /// The cut-over is on or before the deadline.
    public var deadlineMet: Bool
    /// Calendar days between the cut-over and the deadline.
    public var deadlineMargin: TemplateValue?
    public var latestContractEnd: TemplateValue?
    public var warnings: [Listed<ScheduleWarningView>]
    public var shifts: [Listed<ShiftView>]
    public var holidays: [Listed<HolidayView>]
    public var blackouts: [Listed<BlackoutView>]
    /// The country has a holiday calendar in the tool.
    public var calendarAvailable: Bool
    public var calendarCountry: String
    /// Years whose transfers of days off are not in the data.
    public var transfersUnknown: [Listed<NameView>]
    /// Flags `school`, `university`, `unknown`; nil outside education.
    public var institution: TemplateValue?
    /// The work plan's sections: each phase but the waves, and the waves as one section.
    public var workSections: [Listed<WorkSectionView>] = []

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "phases": return .of(phases)
        case "ganttSections": return .of(ganttSections)
        case "start": return .of(start)
        case "end": return .of(end)
        case "cutOver": return .of(cutOver)
        case "totalWorkingDays": return .of(totalWorkingDays)
        case "weeks": return .of(weeks)
        case "deadline": return .of(deadline)
        case "deadlineMet": return .of(deadlineMet)
        case "deadlineMissed": return .of(deadline != nil && !deadlineMet)
        case "deadlineMargin": return .of(deadlineMargin)
        case "latestContractEnd": return .of(latestContractEnd)
        case "warnings": return .of(warnings)
        case "hasWarnings": return .of(!warnings.isEmpty)
        case "shifts": return .of(shifts)
        case "hasShifts": return .of(!shifts.isEmpty)
        case "holidays": return .of(holidays)
        case "hasHolidays": return .of(!holidays.isEmpty)
        case "blackouts": return .of(blackouts)
        case "hasBlackouts": return .of(!blackouts.isEmpty)
        case "calendarAvailable": return .of(calendarAvailable)
        case "calendarCountry": return .of(calendarCountry)
        case "transfersUnknown": return .of(transfersUnknown)
        case "hasTransfersUnknown": return .of(!transfersUnknown.isEmpty)
        case "institution": return .of(institution)
        case "workSections": return .of(workSections)
        default: return nil
        }
    }
}

/// A group of phases in the Gantt chart.
public struct GanttSectionView: TemplateObject {
    /// Flags: `preparation`, `pilot`, `rollout`, `closing`.
    public var section: TemplateValue
    public var phases: [Listed<PhaseView>]

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "section": return .of(section)
        case "phases": return .of(phases)
        default: return nil
        }
    }
}

/// One phase of the plan.
public struct PhaseView: TemplateObject {
    public var id: String
    /// Flags: `preparation`, `pilot`, `wave`, `parallel_run`, `cut_over`, `decommissioning`.
    public var kind: TemplateValue
    public var number: TemplateValue
    public var start: TemplateValue
    public var end: TemplateValue
    /// The day after the end, for the Gantt chart (its end dates are exclusive).
    public var endExclusive: TemplateValue
    public var workingDays: TemplateValue
    /// A Mermaid-safe task id (`wave_1`).
    public var ganttID: String
    /// Mermaid-safe ids of the phases before it.
    public var after: String?
    public var wave: WaveView?
    public var shifts: [Listed<ShiftView>]
    public var checklist: [Listed<ChecklistItemView>]
    /// The phase's parameters: `{{p.NAME}}`.
    public var p: ParameterView
    /// The name of the phase's keep block: `phase-<id>`.
    public var keep: String
    /// The phase ends after the deadline or a contract end (`crit` in the chart).
    public var late: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "is": return .of(IDMatcher(id))
        case "kind": return .of(kind)
        case "number": return .of(number)
        case "start": return .of(start)
        case "end": return .of(end)
        case "endExclusive": return .of(endExclusive)
        case "workingDays": return .of(workingDays)
        case "ganttID": return .of(ganttID)
        case "after": return .of(after)
        case "wave": return .of(wave)
        case "shifts": return .of(shifts)
        case "checklist": return .of(checklist)
        case "p": return .of(p)
        case "keep": return .of(keep)
        case "late": return .of(late)
        default: return nil
        }
    }
}

/// A rollout wave.
public struct WaveView: TemplateObject {
    public var number: TemplateValue
    /// The site's name, escaped for Markdown.
    public var site: String
    /// The site's name made safe for a Mermaid label.
    public var siteLabel: String
    public var part: TemplateValue
    public var parts: TemplateValue
    /// The site is split into several waves.
    public var split: Bool
    public var users: TemplateValue
    public var roomSystems: TemplateValue

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "number": return .of(number)
        case "site": return .of(site)
        case "siteLabel": return .of(siteLabel)
        case "part": return .of(part)
        case "parts": return .of(parts)
        case "split": return .of(split)
        case "users": return .of(users)
        case "roomSystems": return .of(roomSystems)
        default: return nil
        }
    }
}

/// A checklist item: `{{>*template}}` includes its sentence, the template `checklist/ID`;
/// `known` is false when the set has no such template (the id and parameters are printed).
/// `taskID` goes into the line as `<!-- task:ID -->`, so a tick survives regeneration.
public struct ChecklistItemView: TemplateObject {
    public var id: String
    /// The task's stable id (`account-close:zoom`), see ``TaskMarkers``.
    public var taskID: String
    public var p: ParameterView
    /// `checklist/ID`, when the template set has it.
    public var template: String?
    /// The day the task is due.
    public var due: TemplateValue?
    /// It is due on another day than its phase's last (a contract ends sooner, or the task
    /// moved to an earlier phase): the line says when.
    public var ownDue: Bool = false

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "is": return .of(IDMatcher(id))
        case "taskID": return .of(taskID)
        case "p": return .of(p)
        case "template": return .of(template)
        case "known": return .of(template != nil)
        case "due": return .of(due)
        case "ownDue": return .of(ownDue)
        default: return nil
        }
    }
}

/// A section of the work plan: one phase, or every rollout wave under one heading with the
/// steps they share.
public struct WorkSectionView: TemplateObject {
    /// The phase, for a section that is not the waves.
    public var phase: PhaseView?
    /// The waves, for the waves' section.
    public var waves: WaveGroupView?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "phase": return .of(phase)
        case "waves": return .of(waves)
        default: return nil
        }
    }
}

/// The rollout waves as one section of the work plan: their numbers and dates, and the steps
/// each wave takes, said once.
public struct WaveGroupView: TemplateObject {
    /// The first and last wave's phase numbers in the timeline.
    public var firstNumber: TemplateValue
    public var lastNumber: TemplateValue
    /// The number of waves.
    public var count: TemplateValue
    /// From the first wave's start to the last wave's end.
    public var start: TemplateValue
    public var end: TemplateValue
    public var waves: [Listed<PhaseView>]
    /// The shared steps.
    public var checklist: [Listed<ChecklistItemView>]
    /// Other tasks due while the waves run (an old service's export when its contract ends
    /// then), each with its own due date.
    public var other: [Listed<ChecklistItemView>] = []
    /// The name of the section's keep block.
    public var keep: String

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "firstNumber": return .of(firstNumber)
        case "lastNumber": return .of(lastNumber)
        case "count": return .of(count)
        case "single": return .of(waves.count == 1)
        case "start": return .of(start)
        case "end": return .of(end)
        case "waves": return .of(waves)
        case "checklist": return .of(checklist)
        case "other": return .of(other)
        case "hasOther": return .of(!other.isEmpty)
        case "keep": return .of(keep)
        default: return nil
        }
    }
}

/// Named parameters of a checklist item, phase or risk: `{{p.users}}`, `{{p.date.long}}`,
/// `{{p.capability.name}}`; `{{#p.all}}{{name}}: {{value}}{{/p.all}}` lists them.
public struct ParameterView: TemplateObject {
    /// The parameters in the planner's order.
    public var values: [(name: String, value: TemplateValue)]

    public func data(for key: String) -> TemplateData? {
        if key == "all" { return .of(Listed.list(values.map { ParameterEntry(name: $0.name, value: $0.value) })) }
        return .of(values.first { $0.name == key }?.value)
    }
}

/// One parameter, for listing.
public struct ParameterEntry: TemplateObject {
    public var name: String
    public var value: TemplateValue

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "name": return .of(name)
        case "value": return .of(value)
        default: return nil
        }
    }
}

/// A date that is missed.
public struct ScheduleWarningView: TemplateObject {
    /// Flags: `deadline_miss`, `contract_end`.
    public var kind: TemplateValue
    public var date: TemplateValue
    public var cutOver: TemplateValue
    public var gapDays: TemplateValue
    public var gapWorkingDays: TemplateValue
    /// The service whose contract ends.
    public var service: String?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "kind": return .of(kind)
        case "date": return .of(date)
        case "cutOver": return .of(cutOver)
        case "gapDays": return .of(gapDays)
        case "gapWorkingDays": return .of(gapWorkingDays)
        case "service": return .of(service)
        default: return nil
        }
    }
}

/// A pilot, wave or cut-over moved past a blackout.
public struct ShiftView: TemplateObject {
    public var phase: String
    public var originalStart: TemplateValue
    public var newStart: TemplateValue
    public var days: TemplateValue
    public var blackout: BlackoutView
    /// The wave moved, when a wave was.
    public var wave: WaveView?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "phase": return .of(phase)
        case "is": return .of(IDMatcher(phase))
        case "originalStart": return .of(originalStart)
        case "newStart": return .of(newStart)
        case "days": return .of(days)
        case "blackout": return .of(blackout)
        case "wave": return .of(wave)
        default: return nil
        }
    }
}

/// A period with no pilot or cut-over (and for teachers' leave no rollout wave either).
public struct BlackoutView: TemplateObject {
    /// Flags: `holiday_break`, `exam_period`, `education_break`, `inventory`.
    public var source: TemplateValue
    /// Flags: the phases it keeps out, `pilot`, `wave`, `cut_over`.
    public var blocks: TemplateValue
    public var id: String
    public var from: TemplateValue
    public var to: TemplateValue
    /// The calendar's name in the plan's language, or the inventory's reason; escaped.
    public var name: String?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "source": return .of(source)
        case "id": return .of(id)
        case "is": return .of(IDMatcher(id))
        case "from": return .of(from)
        case "to": return .of(to)
        case "name": return .of(name)
        case "blocks": return .of(blocks)
        default: return nil
        }
    }
}

/// Non-working days inside the plan.
public struct HolidayView: TemplateObject {
    public var from: TemplateValue
    public var to: TemplateValue
    /// One day only.
    public var single: Bool
    /// Flags: the break id (`new_year_holidays`, `may_holidays`), when it is one.
    public var breakID: TemplateValue?
    /// Holiday ids inside.
    public var holidays: [Listed<NameView>]

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "from": return .of(from)
        case "to": return .of(to)
        case "single": return .of(single)
        case "breakID": return .of(breakID)
        case "holidays": return .of(holidays)
        default: return nil
        }
    }
}
