/// Builds the risk register from the plan's data. Each risk is one small, named check below:
/// it fires on data, computes likelihood and impact from numbers, and records those numbers
/// as parameters. Risk ids and mitigation ids are listed in Docs/Planning.md; the templates
/// hold the words.
enum RiskRegister {
    struct Context {
        let inventory: Inventory
        let target: Product?
        let deployment: Deployment?
        let facts: PlanFacts
        let gaps: [FeatureGap]
        let questions: [VendorQuestion]
        let warnings: [ScheduleWarning]
        let cutOver: CalendarDate?
        let decommissioningEnd: CalendarDate?
        let calendar: CalendarSummary
        let usage: UsageSummary
        let assumptions: PlanningAssumptions
        let days: WorkingDays
    }

    static func risks(
        inventory: Inventory, target: Product?, deployment: Deployment?, facts: PlanFacts,
        gaps: [FeatureGap], questions: [VendorQuestion], warnings: [ScheduleWarning],
        cutOver: CalendarDate?, decommissioningEnd: CalendarDate?, calendar: CalendarSummary,
        usage: UsageSummary, assumptions: PlanningAssumptions, days: WorkingDays
    ) -> [Risk] {
        let context = Context(
            inventory: inventory, target: target, deployment: deployment, facts: facts, gaps: gaps,
            questions: questions, warnings: warnings, cutOver: cutOver,
            decommissioningEnd: decommissioningEnd, calendar: calendar, usage: usage,
            assumptions: assumptions, days: days)
        var risks: [Risk] = []
        risks += noEligibleProduct(context)
        risks += deadline(context)
        risks += contractEnds(context)
        risks += recordingsWindow(context)
        risks += featureGaps(context)
        risks += unknownFacts(context)
        risks += advisories(context)
        risks += onPremisesSinglePoint(context)
        risks += roomSystems(context)
        risks += recordings(context)
        risks += staffLoad(context)
        risks += calendarUnverified(context)
        return risks.sorted { ($1.exposure, $1.severity, $0.id) < ($0.exposure, $0.severity, $1.id) }
    }

    /// Nothing in the catalog is eligible: the organization cannot buy a replacement as is.
    static func noEligibleProduct(_ c: Context) -> [Risk] {
        guard c.target == nil else { return [] }
        var parameters = [
            PlanParameter("law", .text(c.inventory.organization.procurement)),
            PlanParameter("services", .list(c.inventory.services.map(\.product))),
        ]
        if let deadline = c.inventory.organization.deadline {
            parameters.append(PlanParameter("deadline", .date(deadline)))
        }
        return [
            Risk(
                id: "no-eligible-product", kind: "no-eligible-product", category: .legal, likelihood: .high,
                impact: .high, parameters: parameters,
                mitigations: [
                    "review-requirements", "market-research", "procurement-exception", "rerun-with-updated-catalog",
                ])
        ]
    }

    /// The cut-over comes after the deadline (high), or less than two weeks before it (medium).
    static func deadline(_ c: Context) -> [Risk] {
        guard let deadline = c.inventory.organization.deadline, let cutOver = c.cutOver else { return [] }
        if let warning = c.warnings.first(where: { $0.kind == .deadlineMiss }) {
            return [
                Risk(
                    id: "deadline-miss", kind: "deadline-miss", category: .schedule, likelihood: .high, impact: .high,
                    parameters: [
                        PlanParameter("deadline", .date(deadline)), PlanParameter("cutOver", .date(cutOver)),
                        PlanParameter("gapDays", .int(warning.gapDays)),
                        PlanParameter("gapWorkingDays", .int(warning.gapWorkingDays)),
                    ],
                    mitigations: ["start-procurement-now", "add-it-staff", "merge-waves", "agree-new-deadline"])
            ]
        }
        let slack = c.days.count(from: cutOver.adding(days: 1), through: deadline)
        guard slack < 10 else { return [] }
        return [
            Risk(
                id: "deadline-tight", kind: "deadline-tight", category: .schedule, likelihood: .medium, impact: .high,
                parameters: [
                    PlanParameter("deadline", .date(deadline)), PlanParameter("cutOver", .date(cutOver)),
                    PlanParameter("slackWorkingDays", .int(slack)),
                ],
                mitigations: ["start-procurement-now", "keep-buffer"])
        ]
    }

    /// A service's contract ends before the cut-over: users lose it before the target is ready.
    static func contractEnds(_ c: Context) -> [Risk] {
        c.warnings.filter { $0.kind == .contractEnd }.map { warning in
            let service = warning.service ?? ""
            return Risk(
                id: "contract-end-\(service)", kind: "contract-end", category: .schedule, likelihood: .high,
                impact: warning.gapWorkingDays > 20 ? .high : .medium,
                parameters: [
                    PlanParameter("service", .text(service)), PlanParameter("contractEnd", .date(warning.date)),
                    PlanParameter("cutOver", .date(warning.cutOver)), PlanParameter("gapDays", .int(warning.gapDays)),
                    PlanParameter("gapWorkingDays", .int(warning.gapWorkingDays)),
                ],
                mitigations: ["export-recordings-before-contract-end", "bridge-period", "move-critical-users-first"])
        }
    }

    /// A contract ends after the cut-over but before decommissioning is done, while recordings
    /// are still to be exported: the export must finish before the account closes.
    static func recordingsWindow(_ c: Context) -> [Risk] {
        guard let cutOver = c.cutOver, let end = c.decommissioningEnd else { return [] }
        return c.inventory.services.compactMap { service in
            guard let contractEnd = service.contractEnd, cutOver <= contractEnd, contractEnd < end,
                let gb = service.usage.recordingsGB, gb > 0
            else { return nil }
            return Risk(
                id: "recordings-export-window-\(service.product)", kind: "recordings-export-window", category: .data,
                likelihood: .medium, impact: gb >= 50 ? .high : .medium,
                parameters: [
                    PlanParameter("service", .text(service.product)), PlanParameter("contractEnd", .date(contractEnd)),
                    PlanParameter("recordingsGB", .number(gb)), PlanParameter("decommissioningEnd", .date(end)),
                ],
                mitigations: ["export-recordings-during-parallel-run"])
        }
    }

    /// A feature used today that the target lacks (likely) or may lack (possible). Impact
    /// follows the inventory's weight for it: a must or want 4–5 is high, want 1 is low.
    static func featureGaps(_ c: Context) -> [Risk] {
        guard let target = c.target else { return [] }
        return c.gaps.map { gap in
            let likelihood: RiskLevel
            switch (gap.status, FeatureGapFinder.knowledge(of: gap.capability, in: target)) {
            case (.missing, _): likelihood = .high
            case (_, .unconfirmed): likelihood = .low
            default: likelihood = .medium
            }
            var impact = RiskLevel.medium
            if c.inventory.requirements.must.contains(where: { $0.capability == gap.capability }) {
                impact = .high
            } else if let want = c.inventory.requirements.want.first(where: { $0.capability == gap.capability }) {
                impact = want.weight >= 4 ? .high : want.weight <= 1 ? .low : .medium
            }
            var parameters = [
                PlanParameter("capability", .text(gap.capability)),
                PlanParameter("status", .text(gap.status.rawValue)),
                PlanParameter("services", .list(gap.services)),
                PlanParameter("workaround", .bool(gap.workaround != nil)),
            ]
            if let needed = gap.needed { parameters.append(PlanParameter("needed", .number(needed))) }
            if let available = gap.available { parameters.append(PlanParameter("available", .number(available))) }
            var mitigations: [String] = []
            if gap.status == .toVerify { mitigations.append("verify-on-pilot") }
            if gap.workaround != nil { mitigations.append("apply-workaround") }
            if gap.status == .missing { mitigations.append("ask-vendor-roadmap") }
            return Risk(
                id: "gap-\(gap.capability)", kind: "gap", category: .feature, likelihood: likelihood,
                impact: impact, parameters: parameters, mitigations: mitigations)
        }
    }

    /// Requirements the catalog cannot answer for the target.
    static func unknownFacts(_ c: Context) -> [Risk] {
        guard !c.questions.isEmpty else { return [] }
        let musts = c.questions.filter { $0.origin == .must }
        return [
            Risk(
                id: "unknown-facts", kind: "unknown-facts", category: .unknown,
                likelihood: musts.isEmpty ? .low : .medium, impact: musts.isEmpty ? .medium : .high,
                parameters: [
                    PlanParameter("count", .int(c.questions.count)),
                    PlanParameter("mustCount", .int(musts.count)),
                    PlanParameter("capabilities", .list(c.questions.map(\.capability))),
                ],
                mitigations: ["ask-vendor-in-writing", "put-in-tender-specification", "verify-on-pilot"])
        ]
    }

    /// A vulnerability of the target exploited in the wild: install the fixed version before
    /// the pilot, check that the update path itself is sound, restrict admin access.
    static func advisories(_ c: Context) -> [Risk] {
        guard let target = c.target else { return [] }
        return target.advisories.filter(\.exploited).map { advisory in
            var parameters = [
                PlanParameter("advisory", .text(advisory.id)), PlanParameter("product", .text(target.id)),
            ]
            if let cvss = advisory.cvss { parameters.append(PlanParameter("cvss", .number(cvss))) }
            parameters.append(PlanParameter("fixedIn", .text(advisory.fixedIn ?? "")))
            if let published = advisory.published { parameters.append(PlanParameter("published", .date(published))) }
            // Known only from a relayed copy (a digest, a mirror of the vendor's bulletin): said.
            parameters.append(PlanParameter("secondary", .bool(advisory.provenance.isSecondary)))
            var mitigations = advisory.fixedIn == nil ? ["ask-vendor-fixed-version"] : []
            // The exploited flaws need no login, only the network: closing it is the stopgap.
            mitigations += [
                "install-fixed-version-before-pilot", "verify-update-path", "restrict-network-until-fixed",
                "restrict-admin-access",
            ]
            return Risk(
                id: "advisory-\(advisory.id)", kind: "advisory", category: .security, likelihood: .high,
                impact: (advisory.cvss ?? 10) >= 7 ? .high : .medium, parameters: parameters,
                mitigations: mitigations, severity: advisory.cvss ?? 10)
        }
    }

    /// An on-premises server is one point whose compromise reaches every client it updates.
    static func onPremisesSinglePoint(_ c: Context) -> [Risk] {
        guard c.deployment == .onPremises, let target = c.target else { return [] }
        let exploited = target.advisories.contains(where: \.exploited)
        return [
            Risk(
                id: "on-premises-single-point", kind: "on-premises-single-point", category: .architecture,
                likelihood: exploited ? .medium : .low, impact: .high,
                parameters: [
                    PlanParameter("product", .text(target.id)), PlanParameter("users", .int(c.facts.users)),
                    PlanParameter("sites", .int(c.facts.sites)), PlanParameter("exploitedAdvisories", .bool(exploited)),
                ],
                mitigations: (exploited ? ["restrict-network-until-fixed"] : []) + [
                    "restrict-admin-access", "separate-admin-network", "monitor-server-integrity",
                    "backup-and-restore-test",
                ])
        ]
    }

    /// Room systems the target may not connect (no confirmed SIP or H.323).
    static func roomSystems(_ c: Context) -> [Risk] {
        guard let target = c.target, c.facts.roomSystems > 0, c.facts.targetConnectsRoomSystems != true else {
            return []
        }
        let sip = FeatureGapFinder.knowledge(of: "interop.sip", in: target)
        let h323 = FeatureGapFinder.knowledge(of: "interop.h323", in: target)
        func text(_ k: FeatureGapFinder.Knowledge) -> PlanValue {
            switch k {
            case .confirmedTrue: return .text("true")
            case .confirmedFalse: return .text("false")
            case .unconfirmed: return .text("unconfirmed")
            default: return .text("unknown")
            }
        }
        return [
            Risk(
                id: "room-systems-no-sip", kind: "room-systems-no-sip", category: .interoperability,
                likelihood: c.facts.targetConnectsRoomSystems == false ? .high : .medium,
                impact: c.facts.roomSystems >= 5 ? .high : .medium,
                parameters: [
                    PlanParameter("roomSystems", .int(c.facts.roomSystems)),
                    PlanParameter("sip", text(sip)), PlanParameter("h323", text(h323)),
                ],
                mitigations: ["verify-room-systems-on-pilot", "gateway-or-replace-endpoints"])
        ]
    }

    /// Recordings to move: likely trouble without an import path, costly when large.
    static func recordings(_ c: Context) -> [Risk] {
        let gb = c.usage.recordingsGB
        guard gb > 0 else { return [] }
        let method = c.facts.migrationPaths.first { $0.kind == .importRecordings }?.method
        let likelihood: RiskLevel
        switch method {
        case .api?, .csv?: likelihood = .low
        case .none?: likelihood = .high
        default: likelihood = .medium
        }
        return [
            Risk(
                id: "recordings-move", kind: "recordings-move", category: .data, likelihood: likelihood,
                impact: gb >= 500 ? .high : gb >= 50 ? .medium : .low,
                parameters: [
                    PlanParameter("recordingsGB", .number(gb)),
                    PlanParameter("method", .text(method?.rawValue ?? "unknown")),
                    PlanParameter(
                        "exportDays", .int(MigrationPlanner.recordingsExportDays(gb, assumptions: c.assumptions))),
                ],
                // A contract that ends before the cut-over leaves no parallel run to export in.
                mitigations: [
                    c.warnings.contains { $0.kind == .contractEnd }
                        ? "export-recordings-before-contract-end" : "export-recordings-during-parallel-run",
                    "keep-only-needed-recordings", "verify-export-checksums",
                ])
        ]
    }

    /// Many users per IT staff member (or none): support will not keep up during waves.
    static func staffLoad(_ c: Context) -> [Risk] {
        let organization = c.inventory.organization
        let threshold = c.assumptions.usersPerStaffWarning
        let perStaff = c.facts.usersPerITStaff
        guard organization.itStaff == 0 || perStaff >= threshold else { return [] }
        let likelihood: RiskLevel = organization.itStaff == 0 || perStaff >= 2 * threshold ? .high : .medium
        return [
            Risk(
                id: "staff-load", kind: "staff-load", category: .staffing, likelihood: likelihood, impact: .medium,
                parameters: [
                    PlanParameter("users", .int(organization.users)),
                    PlanParameter("itStaff", .int(organization.itStaff)),
                    PlanParameter("usersPerITStaff", .int(perStaff)), PlanParameter("threshold", .int(threshold)),
                ],
                mitigations: ["vendor-implementation-service", "champions-per-site", "self-service-guides"])
        ]
    }

    /// The plan's dates rely on years whose transfers of days off are not in the data.
    static func calendarUnverified(_ c: Context) -> [Risk] {
        guard !c.calendar.available || !c.calendar.transfersUnknown.isEmpty else { return [] }
        return [
            Risk(
                id: "calendar-unverified", kind: "calendar-unverified", category: .schedule, likelihood: .low,
                impact: .low,
                parameters: [
                    PlanParameter("country", .text(c.calendar.country)),
                    PlanParameter("calendarAvailable", .bool(c.calendar.available)),
                    PlanParameter("years", .list(c.calendar.transfersUnknown.map(String.init))),
                ],
                mitigations: ["check-production-calendar"])
        ]
    }
}
