import Foundation
import PlannerCore
import PlannerResources
import TestSupport
import Testing

@testable import PlannerRender

/// Core says codes, the templates say words: every reason code and every phrase of the reports
/// has words in both languages, and an assessment holds no English to word.
@Suite("Reasons and report phrases in words")
struct ReasonWordsTests {
    /// Parameters of the kinds each code takes (see ``ReasonCode``): enough for its sentence.
    static func sample(_ code: ReasonCode) -> [PlanParameter] {
        let text = { (name: String, value: String) in PlanParameter(name, .text(value)) }
        let date = { (name: String) in PlanParameter(name, .date(CalendarDate(year: 2026, month: 3, day: 1)!)) }
        let number = { (name: String, value: Double) in PlanParameter(name, .number(value)) }
        let int = { (name: String, value: Int) in PlanParameter(name, .int(value)) }
        let list = { (name: String, value: [String]) in PlanParameter(name, .list(value)) }
        let flag = { (name: String, value: Bool) in PlanParameter(name, .bool(value)) }
        let money = { (name: String, value: Double) in PlanParameter(name, .money(value, currency: "RUB")) }
        let register = text("register", "ru_software")
        let capability = text("capability", "clients.browser")
        switch code {
        case .registryNotListed, .registryUnrecorded: return [register]
        case .registryListedFrom: return [register, date("since")]
        case .registryListed: return [register, text("number", "1234"), date("since")]
        case .registryAdmitsOnly, .registryExcludesVendors:
            return [register, list("countries", ["RU"]), text("vendorCountry", "US")]
        case .registryEntryUnconfirmed: return [register, flag("listed", true)]
        case .registryNotOnClosedList: return [register, date("asOf")]
        case .vendorCountryUnconfirmed, .vendorCountryIs: return [text("country", "US")]
        case .vendorCountryNot: return [text("country", "US"), list("countries", ["RU", "BY"])]
        case .residencyOnPremises, .residencyUnrecordedOnPremisesUnconfirmed: return []
        case .residencyKept: return [list("kept", ["RU"])]
        case .residencyElsewhereOnPremisesUnconfirmed, .residencyElsewhere:
            return [list("kept", ["US"]), list("countries", ["RU"])]
        case .residencyUnrecorded: return [list("countries", ["RU"])]
        case .certificateValid: return [text("kind", "fstec"), text("number", "4321"), date("until")]
        case .certificateExpired: return [text("kind", "fstec"), date("expired")]
        case .certificateUnrecorded: return [text("kind", "fstec")]
        case .capabilityUnstated, .capabilityPresent, .capabilityAbsent, .capabilityNotNumber, .effortMissingFeature,
            .effortUnknownFeature, .effortIntegration:
            return [capability]
        case .capabilityUnconfirmed: return [capability, text("value", "true")]
        case .capabilityValue: return [capability, number("value", 1600)]
        case .capabilityAtLeast, .capabilityAtMost:
            return [capability, number("value", 1600), number("bound", 150), flag("met", true)]
        case .usedToday, .ruleUnconfirmed, .restrictionNone, .fitNothingAsked, .scoreFloor, .lineCurrentContract,
            .costNoPrice, .verdictNoneRanked:
            return []
        case .restrictionInForce:
            return [
                text("restriction", "zoom-public-sector"), text("effect", "no_sales"), date("since"),
                PlanParameter("summary", .localized(LocalizedText(ru: "Продажи прекращены", en: "Sales stopped"))),
                flag("confirmed", false),
            ]
        case .fitWant:
            return [
                capability, int("weight", 3), int("totalWeight", 14), number("share", 60), text("outcome", "unknown"),
            ]
        case .fitFeature: return [capability, int("count", 8), number("share", 40), text("outcome", "met")]
        case .effortRoomSystems, .effortRoomSystemsUnknown:
            return [int("count", 2), number("each", 3), number("cap", 15)]
        case .effortRecordings: return [number("gigabytes", 35), number("perPoint", 20), number("cap", 10)]
        case .effortNoITStaff: return [number("cap", 15)]
        case .effortITLoad:
            return [
                int("users", 186), int("itStaff", 1), number("ratio", 186), number("perPoint", 20), number("cap", 15),
            ]
        case .riskVendorUnconfirmed: return [text("country", "US")]
        case .riskForeignVendor: return [text("country", "US"), text("organizationCountry", "RU")]
        case .riskWarning: return [text("rule", "RU-TRUSTED-SOFTWARE-2026"), text("outcome", "not_met")]
        case .riskCondition: return [text("rule", "REQUIREMENT"), text("requirement", "interop.sip")]
        case .riskUnknownFacts:
            return [int("count", 3), number("each", 2), number("cap", 20), list("facts", ["whiteboard", "polls"])]
        case .riskRestrictionElsewhere: return [text("country", "RU"), text("restriction", "zoom-public-sector")]
        case .riskAdvisory: return [text("advisory", "CVE-2026-3502"), flag("confirmed", false)]
        case .costUnknown: return [number("standIn", 62.5), number("fallback", 50)]
        case .costCheapest, .costReference, .costIfCloud: return [money("cost", 928_000)]
        case .costRatio: return [money("cheapest", 928_000), money("cost", 996_000)]
        case .costIfLicencesGrow: return [number("factor", 6.1), money("cost", 2_594_240)]
        case .lineServers: return [int("servers", 1), int("users", 186), money("each", 300_000)]
        case .lineAdministration: return [int("servers", 2), money("each", 100_000)]
        case .lineServersNotIncluded: return [text("assumptionCurrency", "RUB"), text("currency", "KZT")]
        case .lineQuote: return [text("note", "КП № 17"), date("date")]
        case .lineListPrice:
            return [
                text("plan", "Server"), text("model", "per_user_year"), money("price", 1000), int("count", 186),
                int("minimum", 200), money("oneTime", 50_000),
            ]
        case .costPriceUnconfirmed: return [text("currency", "RUB")]
        case .costOtherCurrency: return [list("currencies", ["USD"]), text("currency", "RUB")]
        case .verdictSingle: return [text("first", "trueconf")]
        case .verdictTie: return [text("first", "trueconf"), text("second", "iva")]
        case .verdictRobustNoMove: return [text("second", "iva"), flag("open", true)]
        case .verdictRobust:
            return [
                text("second", "iva"), number("limit", 10), text("weight", "cost"), number("from", 35),
                number("to", 50),
                flag("open", false),
            ]
        case .verdictFragile:
            return [
                text("second", "iva"), text("weight", "fit"), number("from", 40), number("to", 39), flag("open", true),
            ]
        }
    }

    /// Codes whose sentence is a formula the same in both languages (`X = 1600 ≥ 150`).
    static let formulas: Set<ReasonCode> = [.capabilityValue, .capabilityAtLeast, .capabilityAtMost]

    /// The reports load only the folders their words come from, and those hold every partial
    /// they include: the reports' set is compiled when each template is first rendered, so
    /// the same folders loaded with every check (the load reports a missing partial) are that
    /// check.
    @Test("The reports' words load only inline/ and report/")
    func reportsLoadOnlyTheirFolders() throws {
        for language in Language.allCases {
            let words = try #require(Words.shipped(language))
            let names = words.templates.origins.keys
            #expect(names.count > 100)
            #expect(names.allSatisfy { name in Words.folders.contains { name.hasPrefix($0) } })
            #expect(!names.contains(TemplateSet.mainTemplate))
            let checked = try TemplateSet.load(
                language: language, userDirectory: nil, folders: Words.folders, engine: .compiled
            ).get()
            #expect(checked.isCompiled)
            #expect(Set(checked.origins.keys) == Set(names))
        }
    }

    /// The reports' set compiles a template when it is first rendered; it must say every
    /// reason, and print every template, as the set compiled at once does.
    @Test("Templates compiled on first use say what templates compiled at once say")
    func onDemandTemplatesRenderTheSame() throws {
        for language in Language.allCases {
            let onDemand = try #require(Words.shipped(language))
            let eager = Words(
                try TemplateSet.load(language: language, userDirectory: nil, folders: Words.folders, engine: .compiled)
                    .get())
            for code in ReasonCode.allCases {
                let reason = Reason(code, Self.sample(code))
                #expect(onDemand.reason(reason) == eager.reason(reason), "\(code.rawValue) (\(language))")
            }
            for name in eager.templates.origins.keys.sorted() {
                let root = IDMatcher("heading")
                let expected = eager.templates.render(root, template: name)
                #expect(expected != nil)
                #expect(onDemand.templates.render(root, template: name) == expected, "\(name) (\(language))")
            }
        }
    }

    @Test("Every reason code has its template in both languages, and its words use its parameters")
    func everyCodeHasWords() throws {
        let english = Words.english
        let russian = Words.russian
        for code in ReasonCode.allCases {
            for words in [english, russian] {
                #expect(
                    words.templates.origins[Words.template(code)] != nil,
                    "\(code.rawValue): no \(words.language) template")
            }
            let reason = Reason(code, Self.sample(code))
            let en = english.reason(reason)
            let ru = russian.reason(reason)
            for (language, text) in [("en", en), ("ru", ru)] {
                #expect(!text.isEmpty && !text.contains("{{") && !text.contains("}}"), "\(code.rawValue) (\(language))")
                #expect(!text.hasPrefix(code.rawValue), "\(code.rawValue) (\(language)) fell back to the code: \(text)")
            }
            // Every parameter shows up (a bool or a choice only picks the words).
            for parameter in reason.parameters {
                guard case .text(let value) = parameter.value,
                    !["effect", "model", "outcome", "weight"].contains(parameter.name)
                else { continue }
                #expect(en.contains(value) && ru.contains(value), "\(code.rawValue): \(parameter.name) not shown")
            }
            if Self.formulas.contains(code) {
                #expect(en.hasPrefix("clients.browser = 1") && ru.hasPrefix("clients.browser = 1"), "\(code.rawValue)")
            } else {
                #expect(ru.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(code.rawValue): \(ru)")
                #expect(
                    !en.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } || en.contains("КП"), "\(en)")
            }
        }
    }

    @Test("Every choice of a reason has words: outcomes, effects, models, open or not")
    func choices() {
        for words in [Words.english, Words.russian] {
            var seen: Set<String> = []
            for outcome in Outcome.allCases {
                let text = words.reason(
                    Reason(
                        .fitWant,
                        [
                            PlanParameter("capability", .text("polls")), PlanParameter("weight", .int(1)),
                            PlanParameter("totalWeight", .int(2)), PlanParameter("share", .number(60)),
                            PlanParameter("outcome", .text(outcome.rawValue)),
                        ]))
                seen.insert(text)
            }
            #expect(seen.count == Outcome.allCases.count, "\(words.language): \(seen)")
            var prices: Set<String> = []
            for model in PricingPlan.Model.allCases {
                prices.insert(
                    words.reason(
                        Reason(
                            .lineListPrice,
                            [
                                PlanParameter("plan", .text("P")), PlanParameter("model", .text(model.rawValue)),
                                PlanParameter("price", .money(10, currency: "RUB")), PlanParameter("count", .int(5)),
                            ])))
            }
            #expect(prices.count == PricingPlan.Model.allCases.count, "\(words.language): \(prices)")
            let effects = Restriction.Effect.allCases.map {
                words.reason(
                    Reason(
                        .restrictionInForce,
                        [
                            PlanParameter("restriction", .text("r")), PlanParameter("effect", .text($0.rawValue)),
                            PlanParameter("since", .date(CalendarDate(year: 2021, month: 3, day: 31)!)),
                            PlanParameter("confirmed", .bool(true)),
                        ]))
            }
            #expect(Set(effects).count == Restriction.Effect.allCases.count, "\(effects)")
            let open = [true, false].map { flag in
                words.reason(
                    Reason(
                        .verdictRobustNoMove, [PlanParameter("second", .text("b")), PlanParameter("open", .bool(flag))])
                )
            }
            #expect(open[0] != open[1] && open[0].count > open[1].count)
        }
    }

    // MARK: - Report phrases

    /// The phrase ids a report template defines (`{{#is.ID}}` at the start of a line).
    static func phrases(_ report: String, _ language: Language) -> Set<String> {
        let path = "Templates/\(language.rawValue)/report/\(report).mustache"
        guard let file = EmbeddedResources.files(under: path).first else { return [] }
        return Set(
            file.text.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("{{#is."), line.hasSuffix("}}") else { return nil }
                return String(line.dropFirst("{{#is.".count).dropLast(2))
            })
    }

    /// The phrase ids the Swift of Render asks a report for: `say("ID"` in its files, and
    /// `common("ID"` for the shared ones.
    static func used() throws -> [String: Set<String>] {
        let folder = PackagePaths.root.appendingPathComponent("Sources/PlannerRender")
        let reports = [
            "Explanation.swift": "explain", "ComparisonTable.swift": "compare", "ComparisonMarkdown.swift": "compare",
            "ComparisonJSON.swift": "compare", "DiffReport.swift": "diff", "Words.swift": "common",
        ]
        // `say(` or `common(`, maybe a line break, then the id in quotes.
        let call = try NSRegularExpression(pattern: #"\b(say|common)\(\s*"([a-z0-9-]+)""#)
        var used: [String: Set<String>] = [:]
        for (file, report) in reports {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in call.matches(in: text, range: range) {
                guard let kind = Range(match.range(at: 1), in: text), let id = Range(match.range(at: 2), in: text)
                else { continue }
                used[text[kind] == "common" ? "common" : report, default: []].insert(String(text[id]))
            }
        }
        return used
    }

    @Test("Both languages have the same phrases, and every phrase the reports ask for")
    func reportPhrases() throws {
        let reports = ["common", "compare", "explain", "diff"]
        for report in reports {
            let english = Self.phrases(report, .en)
            #expect(!english.isEmpty, "report/\(report)")
            #expect(
                english == Self.phrases(report, .ru),
                "report/\(report): \(english.symmetricDifference(Self.phrases(report, .ru)))")
        }
        let used = try Self.used()
        #expect((used["explain"] ?? []).count > 20 && (used["diff"] ?? []).count > 20)
        for (report, ids) in used {
            let defined = Self.phrases(report, .en)
            for id in ids { #expect(defined.contains(id), "report/\(report) has no phrase '\(id)'") }
        }
    }

    // MARK: - No English in the assessment

    /// Every reason an assessment gives: the checks', the score parts', the cost lines', why
    /// a cost is unknown, and the robustness verdicts.
    static func reasons(_ assessment: Assessment) -> [Reason] {
        var reasons: [Reason] = []
        for option in assessment.options {
            for check in option.checks { reasons += [check.finding.reason] + [check.finding.caveat].compactMap { $0 } }
            for kind in ScoreKind.allCases { reasons += option.scores[kind].parts.map(\.reason) }
            reasons += option.cost.lines.map(\.reason) + [option.cost.unknownReason].compactMap { $0 }
        }
        return reasons + assessment.robustness.map(\.verdict)
    }

    /// The labels of every stored property of `value` and of the values inside it whose type
    /// is `String`, with the path to it.
    static func stringFields(_ value: Any, path: String = "", into found: inout [String], depth: Int = 0) {
        guard depth < 12 else { return }
        for child in Mirror(reflecting: value).children {
            let label = child.label ?? "_"
            if child.value is String { found.append(path + "." + label) }
            if child.value is LocalizedText || child.value is Catalog { continue }
            stringFields(child.value, path: path + "." + label, into: &found, depth: depth + 1)
        }
    }

    @Test("The assessment of every example gives reasons as codes with values, and no field of sentences")
    func noEnglishInTheAssessment() throws {
        for name in ["school-44fz", "university-gis", "state-company-kii", "private-firm", "kz-state-body"] {
            let inventory = try RenderFixtures.example(name + ".yaml")
            let assessment = assess(inventory, against: RenderFixtures.catalog, asOf: RenderFixtures.asOf)
            let reasons = Self.reasons(assessment)
            #expect(reasons.count > 100, "\(name)")
            for reason in reasons {
                for parameter in reason.parameters {
                    // Text parameters are ids and codes; a quote's note, a price plan's name and
                    // a must-requirement's expression are the inventory's and the catalog's own.
                    guard case .text(let value) = parameter.value,
                        !["note", "plan", "requirement"].contains(parameter.name)
                    else {
                        continue
                    }
                    #expect(!value.contains(" "), "\(name): \(reason.code.rawValue).\(parameter.name) = \(value)")
                }
            }
            var fields: [String] = []
            Self.stringFields(assessment.options, into: &fields)
            Self.stringFields(assessment.robustness, into: &fields)
            #expect(fields.contains { $0.hasSuffix(".requirement") }, "the walk reaches the checks' text fields")
            let named = fields.filter { path in
                ["reason", "label", "message", "verdict", "words"].contains { path.hasSuffix("." + $0) }
            }
            #expect(named.isEmpty, "\(name): \(Set(named).sorted())")
        }
    }
}
