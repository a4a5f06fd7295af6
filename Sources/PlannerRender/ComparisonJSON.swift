import PlannerCore

/// `plan compare --format json`: the contract of docs/cli.md. Keys in the documented order;
/// keys added beyond the contract come after the documented ones of the same object.
public enum ComparisonJSON {
    /// The comparison as JSON; `products` limits the options shown (nil: all).
    public static func render(_ assessment: Assessment, products: [String]? = nil) -> JSONValue {
        let options = ComparisonSelection.options(assessment, products: products)
        return .object([
            (
                "organization",
                .object([
                    ("id", .string(assessment.organization.id)),
                    ("name", .string(assessment.organization.name)),
                    ("country", .string(assessment.organization.country)),
                ])
            ),
            ("as_of", .date(assessment.asOf)),
            (
                "weights",
                .object(
                    ScoreKind.allCases.map {
                        ($0.rawValue, .number(TotalScore.rounded($0.weight(in: assessment.weights))))
                    })
            ),
            ("options", .array(options.map(option))),
            ("robustness", .array(assessment.robustness.map(robustness))),
            ("recommendation", .array(assessment.recommendations.map(recommendation))),
            ("procurement", procurement(assessment)),
            ("rules_in_force", rulesInForce(assessment)),
        ])
    }

    /// One category's recommendation: the best replacement, the verdict, ties, the facts that
    /// could change the first place (largest swing first) and a product the law lets it keep.
    static func recommendation(_ recommendation: Recommendation) -> JSONValue {
        .object([
            ("category", .string(recommendation.category)),
            ("product", .string(recommendation.product)),
            ("verdict", .string(recommendation.verdict.rawValue)),
            ("tied_with", .strings(recommendation.tiedWith)),
            (
                "deciding_unknowns",
                .array(
                    recommendation.decidingUnknowns.map { entry in
                        .object([
                            ("product", .string(entry.product)),
                            ("fact", .string(entry.fact)),
                            ("swing", .number(TotalScore.rounded(entry.swing))),
                        ])
                    })
            ),
            ("stay", .string(recommendation.stay)),
            ("runner_up", .string(recommendation.runnerUp)),
            ("contenders", .strings(recommendation.contenders)),
        ])
    }

    /// One option: ranked ones carry scores and cost, excluded ones their blockers.
    static func option(_ option: OptionAssessment) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("product", .string(option.product)),
            ("name", .string(option.name)),
            ("category", .string(option.category)),
            ("status", .string(option.status.rawValue)),
            ("eligible", .bool(option.eligible)),
            ("rank", .int(option.rank)),
        ]
        if option.eligible {
            fields.append(("scores", scores(option.scores, range: option.range)))
        }
        fields.append(("blockers", .array(option.blockers.map(blocker))))
        fields.append(("conditions", .array(option.conditions.map(blocker))))
        fields.append(("warnings", .array(option.warnings.map(warning))))
        if option.eligible {
            fields.append(("unmet_wants", .strings(option.unmetWants)))
            fields.append(("unknown", .strings(option.unknown)))
            fields.append(("cost", cost(option.cost)))
            fields.append(("deployment", .string(option.deployment.rawValue)))
            fields.append(("unknown_facts", .array(option.unknownFacts.map(unknownFact))))
            fields.append(("licences", .array(option.licences.map(licence))))
        }
        fields.append(("in_use", .bool(option.inUse)))
        fields.append(("excluded_for", excludedFor(option)))
        return .object(fields)
    }

    /// `{fit, cost, effort, risk, total, range}`, one decimal; an unknown cost is null; the
    /// range is `{min, max}` of the total over the unknown facts.
    static func scores(_ scores: Scores, range: ScoreRange) -> JSONValue {
        .object([
            ("fit", rounded(scores.fit.value)),
            ("cost", rounded(scores.cost.value)),
            ("effort", rounded(scores.effort.value)),
            ("risk", rounded(scores.risk.value)),
            ("total", .number(scores.shownTotal)),
            (
                "range",
                .object([
                    ("min", .number(TotalScore.rounded(range.min))), ("max", .number(TotalScore.rounded(range.max))),
                ])
            ),
        ])
    }

    /// A blocker or condition: `{rule, message, source}`, plus the citation, and for a
    /// requirement the capability it names.
    static func blocker(_ check: RuleCheck) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("rule", .string(check.rule)),
            ("message", .string(check.message)),
            ("source", .string(check.source)),
            ("citation", .string(check.citation)),
        ]
        if let capability = check.capability { fields.append(("capability", .string(capability))) }
        return .object(fields + purposes(check))
    }

    /// A warning: `{rule, message}`, plus the source.
    static func warning(_ check: RuleCheck) -> JSONValue {
        .object(
            [("rule", .string(check.rule)), ("message", .string(check.message)), ("source", .string(check.source))]
                + purposes(check))
    }

    /// `{currency, one_time, annual, three_year}` (null when unknown), plus the basis.
    static func cost(_ cost: CostEstimate) -> JSONValue {
        .object([
            ("currency", .string(cost.currency)),
            ("one_time", .number(cost.oneTime.map(money))),
            ("annual", .number(cost.annual.map(money))),
            ("three_year", .number(cost.threeYear.map(money))),
            ("basis", .string(cost.basis.rawValue)),
            ("first_year", .number(cost.firstYear.map(money))),
        ])
    }

    /// `{fact, low, high, swing}`: what deciding one unknown fact can do to the total.
    static func unknownFact(_ fact: UnknownFact) -> JSONValue {
        .object([
            ("fact", .string(fact.fact)),
            ("low", .number(TotalScore.rounded(fact.low))),
            ("high", .number(TotalScore.rounded(fact.high))),
            ("swing", .number(TotalScore.rounded(fact.swing))),
        ])
    }

    /// `{metric, licensed, need, needed, shortfall}`: a quote's licences against one need.
    static func licence(_ check: LicenceCheck) -> JSONValue {
        .object([
            ("metric", .string(check.metric.rawValue)),
            ("licensed", .int(check.licensed)),
            ("need", .string(check.need.rawValue)),
            ("needed", .int(check.needed)),
            ("room_systems", .int(check.roomSystems)),
            ("shortfall", .int(check.shortfall)),
        ])
    }

    static func robustness(_ robustness: Robustness) -> JSONValue {
        .object([
            ("category", .string(robustness.category)),
            ("first", .string(robustness.first)),
            ("second", .string(robustness.second)),
            ("robust", .bool(robustness.isRobust)),
            ("tie", .bool(robustness.tie)),
            ("verdict", .string(robustness.verdict)),
            (
                "shifts",
                .array(
                    robustness.shifts.map { shift in
                        .object([
                            ("weight", .string(shift.weight.rawValue)),
                            ("from", .number(TotalScore.rounded(shift.from))),
                            ("to", .number(shift.to.map(TotalScore.rounded))),
                            ("delta", .number(shift.delta.map(TotalScore.rounded))),
                        ])
                    })
            ),
        ])
    }

    static func rounded(_ value: Double?) -> JSONValue { .number(value.map(TotalScore.rounded)) }

    /// Money to the cent, without floating-point noise.
    static func money(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

/// What the comparison renderers share: which options to show.
public enum ComparisonSelection {
    /// The assessment's options in its order, limited to `products` when given.
    public static func options(_ assessment: Assessment, products: [String]?) -> [OptionAssessment] {
        guard let products else { return assessment.options }
        let wanted = Set(products)
        return assessment.options.filter { wanted.contains($0.product) }
    }
}
