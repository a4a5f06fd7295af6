import PlannerCore

/// `plan compare --format json`: the contract of docs/cli.md. Keys in the documented order;
/// keys added beyond the contract come after the documented ones of the same object. Texts
/// meant for people (`message`, a robustness `verdict`) are English, worded by `words` from the
/// reason's `code` and `parameters`, which programs read instead.
public enum ComparisonJSON {
    /// The comparison as JSON; `products` limits the options shown (nil: all); `words` are the
    /// English words of the messages.
    public static func render(_ assessment: Assessment, products: [String]? = nil, words: Words) -> JSONValue {
        let options = ComparisonSelection.options(assessment, products: products)
        let say = ReportWords(words: words, report: "compare")
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
            ("options", .array(options.map { option($0, say: say) })),
            ("robustness", .array(assessment.robustness.map { robustness($0, words: words) })),
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
    static func option(_ option: OptionAssessment, say: ReportWords) -> JSONValue {
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
        fields.append(("blockers", .array(option.blockers.map { blocker($0, say: say) })))
        fields.append(("conditions", .array(option.conditions.map { blocker($0, say: say) })))
        fields.append(("warnings", .array(option.warnings.map { warning($0, say: say) })))
        if option.eligible {
            fields.append(("secondary_grounds", .array(option.secondaryGrounds.map { blocker($0, say: say) })))
            fields.append(("unmet_wants", .strings(option.unmetWants)))
            fields.append(("unknown", .strings(option.unknown)))
            fields.append(("cost", cost(option.cost, omits: option.costOmissions)))
            fields.append(("deployment", .string(option.deployment.rawValue)))
            fields.append(("unknown_facts", .array(option.unknownFacts.map(unknownFact))))
            fields.append(("licences", .array(option.licences.map(licence))))
        }
        fields.append(("in_use", .bool(option.inUse)))
        fields.append(("excluded_for", excludedFor(option, say: say)))
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

    /// A blocker or condition: `{rule, message, source}`, plus the citation, for a
    /// requirement the capability it names, and the reason as `code` and `parameters`.
    static func blocker(_ check: RuleCheck, say: ReportWords) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("rule", .string(check.rule)),
            ("message", .string(say.message(check))),
            ("source", .string(check.source)),
            ("citation", .string(check.citation)),
        ]
        if let capability = check.capability { fields.append(("capability", .string(capability))) }
        return .object(fields + purposes(check) + reason(check.finding))
    }

    /// A warning: `{rule, message}`, plus the source and the reason.
    static func warning(_ check: RuleCheck, say: ReportWords) -> JSONValue {
        .object(
            [
                ("rule", .string(check.rule)), ("message", .string(say.message(check))),
                ("source", .string(check.source)),
            ]
                + purposes(check) + reason(check.finding))
    }

    /// `code` and `parameters` of a finding's reason, and `caveat` (a code) when it has one.
    static func reason(_ finding: Finding) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [
            ("code", .string(finding.reason.code.rawValue)), ("parameters", parameters(finding.reason.parameters)),
        ]
        if let caveat = finding.caveat { fields.append(("caveat", .string(caveat.code.rawValue))) }
        return fields
    }

    /// Parameters as a JSON object in their order: numbers, strings (dates `YYYY-MM-DD`),
    /// booleans, arrays of strings; money `{amount, currency}`; a catalog text `{ru, en}`.
    static func parameters(_ list: [PlanParameter]) -> JSONValue {
        .object(
            list.map { parameter in
                let value: JSONValue
                switch parameter.value {
                case .int(let number): value = .number(Double(number))
                case .number(let number): value = .number(number)
                case .text(let text): value = .string(text)
                case .date(let date): value = .date(date)
                case .bool(let flag): value = .bool(flag)
                case .list(let items): value = .strings(items)
                case .money(let amount, let currency):
                    value = .object([("amount", .number(money(amount))), ("currency", .string(currency))])
                case .localized(let text): value = .object([("ru", .string(text.ru)), ("en", .string(text.en))])
                }
                return (parameter.name, value)
            })
    }

    /// `{currency, one_time, annual, three_year}` (null when unknown), plus the basis, the
    /// first year, and `omits`: what the three-year figure leaves out (`licences`, `servers`), so
    /// that it understates the cost; empty when nothing.
    static func cost(_ cost: CostEstimate, omits: [CostOmission]) -> JSONValue {
        .object([
            ("currency", .string(cost.currency)),
            ("one_time", .number(cost.oneTime.map(money))),
            ("annual", .number(cost.annual.map(money))),
            ("three_year", .number(cost.threeYear.map(money))),
            ("basis", .string(cost.basis.rawValue)),
            ("first_year", .number(cost.firstYear.map(money))),
            ("omits", .strings(omits.map(\.rawValue))),
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

    static func robustness(_ robustness: Robustness, words: Words) -> JSONValue {
        .object([
            ("category", .string(robustness.category)),
            ("first", .string(robustness.first)),
            ("second", .string(robustness.second)),
            ("robust", .bool(robustness.isRobust)),
            ("tie", .bool(robustness.tie)),
            ("verdict", .string(words.reason(robustness.verdict))),
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
            ("verdict_code", .string(robustness.verdict.code.rawValue)),
            ("verdict_parameters", parameters(robustness.verdict.parameters)),
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
