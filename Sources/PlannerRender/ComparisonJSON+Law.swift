import PlannerCore

/// The legal keys of `plan compare --format json` added by revision 2 (issue #10): the
/// procurement regime and every rule in force with the citation and advice that hold for this
/// organization, so that a rule met by every product is still visible to a reader or a test.
extension ComparisonJSON {
    /// `{regime, name, country, regulated, defaulted, confidence}`: the regime the organization
    /// buys under, and whether it was inferred from country and ownership.
    static func procurement(_ assessment: Assessment) -> JSONValue {
        let standing = assessment.procurement
        let regime = standing.regime
        return .object([
            ("regime", .string(regime?.id ?? assessment.organization.procurement)),
            ("name", .string(regime?.name.en)),
            ("country", .string(regime?.country)),
            ("regulated", .bool(standing.regulated)),
            ("defaulted", .bool(standing.defaulted)),
            ("confidence", .string(regime?.confidence.rawValue)),
        ])
    }

    /// One entry per rule in force, by id: severity and effect on the date, the dates, whether
    /// the research confirms it applies (`applies`: `yes` or `check`), the purposes it reaches,
    /// and the citation and advice chosen for this organization.
    static func rulesInForce(_ assessment: Assessment) -> JSONValue {
        .array(
            assessment.rulesInForce.map { entry in
                let rule = entry.rule
                var reached: JSONValue = .null
                switch entry.reach {
                case .organization: reached = .null
                case .purposes(let purposes, _): reached = .strings(purposes.map(\.rawValue))
                case .purposesUnstated: reached = .null
                case .notReached: reached = .array([])
                }
                return .object([
                    ("id", .string(rule.id)),
                    ("severity", .string(entry.severity.rawValue)),
                    ("effect", .string(rule.effect.rawValue)),
                    ("confidence", .string(rule.confidence.rawValue)),
                    ("applies", .string(entry.scope == .confirmed ? "yes" : "check")),
                    ("effective_from", .date(rule.effectiveFrom)),
                    ("effective_until", .date(rule.effectiveUntil)),
                    ("purposes", rule.purposes.map { .strings($0.map(\.rawValue)) } ?? .null),
                    ("purposes_reached", reached),
                    (
                        "citation",
                        .object([
                            ("title", .string(entry.wording.citation.title)),
                            ("url", .string(entry.wording.citation.url)),
                        ])
                    ),
                    (
                        "advice",
                        entry.wording.advice.map { .object([("ru", .string($0.ru)), ("en", .string($0.en))]) } ?? .null
                    ),
                    ("tasks", .int(entry.addsTasks ? rule.tasks.count : 0)),
                ])
            })
    }

    /// What a product may not be used for: one entry per broken purpose-scoped blocker.
    static func excludedFor(_ option: OptionAssessment, say: ReportWords) -> JSONValue {
        .array(option.limits.map { blocker($0, say: say) })
    }

    /// The purposes a check reaches, added to a blocker, condition or warning of a rule that
    /// names purposes.
    static func purposes(_ check: RuleCheck) -> [(String, JSONValue)] {
        check.purposes.isEmpty ? [] : [("purposes", .strings(check.purposes.map(\.rawValue)))]
    }
}
