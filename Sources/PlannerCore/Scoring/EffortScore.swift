/// Effort: 100 minus the work the move takes, floor 0. Only what moves counts: a service that
/// stays on the product it uses today has no integrations to rebuild and no recordings to move.
public enum EffortScore {
    /// Per feature used today that the product lacks (confirmed).
    public static let missingFeature = 8.0
    /// Per feature used today the catalog cannot confirm: half of a missing one.
    public static let unknownFeature = 4.0
    /// Per integration used today (`integrations.*`) that must be set up again.
    public static let integrationToRebuild = 5.0
    /// Per SIP/H.323 room system when the product has neither `interop.sip` nor `interop.h323`
    /// (half when unknown), at most `roomSystemsCap`.
    public static let roomSystem = 3.0
    /// The most room systems can deduct.
    public static let roomSystemsCap = 15.0
    /// Gigabytes of recordings that cost one point to move (`usage.recordings_gb`).
    public static let gigabytesPerPoint = 20.0
    /// The most recordings can deduct.
    public static let recordingsCap = 10.0
    /// Users per IT staff member that cost one point (the load of the move on the team);
    /// no IT staff counts as the cap.
    public static let usersPerITStaffPerPoint = 20.0
    /// The most the IT load can deduct.
    public static let itLoadCap = 15.0

    /// What the effort score needs to know about the move to one product.
    public struct Move: Sendable {
        /// Features used today by the services in the product's category, unique, in order.
        public var featuresUsed: [String]
        /// Features used by services of other products (what must be rebuilt elsewhere).
        public var featuresMoving: [String]
        /// Recordings held by services of other products, in GB.
        public var recordingsGB: Double
        /// True when some service in the category moves off another product.
        public var migrates: Bool
        /// Features used with this very product today.
        public var evidence: Set<String>

        /// Creates a move.
        public init(
            featuresUsed: [String], featuresMoving: [String], recordingsGB: Double, migrates: Bool,
            evidence: Set<String>
        ) {
            self.featuresUsed = featuresUsed
            self.featuresMoving = featuresMoving
            self.recordingsGB = recordingsGB
            self.migrates = migrates
            self.evidence = evidence
        }
    }

    /// The effort score, one part per deduction.
    public static func score(_ product: Product, move: Move, organization: Organization) -> ScoreDetail {
        var parts: [ScorePart] = []
        for feature in move.featuresUsed {
            let finding = FitScore.offers(feature, product, evidence: move.evidence)
            switch finding.outcome {
            case .met: continue
            case .notMet:
                parts.append(
                    ScorePart(
                        key: "missing_feature:\(feature)",
                        reason: Reason(.effortMissingFeature, [PlanParameter("capability", .text(feature))]),
                        points: -missingFeature))
            case .unknown:
                parts.append(
                    ScorePart(
                        key: "unknown_feature:\(feature)",
                        reason: Reason(.effortUnknownFeature, [PlanParameter("capability", .text(feature))]),
                        points: -unknownFeature, facts: [feature], low: unknownFeature - missingFeature,
                        high: unknownFeature))
            }
        }
        for integration in move.featuresMoving where integration.hasPrefix("integrations.") {
            parts.append(
                ScorePart(
                    key: "integration:\(integration)",
                    reason: Reason(.effortIntegration, [PlanParameter("capability", .text(integration))]),
                    points: -integrationToRebuild))
        }
        parts += roomSystems(product, organization.roomSystems, evidence: move.evidence)
        if move.recordingsGB > 0 {
            let points = min(recordingsCap, move.recordingsGB / gigabytesPerPoint)
            parts.append(
                ScorePart(
                    key: "recordings",
                    reason: Reason(
                        .effortRecordings,
                        [
                            PlanParameter("gigabytes", .number(move.recordingsGB)),
                            PlanParameter("perPoint", .number(gigabytesPerPoint)),
                            PlanParameter("cap", .number(recordingsCap)),
                        ]),
                    points: -points))
        }
        if move.migrates {
            parts.append(itLoad(organization))
        }
        return .deductions(.effort, parts)
    }

    /// Room systems that cannot join: needs `interop.sip` or `interop.h323`.
    static func roomSystems(_ product: Product, _ count: Int, evidence: Set<String>) -> [ScorePart] {
        guard count > 0 else { return [] }
        let outcomes = ["interop.sip", "interop.h323"].map { FitScore.offers($0, product, evidence: evidence).outcome }
        if outcomes.contains(.met) { return [] }
        let known = outcomes.allSatisfy { $0 == .notMet }
        let each = known ? roomSystem : roomSystem / 2
        let points = min(known ? roomSystemsCap : roomSystemsCap / 2, each * Double(count))
        let reason = Reason(
            known ? .effortRoomSystems : .effortRoomSystemsUnknown,
            [
                PlanParameter("count", .int(count)), PlanParameter("each", .number(each)),
                PlanParameter("cap", .number(known ? roomSystemsCap : roomSystemsCap / 2)),
            ])
        if known { return [ScorePart(key: "room_systems", reason: reason, points: -points)] }
        let ifLacking = min(roomSystemsCap, roomSystem * Double(count))
        let unknownIDs = ["interop.sip", "interop.h323"].filter {
            FitScore.offers($0, product, evidence: evidence).outcome == .unknown
        }
        return [
            ScorePart(
                key: "room_systems", reason: reason, points: -points, facts: unknownIDs, low: points - ifLacking,
                high: points)
        ]
    }

    /// The load of the move on the IT team: users per IT staff member / 20, at most 15.
    static func itLoad(_ organization: Organization) -> ScorePart {
        guard organization.itStaff > 0 else {
            return ScorePart(
                key: "it_load", reason: Reason(.effortNoITStaff, [PlanParameter("cap", .number(itLoadCap))]),
                points: -itLoadCap)
        }
        let ratio = Double(organization.users) / Double(organization.itStaff)
        let points = min(itLoadCap, ratio / usersPerITStaffPerPoint)
        return ScorePart(
            key: "it_load",
            reason: Reason(
                .effortITLoad,
                [
                    PlanParameter("users", .int(organization.users)),
                    PlanParameter("itStaff", .int(organization.itStaff)),
                    PlanParameter("ratio", .number(TotalScore.rounded(ratio))),
                    PlanParameter("perPoint", .number(usersPerITStaffPerPoint)),
                    PlanParameter("cap", .number(itLoadCap)),
                ]),
            points: -points)
    }
}
