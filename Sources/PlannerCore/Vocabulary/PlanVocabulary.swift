/// Every id a `MigrationPlan` can hold in a checklist item, a risk kind or a mitigation, so
/// a template set can be checked for words for each (Docs/Planning.md lists their
/// parameters). A test keeps these lists and the planner in step.
public enum PlanVocabulary {
    /// Checklist item ids, by phase kind, in the order the planner emits them.
    public static let checklistIDs: [PhaseKind: [String]] = [
        .preparation: [
            "project-team", "interim-use", "contract-gap", "old-service-notice", "legal-task", "market-research",
            "requirements-review", "procurement-exception", "interim-service",
            "vendor-questions", "procurement-justification", "procurement-44fz", "procurement-223fz",
            "procurement-direct", "procurement-regime", "server-sizing", "server-hardware", "server-install",
            "server-backup",
            "security-update", "directory-ldap", "directory-sso", "announcement-plan",
        ],
        .pilot: [
            "pilot-group", "pilot-moodle", "pilot-outlook", "pilot-calendar", "pilot-room-systems", "pilot-verify",
            "pilot-workarounds", "pilot-criteria", "pilot-decision", "legal-task",
        ],
        .wave: [
            "wave-accounts", "wave-clients", "wave-training", "wave-room-systems", "wave-meetings", "wave-announcement",
        ],
        .parallelRun: ["parallel-support", "old-service-export", "parallel-old-service-limited", "legal-task"],
        .cutOver: [
            "cutover-announcement", "cutover-links", "cutover-default-client", "cutover-rollback-ready", "legal-task",
        ],
        .decommissioning: ["account-close", "data-deletion", "clients-uninstall", "legal-task"],
    ]

    /// The steps that need the old service to be running: when its contract ends before their
    /// phase, they move to an earlier one and are due by the contract's end (Docs/Planning.md §7).
    public static let oldServiceIDs: Set<String> = ["old-service-export", "account-close", "data-deletion"]

    /// Every checklist item id, phase by phase in plan order.
    public static var allChecklistIDs: [String] {
        PhaseKind.allCases.flatMap { checklistIDs[$0] ?? [] }
    }

    /// Risk kinds (`Risk.kind`), sorted.
    public static let riskKinds: [String] = [
        "advisory", "calendar-unverified", "contract-end", "deadline-miss", "deadline-tight", "gap",
        "no-eligible-product", "on-premises-single-point", "recordings-export-window", "recordings-move",
        "room-systems-no-sip", "staff-load", "unknown-facts",
    ]

    /// Mitigation step ids (`Risk.mitigations`), sorted.
    public static let mitigationIDs: [String] = [
        "add-it-staff", "agree-new-deadline", "apply-workaround", "ask-vendor-fixed-version", "ask-vendor-in-writing",
        "ask-vendor-roadmap", "backup-and-restore-test", "bridge-period", "champions-per-site",
        "check-production-calendar", "export-recordings-before-contract-end", "export-recordings-during-parallel-run",
        "gateway-or-replace-endpoints", "install-fixed-version-before-pilot", "keep-buffer",
        "keep-only-needed-recordings", "market-research", "merge-waves", "monitor-server-integrity",
        "move-critical-users-first", "procurement-exception", "put-in-tender-specification",
        "rerun-with-updated-catalog",
        "restrict-admin-access", "restrict-network-until-fixed", "review-requirements", "self-service-guides",
        "separate-admin-network",
        "start-procurement-now", "vendor-implementation-service", "verify-export-checksums", "verify-on-pilot",
        "verify-room-systems-on-pilot", "verify-update-path",
    ]
}
