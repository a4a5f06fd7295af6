/// The checklist items of each phase: ids the templates turn into `- [ ]` lines and the data
/// those lines name. An item appears only when the inventory or the target calls for it
/// (no LDAP step for an organization without a directory). Item ids are listed in
/// Docs/Planning.md. A step a plan has once per service or site names it as its subject, so
/// that its task id (`account-close:zoom`) stays the same when other services or sites come
/// or go; a step about the target product names the product, so that a tick on "install X"
/// does not carry over to "install Y".
enum Checklists {
    static func method(_ kind: MigrationPath.Kind, _ facts: PlanFacts) -> PlanValue {
        .text(facts.migrationPaths.first { $0.kind == kind }?.method.rawValue ?? "unknown")
    }

    static func preparation(
        inventory: Inventory, target: Product?, regime: ProcurementRegime?, facts: PlanFacts, gaps: [FeatureGap],
        questions: [VendorQuestion]
    ) -> [ChecklistItem] {
        let organization = inventory.organization
        var items = [
            ChecklistItem(
                "project-team",
                [
                    PlanParameter("itStaff", .int(organization.itStaff)),
                    PlanParameter("users", .int(organization.users)),
                    PlanParameter("sites", .int(organization.sites.count)),
                ])
        ]
        guard let target else {
            items.append(
                ChecklistItem("market-research", [PlanParameter("services", .list(inventory.services.map(\.product)))]))
            items.append(
                ChecklistItem(
                    "requirements-review",
                    [
                        PlanParameter("must", .list(inventory.requirements.must.map(\.expression)))
                    ]))
            if regime?.regulated == true {
                items.append(
                    ChecklistItem("procurement-exception", [PlanParameter("law", .text(organization.procurement))]))
            }
            items.append(
                ChecklistItem(
                    "interim-service",
                    [
                        PlanParameter("services", .list(inventory.services.map(\.product))),
                        PlanParameter("latestContractEnd", facts.latestContractEnd.map { .date($0) } ?? .text("")),
                    ]))
            return items
        }
        if !questions.isEmpty {
            items.append(
                ChecklistItem(
                    "vendor-questions",
                    [
                        PlanParameter("capabilities", .list(questions.map(\.capability))),
                        PlanParameter("product", .text(target.id)),
                    ], subjects: [target.id]))
        }
        var procurement: [PlanParameter] = [
            PlanParameter("law", .text(organization.procurement)),
            PlanParameter("product", .text(target.id)),
            PlanParameter("users", .int(organization.users)),
        ]
        if let listed = facts.registryListed { procurement.append(PlanParameter("registryListed", .bool(listed))) }
        if let number = facts.registryNumber { procurement.append(PlanParameter("registryNumber", .text(number))) }
        if facts.needsServerSizing {
            // Before the purchase, since the specification's volumes and the servers' own purchase
            // follow from it. The servers carry what the licences are counted for (the peak or
            // the must, whichever is larger): the sizing and the licence count name one figure.
            let peak = inventory.services.compactMap(\.usage.peakParticipants).max() ?? 0
            let needs = LicenceNeeds(inventory)
            items.append(
                ChecklistItem(
                    "server-sizing",
                    [
                        PlanParameter("users", .int(organization.users)),
                        PlanParameter("peakParticipants", .int(peak)),
                        PlanParameter("meetingParticipants", .int(needs.meetingParticipants)),
                        PlanParameter("webinarAttendees", .int(needs.webinarAttendees)),
                        PlanParameter("roomSystems", .int(facts.roomSystems)),
                        PlanParameter("recordingsGB", .number(facts.recordingsGB)),
                        PlanParameter("sites", .int(organization.sites.count)),
                    ]))
            items.append(
                ChecklistItem("server-hardware", [PlanParameter("regulated", .bool(regime?.regulated == true))]))
        }
        // The regime's own procurement steps, in the order its catalog entry gives them.
        items += (regime?.checklist ?? []).map { ChecklistItem($0, procurement) }
        let exploited = target.advisories.filter(\.exploited)
        let securityUpdate =
            exploited.isEmpty
            ? nil
            : ChecklistItem(
                "security-update",
                [
                    PlanParameter("advisories", .list(exploited.map(\.id))),
                    // Each fix line once (three advisories may share one); which fixes what
                    // is in the recommendation's list of advisories.
                    PlanParameter("fixedIn", .list(exploited.compactMap(\.fixedIn).uniqued())),
                    PlanParameter("fixUnknown", .bool(exploited.contains { $0.fixedIn == nil })),
                ])
        if facts.needsServerSizing {
            // The fixed version before the server is installed and opened to other networks.
            if let securityUpdate { items.append(securityUpdate) }
            items.append(
                ChecklistItem(
                    "server-install",
                    [
                        PlanParameter("product", .text(target.id)),
                        PlanParameter("exploited", .bool(!exploited.isEmpty)),
                    ], subjects: [target.id]))
            items.append(ChecklistItem("server-backup", []))
        } else if let securityUpdate {
            items.append(securityUpdate)
        }
        if facts.needsLDAP {
            items.append(ChecklistItem("directory-ldap", [PlanParameter("method", method(.importUsers, facts))]))
        }
        if facts.needsSSO { items.append(ChecklistItem("directory-sso", [])) }
        items.append(ChecklistItem("announcement-plan", [PlanParameter("users", .int(organization.users))]))
        return items
    }

    static func pilot(facts: PlanFacts, gaps: [FeatureGap], site: String) -> [ChecklistItem] {
        var items = [
            ChecklistItem(
                "pilot-group",
                [
                    PlanParameter("users", .int(facts.pilotUsers)),
                    PlanParameter("site", .text(site)),
                ])
        ]
        if facts.hasMoodle { items.append(ChecklistItem("pilot-moodle", [])) }
        if facts.hasOutlook { items.append(ChecklistItem("pilot-outlook", [])) }
        if facts.hasCalendar { items.append(ChecklistItem("pilot-calendar", [])) }
        if facts.pilotCriteria.roomSystemsConnected > 0 {
            items.append(
                ChecklistItem(
                    "pilot-room-systems", [PlanParameter("roomSystems", .int(facts.pilotCriteria.roomSystemsConnected))]
                ))
        }
        let verify = gaps.filter { $0.status == .toVerify }.map(\.capability)
        if !verify.isEmpty {
            items.append(ChecklistItem("pilot-verify", [PlanParameter("capabilities", .list(verify))]))
        }
        let missing = gaps.filter { $0.status == .missing }.map(\.capability)
        if !missing.isEmpty {
            items.append(ChecklistItem("pilot-workarounds", [PlanParameter("capabilities", .list(missing))]))
        }
        items.append(
            ChecklistItem(
                "pilot-criteria",
                [
                    PlanParameter("meetingsWithoutFailure", .int(facts.pilotCriteria.meetingsWithoutFailure)),
                    PlanParameter("successfulJoinPercent", .int(facts.pilotCriteria.successfulJoinPercent)),
                    PlanParameter("satisfiedUsersPercent", .int(facts.pilotCriteria.satisfiedUsersPercent)),
                ]))
        items.append(ChecklistItem("pilot-decision", []))
        return items
    }

    /// The steps every rollout wave takes, said once for all the waves (the plan shows a table
    /// of the waves beside them). Their task ids name no site: a step is done when every wave
    /// has done it, so the list stays the same when sites come or go.
    static func waves(_ waves: [Wave], facts: PlanFacts) -> [ChecklistItem] {
        let users = waves.reduce(0) { $0 + $1.users }
        let rooms = waves.reduce(0) { $0 + $1.roomSystems }
        let count = PlanParameter("waves", .int(waves.count))
        var items = [
            ChecklistItem(
                "wave-accounts",
                [PlanParameter("users", .int(users)), PlanParameter("method", method(.importUsers, facts)), count]),
            ChecklistItem("wave-clients", [PlanParameter("users", .int(users)), count]),
            ChecklistItem("wave-training", [PlanParameter("users", .int(users)), count]),
        ]
        if rooms > 0 {
            items.append(
                ChecklistItem(
                    "wave-room-systems",
                    [
                        PlanParameter("roomSystems", .int(rooms)),
                        PlanParameter(
                            "targetConnects", facts.targetConnectsRoomSystems.map { .bool($0) } ?? .text("unknown")),
                        count,
                    ]))
        }
        items.append(ChecklistItem("wave-meetings", [PlanParameter("method", method(.importMeetings, facts)), count]))
        items.append(ChecklistItem("wave-announcement", [count]))
        return items
    }

    /// The parallel run's own steps; the export of each old service is added with its due date
    /// (`OldServiceTasks`).
    static func parallelRun(inventory: Inventory, facts: PlanFacts) -> [ChecklistItem] {
        [
            ChecklistItem("parallel-support", [PlanParameter("users", .int(facts.users))]),
            ChecklistItem(
                "parallel-old-service-limited", [PlanParameter("services", .list(inventory.services.map(\.product)))]),
        ]
    }

    static func cutOver(inventory: Inventory, facts: PlanFacts) -> [ChecklistItem] {
        var items = [ChecklistItem("cutover-announcement", [PlanParameter("users", .int(facts.users))])]
        var links: [String] = []
        if facts.hasMoodle { links.append("moodle") }
        if facts.hasOutlook { links.append("outlook") }
        if facts.hasCalendar { links.append("calendar") }
        items.append(ChecklistItem("cutover-links", [PlanParameter("integrations", .list(links))]))
        items.append(ChecklistItem("cutover-default-client", []))
        // `fallback`: the services still under contract on the cut-over's last day, which a
        // rollback can return to (`OldServiceTasks` narrows it).
        items.append(
            ChecklistItem(
                "cutover-rollback-ready", [PlanParameter("fallback", .list(inventory.services.map(\.product)))]))
        return items
    }

    /// Each step a rule in force asks of the organization (`legal-task`, with the rule id and
    /// the task's number), in the first phase of its kind: in preparation right after the project
    /// team (what the law asks comes before buying), elsewhere at the end. A task of a phase the
    /// plan lacks (no pilot when nothing is eligible) is left out.
    static func adding(_ tasks: [PlanChoice.LegalTask], to phases: [Phase]) -> [Phase] {
        var phases = phases
        var insertedInPreparation = 0
        for task in tasks {
            guard let index = phases.firstIndex(where: { $0.kind == task.phase }) else { continue }
            let item = ChecklistItem(
                "legal-task", [PlanParameter("rule", .text(task.rule)), PlanParameter("task", .int(task.index + 1))],
                subjects: [task.rule, String(task.index + 1)])
            if task.phase == .preparation {
                let position = min(1 + insertedInPreparation, phases[index].checklist.count)
                phases[index].checklist.insert(item, at: position)
                insertedInPreparation += 1
            } else {
                phases[index].checklist.append(item)
            }
        }
        return phases
    }

    /// Closing each old service's account and deleting its data, then removing its clients.
    /// The notice of non-renewal and the export come earlier (`OldServiceTasks`).
    static func decommissioning(inventory: Inventory, facts: PlanFacts) -> [ChecklistItem] {
        var items: [ChecklistItem] = []
        for service in inventory.services {
            var parameters = [PlanParameter("service", .text(service.product))]
            if let contractEnd = service.contractEnd {
                parameters.append(PlanParameter("contractEnd", .date(contractEnd)))
            }
            items.append(ChecklistItem("account-close", parameters, subjects: [service.product]))
            items.append(ChecklistItem("data-deletion", parameters, subjects: [service.product]))
        }
        items.append(ChecklistItem("clients-uninstall", [PlanParameter("users", .int(facts.users))]))
        return items
    }
}
