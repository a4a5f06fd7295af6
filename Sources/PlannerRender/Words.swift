import Foundation
import PlannerCore

/// The words of one language for everything but the plan's own layout: each ``Reason`` code
/// (`inline/reason/<code>`), and the phrases of the reports `compare` (table, markdown),
/// `explain` and `diff` (`report/<report>`), rendered from the language's ``TemplateSet`` so
/// that a plan and a report say the same thing the same way, and a translation is a template,
/// never Swift. Values are formatted for the language (`12,5` or `12.5`) and made safe for
/// where the text goes: escaped for Markdown, or one line without control characters.
public struct Words: Sendable {
    /// Where the text goes.
    public enum Medium: Sendable {
        /// A terminal, a JSON string or a CSV cell: one line, no control characters.
        case text
        /// Markdown: inline markup is escaped.
        case markdown
    }

    /// The templates the words come from.
    public let templates: TemplateSet
    public let medium: Medium
    public var language: Language { templates.language }
    let format: PlanFormatter

    /// Words from a template set, for a medium.
    public init(_ templates: TemplateSet, medium: Medium = .text) {
        self.templates = templates
        self.medium = medium
        format = PlanFormatter(language: templates.language)
    }

    /// The folders of a language's templates that words come from: reasons and phrases are
    /// under `inline/` (with the partials they include), reports' phrases under `report/`.
    public static let folders = [TemplateSet.inlinePrefix, "report/"]

    /// The shipped words of a language, from only the ``folders`` they need; nil only if the
    /// shipped templates do not load (a test guards against that).
    public static func shipped(_ language: Language, medium: Medium = .text) -> Words? {
        guard case .success(let set) = TemplateSet.load(language: language, folders: folders) else { return nil }
        return Words(set, medium: medium)
    }

    /// The template of a reason code.
    public static func template(_ code: ReasonCode) -> String { "inline/reason/" + code.rawValue }

    /// A reason in words: its code's template with its parameters (`{{p.NAME}}`). A code
    /// the set has no template for is printed with its parameters, never dropped.
    public func reason(_ reason: Reason) -> String {
        let view = ReasonView(parameters: parameters(reason.parameters))
        if let text = templates.render(view, template: Self.template(reason.code)), !text.isEmpty { return text }
        let values = reason.parameters.map { "\($0.name) = \(safe($0.value.text))" }
        return reason.code.rawValue + (values.isEmpty ? "" : ": " + values.joined(separator: "; "))
    }

    /// A finding's reason with its caveat, joined as one sentence.
    public func reason(_ finding: Finding) -> String {
        reason(finding.reason, caveat: finding.caveat)
    }

    /// A reason and an optional second clause.
    public func reason(_ reason: Reason, caveat: Reason?) -> String {
        let main = self.reason(reason)
        guard let caveat else { return main }
        return main + "; " + self.reason(caveat)
    }

    /// A phrase of a report: the section `{{#is.ID}}…{{/is.ID}}` of `report/REPORT` with
    /// `values`, its final line break dropped. A phrase the set does not have is its id, so a
    /// missing translation shows instead of vanishing.
    public func phrase(_ report: String, _ id: String, _ values: [String: TemplateData]) -> String {
        let context = PhraseContext(id: IDMatcher(id), values: values)
        var text = templates.render(context, template: "report/" + report) ?? ""
        while let last = text.last, last.isNewline { text.removeLast() }
        return text.isEmpty ? id : text
    }

    // MARK: - Values

    /// Parameters as the templates read them (`{{p.register}}`, `{{#p.outcome.met}}`).
    func parameters(_ list: [PlanParameter]) -> ParameterView {
        ParameterView(values: list.map { ($0.name, value($0.value)) })
    }

    /// One value, formatted for the language and made safe for the medium. Text prints as it
    /// is and is also a flag of itself (`{{#p.effect.no_sales}}`); a bool prints nothing and is
    /// null when false; a list is joined with commas and null when empty.
    public func value(_ value: PlanValue) -> TemplateValue {
        switch value {
        case .int(let number):
            var flags: TemplateValue.Flags = [ValueFactory.pluralCategory(number, language)]
            if number == 0 { flags.insert("zero") }
            return TemplateValue(spaced(format.integer(number)), flags: flags)
        case .number(let number):
            return TemplateValue(spaced(format.number(number, decimals: 2)), flags: number == 0 ? ["zero"] : [])
        case .text(let text):
            return TemplateValue(safe(text), isNull: text.isEmpty, flags: [text])
        case .date(let date):
            return TemplateValue(
                format.date(date), details: ["long": format.longDate(date), "iso": date.description])
        case .bool(let flag):
            return TemplateValue("", isNull: !flag, flags: flag ? ["yes"] : ["no"])
        case .list(let items):
            var flags = TemplateValue.Flags([ValueFactory.pluralCategory(items.count, language)])
            for item in items { flags.insert(item) }
            return TemplateValue(
                items.map(safe).joined(separator: ", "), isNull: items.isEmpty, details: ["count": String(items.count)],
                flags: flags)
        case .money(let amount, let currency):
            return TemplateValue(
                money(amount, currency), details: ["amount": spaced(format.number(amount, decimals: 2))])
        case .localized(let text):
            return TemplateValue(safe(text[language]), isNull: text[language].isEmpty)
        }
    }

    /// A figure with exactly `decimals` decimals in the language's decimal mark: "86.0", "86,0".
    public func fixed(_ value: Double, _ decimals: Int) -> String {
        localized(ComparisonText.fixed(value, decimals))
    }

    /// A signed figure: "+12.9", "-8,0".
    public func signed(_ value: Double, _ decimals: Int = 1) -> String {
        localized(ComparisonText.signed(value, decimals))
    }

    /// A weight as shown: whole numbers without decimals, others to one decimal.
    public func weight(_ value: Double) -> String {
        localized(Robustness.show(value))
    }

    /// Whole points, signed, with the plural flags of their size (`{{#delta.one}}`).
    func points(_ value: Double) -> TemplateValue {
        let whole = Int(exactly: value.rounded()) ?? 0
        return TemplateValue(signed(value, 0), flags: [ValueFactory.pluralCategory(whole, language)])
    }

    private func localized(_ figure: String) -> String {
        language == .ru ? figure.replacingOccurrences(of: ".", with: ",") : figure
    }

    /// An amount: grouped, up to two decimals, then `₽` for roubles in Russian or the code.
    public func money(_ amount: Double, _ currency: String) -> String {
        let number = format.number(amount, decimals: 2)
        return spaced(number + PlanFormatter.groupSeparator + (format.symbol(of: currency) ?? safe(currency)))
    }

    /// Figures as the medium writes them: Markdown keeps the narrow no-break space between
    /// digit groups, as plans do; plain text (a terminal, JSON) has a plain space, which every
    /// terminal shows and every program reads (and which a report's lines are cleaned to anyway).
    private func spaced(_ text: String) -> String {
        medium == .text ? text.replacingOccurrences(of: PlanFormatter.groupSeparator, with: " ") : text
    }

    /// Text from a file or a history made safe for the medium.
    public func safe(_ text: String) -> String {
        switch medium {
        case .text: return MarkdownText.singleLine(text)
        case .markdown: return MarkdownText.escape(text)
        }
    }
}

/// What a reason's template reads: `p`, its parameters.
struct ReasonView: TemplateObject {
    let parameters: ParameterView

    func data(for key: String) -> TemplateData? {
        key == "p" ? .of(parameters) : nil
    }
}

/// What a phrase's template reads: `is` to pick the phrase, and the phrase's values.
struct PhraseContext: TemplateObject {
    let id: IDMatcher
    let values: [String: TemplateData]

    func data(for key: String) -> TemplateData? {
        key == "is" ? .of(id) : values[key]
    }
}

/// The phrases of one report (`report/<report>`) and the shared ones (`report/common`), with
/// the words of the checks every report names.
struct ReportWords: Sendable {
    let words: Words
    let report: String

    /// A phrase of the report.
    func callAsFunction(_ id: String, _ values: [String: TemplateData]) -> String {
        words.phrase(report, id, values)
    }

    /// A phrase every report shares: `outcome`, `status`, `weight`, `check-title`, `purpose`.
    func common(_ id: String, _ values: [String: TemplateData]) -> String {
        words.phrase("common", id, values)
    }

    /// A check's title: the catalog's for a rule, the kind's words for a vendor restriction
    /// or a must-requirement.
    func title(_ check: RuleCheck) -> String {
        common(
            "check-title",
            [
                "kind": .of(TemplateValue.choice(check.kind.rawValue)),
                "title": .of(check.title.map { words.safe($0[words.language]) }),
                "requirement": .nonEmpty(words.safe(check.requirement)),
            ])
    }

    /// What a comparison says of a check: its title (or the requirement) and the reason.
    func message(_ check: RuleCheck) -> String {
        common(
            "message",
            [
                "kind": .of(TemplateValue.choice(check.kind.rawValue)), "title": .text(title(check)),
                "requirement": .text(words.safe(check.requirement)), "reason": .text(words.reason(check.finding)),
            ])
    }

    /// What an option's three-year cost leaves out (`OptionAssessment.costOmissions`), in
    /// words, joined by semicolons.
    func omissions(_ omissions: [CostOmission]) -> String {
        omissions.map { common("cost-omission", ["omission": .of(TemplateValue.choice($0.rawValue))]) }
            .joined(separator: "; ")
    }

    /// The purposes a rule reaches, in words, joined by commas; empty when none.
    func purposes(_ purposes: [Purpose]) -> String {
        purposes.map { common("purpose", ["purpose": .of(Matching($0.rawValue))]) }.joined(separator: ", ")
    }
}

/// An object whose `is.ID` is true for one id: hands a shared partial that picks its words
/// by `is` (`inline/purpose`) its id inside a phrase, whose own `is` picks the phrase.
struct Matching: TemplateObject {
    let id: String

    init(_ id: String) { self.id = id }

    func data(for key: String) -> TemplateData? {
        key == "is" ? .of(IDMatcher(id)) : nil
    }
}

extension TemplateData {
    /// Text, or null when it is empty (so that `{{#x}}` does not show).
    static func nonEmpty(_ text: String) -> TemplateData { text.isEmpty ? .null : .text(text) }
}
