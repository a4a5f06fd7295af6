import PlannerCore

/// The view models of the timeline and the rollback: projections of the assessment and the plan.
extension PlanDocumentBuilder {
    func timelineView() -> TimelineView {
        let deadline = organization.deadline
        let contractEnd = inventory.services.compactMap(\.contractEnd).max()
        let phases = plan.phases.enumerated().map { phaseView($0.element, number: $0.offset + 1, deadline: deadline) }
        var sections: [GanttSectionView] = []
        for phase in phases {
            let section = Self.ganttSection(phase.kind.text)
            if let last = sections.last, last.section.text == section {
                sections[sections.count - 1].phases.append(Listed(element: phase, position: 0, count: 0))
            } else {
                sections.append(
                    GanttSectionView(section: choice(section), phases: [Listed(element: phase, position: 0, count: 0)]))
            }
        }
        for index in sections.indices {
            sections[index].phases = Listed.list(sections[index].phases.map(\.element))
        }
        let weeks = plan.weeksToCutOver.map { values.count($0) }
        let standing = plan.deadline(deadline)
        let met = standing?.met ?? false
        let margin = standing.map { values.count($0.marginDays) }
        let warnings = plan.warnings.map { warning in
            ScheduleWarningView(
                kind: choice(warning.kind.rawValue), date: values.date(warning.date),
                cutOver: values.date(warning.cutOver), gapDays: values.count(warning.gapDays),
                gapWorkingDays: values.count(warning.gapWorkingDays),
                service: warning.service.map(productName))
        }
        let holidays = plan.holidaysSkipped.map { span in
            HolidayView(
                from: values.date(span.from), to: values.date(span.to), single: span.from == span.to,
                breakID: span.breakID.map(choice),
                holidays: Listed.list(span.holidays.map { NameView(id: $0, name: esc($0)) }))
        }
        var timeline = TimelineView(
            phases: Listed.list(phases),
            ganttSections: Listed.list(sections),
            start: values.date(plan.firstDay),
            end: values.date(plan.end),
            cutOver: values.date(plan.cutOver),
            totalWorkingDays: values.count(plan.totalWorkingDays),
            weeks: weeks,
            deadline: values.date(deadline),
            deadlineMet: met,
            deadlineMargin: margin,
            latestContractEnd: values.date(contractEnd),
            warnings: Listed.list(warnings),
            shifts: Listed.list(plan.shifts.map(shiftView)),
            holidays: Listed.list(holidays),
            blackouts: Listed.list(plan.blackouts.map(blackoutView)),
            calendarAvailable: plan.calendar.available,
            calendarCountry: esc(plan.calendar.country),
            transfersUnknown: Listed.list(
                plan.calendar.transfersUnknown.map { NameView(id: String($0), name: String($0)) }),
            institution: plan.calendar.institution.map { choice($0.rawValue) })
        timeline.workSections = Listed.list(workSections(phases))
        return timeline
    }

    /// The work plan's sections: each phase in order, the waves gathered into one section
    /// (where the first wave stands) with the steps they share.
    func workSections(_ phases: [PhaseView]) -> [WorkSectionView] {
        let waves = phases.filter { $0.kind.flags.contains(Phase.Kind.wave.rawValue) }
        var sections: [WorkSectionView] = []
        for phase in phases {
            guard phase.kind.flags.contains(Phase.Kind.wave.rawValue) else {
                sections.append(WorkSectionView(phase: phase))
                continue
            }
            guard phase.id == waves.first?.id, let first = waves.first, let last = waves.last else { continue }
            let items = waves.flatMap { $0.checklist.map(\.element) }
            let shared = PlanVocabulary.checklistIDs[.wave] ?? []
            sections.append(
                WorkSectionView(
                    waves: WaveGroupView(
                        firstNumber: first.number, lastNumber: last.number, count: values.count(waves.count),
                        start: first.start, end: last.end, waves: Listed.list(waves),
                        checklist: items.filter { shared.contains($0.id) }.listed,
                        other: items.filter { !shared.contains($0.id) }.listed, keep: "phase-waves")))
        }
        return sections
    }

    static func ganttSection(_ kind: String) -> String {
        switch kind {
        case Phase.Kind.preparation.rawValue: return "preparation"
        case Phase.Kind.pilot.rawValue: return "pilot"
        case Phase.Kind.wave.rawValue: return "rollout"
        default: return "closing"
        }
    }

    static func ganttID(_ id: String) -> String {
        let mapped = id.unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                ? Character(scalar) : "_"
        }
        return "p_" + String(mapped)
    }

    func phaseView(_ phase: Phase, number: Int, deadline: CalendarDate?) -> PhaseView {
        let wave = phase.wave.map { wave in
            WaveView(
                number: values.count(wave.number), site: esc(wave.site),
                siteLabel: MarkdownText.mermaidLabel(wave.site), part: values.count(wave.part),
                parts: values.count(wave.parts), split: wave.parts > 1, users: values.count(wave.users),
                roomSystems: values.count(wave.roomSystems, zeroIsNull: true))
        }
        let checklist = phase.checklist.map { item in
            var p = parameters(item.parameters)
            p.values += legalTaskWords(item)
            return ChecklistItemView(
                id: item.id, taskID: item.taskID, p: p,
                template: coverage.template(TemplateCoverage.checklistFolder, item.id),
                due: values.date(item.due), ownDue: item.due.map { $0 != phase.end } ?? false)
        }
        let after = phase.after.map(Self.ganttID).joined(separator: " ")
        return PhaseView(
            id: phase.id, kind: choice(phase.kind.rawValue), number: values.count(number),
            start: values.date(phase.start), end: values.date(phase.end),
            endExclusive: values.date(phase.end.adding(days: 1)), workingDays: values.count(phase.workingDays),
            ganttID: Self.ganttID(phase.id), after: after.isEmpty ? nil : after, wave: wave,
            shifts: Listed.list(phase.shifts.map(shiftView)), checklist: Listed.list(checklist),
            p: parameters(phase.parameters), keep: "phase-" + Self.keepName(phase.id),
            late: deadline.map { phase.end > $0 } ?? false)
    }

    /// A phase id as a keep-block name (ids are slugs already; anything else becomes `-`).
    static func keepName(_ id: String) -> String {
        let mapped = id.lowercased().unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" ? Character(scalar) : "-"
        }
        return String(mapped)
    }

    func shiftView(_ shift: ScheduleShift) -> ShiftView {
        let wave = plan.phase(shift.phase)?.wave.map { wave in
            WaveView(
                number: values.count(wave.number), site: esc(wave.site),
                siteLabel: MarkdownText.mermaidLabel(wave.site),
                part: values.count(wave.part), parts: values.count(wave.parts), split: wave.parts > 1,
                users: values.count(wave.users), roomSystems: values.count(wave.roomSystems, zeroIsNull: true))
        }
        return ShiftView(
            phase: shift.phase, originalStart: values.date(shift.originalStart), newStart: values.date(shift.newStart),
            days: values.count(shift.days), blackout: blackoutView(shift.blackout), wave: wave)
    }

    func blackoutView(_ blackout: BlackoutPeriod) -> BlackoutView {
        BlackoutView(
            source: choice(blackout.source.rawValue),
            blocks: TemplateValue("", flags: TemplateValue.Flags(blackout.blocks.map(\.rawValue))),
            id: blackout.id, from: values.date(blackout.from),
            to: values.date(blackout.to), name: values.text(blackout.name) ?? values.text(blackout.reason))
    }

    func rollbackView(timeline: TimelineView) -> RollbackView {
        let current = inUseIDs.compactMap { assessment.option($0) }
        let excluded = current.contains { !$0.eligible }
        let ended = current.contains(where: \.serviceEnded)
        let phases = timeline.phases.map(\.element)
        let rollback = plan.rollback(inventory.services)
        func names(_ products: [String]) -> [Listed<NameView>] {
            products.map { NameView(id: $0, name: productName($0)) }.listed
        }
        var view = RollbackView(
            contractEndsBeforeCutOver: plan.warnings.contains { $0.kind == .contractEnd },
            pilotWithoutOldService: rollback.pilotWithoutOldService,
            currentExcluded: excluded, currentServiceEnded: ended,
            pilot: phases.first { $0.kind.flags.contains(Phase.Kind.pilot.rawValue) },
            parallelRun: phases.first { $0.kind.flags.contains(Phase.Kind.parallelRun.rawValue) },
            cutOver: phases.first { $0.kind.flags.contains(Phase.Kind.cutOver.rawValue) })
        view.fallback = names(rollback.fallback)
        view.ended = names(rollback.ended)
        view.barred = names(rollback.barred)
        return view
    }
}
