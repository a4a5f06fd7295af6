/// What the technical specification (описание объекта закупки) states, decided from the
/// inventory and the assessment, product-neutral: the purposes the product is bought for,
/// the sizes, each requirement with the part of the specification it belongs to and how many
/// of the compared products the catalog confirms meet it, the clauses the rules in force ask
/// for, the licences to quote and the pilot's criteria for acceptance. It names no product:
/// the words come from `Catalog/capabilities.yaml` (`tender`) and the rules' `specification`.
public struct Specification: Sendable, Hashable {
    /// One requirement of the specification.
    public struct Requirement: Sendable, Hashable {
        /// Where the requirement comes from.
        public enum Basis: Sendable, Hashable {
            /// A must of the inventory: a product that fails it is excluded.
            case must
            /// A want of the inventory, with its weight 1–5.
            case want(weight: Int)
            /// A feature the services in use offer today, asked for by neither.
            case used
        }

        /// The capability id.
        public var capability: String
        /// The part of the specification it belongs to (`functions` when the catalog has no
        /// tender wording for it).
        public var section: TenderSection
        /// How the value is compared (a bool must be true; a number at least or at most).
        public var comparison: MustRequirement.Comparison
        public var basis: Basis
        /// Compared products the catalog confirms meet it.
        public var met: Int
        /// Compared products the catalog cannot tell (unknown or unconfirmed).
        public var unknown: Int
        /// The must's own bound when the organization's use needs more (a must of 300
        /// participants with meetings of 480 today): the requirement states the need, and this
        /// records what the inventory asked.
        public var raisedFrom: Double?

        /// True when at most one compared product can meet it (confirmed or not): such a
        /// requirement limits the purchase to one product and needs a recorded reason.
        public var narrow: Bool { met + unknown <= 1 }
        /// True when the catalog confirms it for one compared product at most, while others
        /// may meet it (unknown): the vendors' answers must show more do before it is kept.
        public var thinlyConfirmed: Bool { met <= 1 && !narrow }
        /// True for a must.
        public var isMust: Bool { basis == .must }
    }

    /// A clause a rule in force asks of the specification.
    public struct Clause: Sendable, Hashable {
        /// The rule's id.
        public var rule: String
        public var section: TenderSection
        public var text: LocalizedText
        /// The rule's citation for this organization.
        public var citation: Rule.Citation
        /// True when the research does not confirm that the rule applies to the organization,
        /// or the rule itself: the document says "check", never states it as settled.
        public var check: Bool
    }

    /// The organization's sizes the specification states.
    public struct Sizes: Sendable, Hashable {
        public var users: Int
        public var sites: Int
        /// The largest meeting today (usage), 0 when not stated.
        public var peakParticipants: Int
        /// The largest meeting the product must hold: the peak or the must, whichever is larger.
        public var meetingParticipants: Int
        /// The largest webinar, 0 when none.
        public var webinarAttendees: Int
        public var roomSystems: Int
        /// Gigabytes of recordings to keep, 0 when not stated.
        public var recordingsGB: Double
        /// Meetings a week over all services, 0 when not stated.
        public var meetingsPerWeek: Int
    }

    /// The uses the product is bought for, in vocabulary order; empty when the inventory
    /// states none.
    public var purposes: [Purpose]
    /// Uses the law keeps off the product bought (lessons at a school), in vocabulary order.
    public var excludedPurposes: [Purpose]
    /// The rules that keep those uses off it.
    public var purposeRules: [String]
    public var sizes: Sizes
    /// In section order; within a section musts, then wants, then features used, each in
    /// inventory order.
    public var requirements: [Requirement]
    /// In section order, then rule order.
    public var clauses: [Clause]
    /// What the licences must cover.
    public var licences: LicenceNeeds
    /// The pilot's success criteria, for acceptance; nil without a pilot.
    public var pilot: PilotCriteria?
    /// The day the plan's pilot starts: the rights and the software must be delivered, and
    /// the system installed, before it; nil without a pilot.
    public var readyBy: CalendarDate?
    /// On premises, the day the plan starts installing the server: the software is delivered
    /// by then, before the pilot (`MigrationPlan.serverInstallFrom`); nil in the cloud.
    public var installFrom: CalendarDate?
    /// The organization's sites (where the system is delivered), in inventory order.
    public var sites: [String] = []
    /// How many products the counts of `met` and `unknown` are out of: the ranked
    /// replacements of the primary category.
    public var compared: Int

    /// True when a must asks for the server side on the organization's own servers: the
    /// installation is then part of the delivery, and where a cloud keeps data is moot.
    public var onPremisesRequired: Bool {
        requirements.contains { $0.capability == "deployment.on_premises" && $0.isMust }
    }

    /// The sections that have a requirement or a clause, in order.
    public var sections: [TenderSection] {
        let used = Set(requirements.map(\.section) + clauses.map(\.section))
        return TenderSection.allCases.filter(used.contains)
    }

    /// The specification of an organization's purchase.
    public static func build(
        inventory: Inventory, assessment: Assessment, plan: MigrationPlan, catalog: Catalog
    ) -> Specification {
        let candidates: [Product] =
            assessment.primaryCategory.map { category in
                assessment.ranked(in: category).filter { !$0.inUse }.compactMap { catalog.product($0.product) }
            } ?? []
        var requirements: [Requirement] = []
        var seen: Set<String> = []
        let needs = LicenceNeeds(inventory)
        // The limits the licences are sized for: a must below today's use states the use.
        let used = [
            "meetings.max_participants": needs.meetingParticipants, "webinars.max_attendees": needs.webinarAttendees,
        ]
        func add(_ id: String, _ asked: MustRequirement.Comparison, _ basis: Requirement.Basis) {
            guard seen.insert(id).inserted else { return }
            let capability = catalog.capability(id)
            // A number capability without a required value is stated by the sizes instead.
            if capability?.kind == .number, case .isTrue = asked { return }
            var comparison = asked
            var raisedFrom: Double?
            if case .atLeast(let bound) = asked, let need = used[id], Double(need) > bound {
                comparison = .atLeast(Double(need))
                raisedFrom = bound
            }
            let must = MustRequirement(capability: id, comparison: comparison)
            let outcomes = candidates.map { CapabilityKnowledge.meets(must, $0).outcome }
            requirements.append(
                Requirement(
                    capability: id, section: capability?.tender?.section ?? .functions, comparison: comparison,
                    basis: basis, met: outcomes.filter { $0 == .met }.count,
                    unknown: outcomes.filter { $0 == .unknown }.count, raisedFrom: raisedFrom))
        }
        for must in inventory.requirements.must { add(must.capability, must.comparison, .must) }
        for want in inventory.requirements.want { add(want.capability, .isTrue, .want(weight: want.weight)) }
        for service in inventory.services {
            for feature in service.featuresUsed { add(feature, .isTrue, .used) }
        }
        let order = Dictionary(uniqueKeysWithValues: TenderSection.allCases.enumerated().map { ($1, $0) })
        requirements = requirements.enumerated().sorted { a, b in
            let (x, y) = (order[a.element.section] ?? 0, order[b.element.section] ?? 0)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)

        let recommended = assessment.primaryRecommendation?.product.flatMap(assessment.option)
        let excluded = recommended?.excludedFor ?? []
        let organizationPurposes = inventory.organization.purposes
        var purposeRules: [String] = []
        for check in recommended?.limits ?? [] where !purposeRules.contains(check.rule) {
            purposeRules.append(check.rule)
        }
        return Specification(
            purposes: Purpose.allCases.filter { organizationPurposes.contains($0) && !excluded.contains($0) },
            excludedPurposes: excluded, purposeRules: purposeRules, sizes: sizes(inventory),
            requirements: requirements, clauses: clauses(assessment, order: order),
            licences: LicenceNeeds(inventory), pilot: plan.phase("pilot") == nil ? nil : plan.facts.pilotCriteria,
            readyBy: plan.phase("pilot")?.start, installFrom: plan.serverInstallFrom,
            sites: inventory.organization.sites.map(\.name),
            compared: candidates.count)
    }

    static func sizes(_ inventory: Inventory) -> Sizes {
        let usage = inventory.services.map(\.usage)
        let needs = LicenceNeeds(inventory)
        return Sizes(
            users: inventory.organization.users, sites: inventory.organization.sites.count,
            peakParticipants: usage.compactMap(\.peakParticipants).max() ?? 0,
            meetingParticipants: needs.meetingParticipants, webinarAttendees: needs.webinarAttendees,
            roomSystems: inventory.organization.roomSystems,
            recordingsGB: usage.compactMap(\.recordingsGB).reduce(0, +),
            meetingsPerWeek: usage.compactMap(\.meetingsPerWeek).reduce(0, +))
    }

    static func clauses(_ assessment: Assessment, order: [TenderSection: Int]) -> [Clause] {
        var clauses: [Clause] = []
        for entry in assessment.rulesInForce {
            if case .notReached = entry.reach { continue }
            for clause in entry.rule.specification {
                clauses.append(
                    Clause(
                        rule: entry.rule.id, section: clause.section, text: clause.text,
                        citation: entry.wording.citation,
                        check: entry.scope == .toCheck || entry.rule.confidence == .unconfirmed))
            }
        }
        return clauses.enumerated().sorted { a, b in
            let (x, y) = (order[a.element.section] ?? 0, order[b.element.section] ?? 0)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }
}
