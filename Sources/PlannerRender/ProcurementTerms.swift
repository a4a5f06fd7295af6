import Foundation
import PlannerCore

/// What a plan calls its procurement regime's drafts and the publication of the purchase, in
/// the regime's own words: «Описание объекта закупки» and «извещение» under 44-FZ,
/// «Техническая спецификация» and «публикация закупки» under Kazakhstan's Law 106-VIII. The
/// words are the template `procurement/<key>/terms` (else `procurement/default/terms`), beside
/// the regime's drafts, so that the plan names them as the drafts do; each key is a section of
/// that template (`{{#specification}}…{{/specification}}`), rendered with only its flag set.
public struct ProcurementTermsView: TemplateObject {
    /// The specification's title, as its link: «Описание объекта закупки».
    public var specification: String?
    /// The price justification's title, as its link: «Обоснование начальной цены».
    public var justification: String?
    /// Why the recommended product need not be named in the purchase, a whole sentence.
    public var notNamed: String?
    /// When the purchase checks are due: «перед публикацией извещения».
    public var beforePublication: String?
    /// The checklist line's opening about the specification, with its verb (Russian agrees it
    /// with the document's gender): «Описание объекта закупки составлено».
    public var specificationWritten: String?
    /// Where requirements are written: «в описании объекта закупки».
    public var inSpecification: String?
    /// Where requirements are to be put: «в описание объекта закупки».
    public var intoSpecification: String?
    /// By when a condition of the recommendation is to be confirmed: «до публикации извещения».
    public var untilPublication: String?
    /// What the end of preparation is, in the timeline: «контракт заключён», «договор заключён».
    public var contractSigned: String?
    /// Where the drafts ask a date to be written: «в контракте», «в договоре».
    public var inContract: String?
    /// Where the vulnerabilities a delivered version must fix are published: FSTEC's threat
    /// database under a Russian procurement law, public databases (CVE) otherwise.
    public var vulnerabilityDatabases: String?

    /// The keys, in the order Docs/Templates.md lists them.
    static let keys = [
        "specification", "justification", "notNamed", "beforePublication", "specificationWritten",
        "inSpecification", "intoSpecification", "untilPublication", "contractSigned", "inContract",
        "vulnerabilityDatabases",
    ]

    /// The terms, each from `say(key)`.
    init(_ say: (String) -> String?) {
        specification = say("specification")
        justification = say("justification")
        notNamed = say("notNamed")
        beforePublication = say("beforePublication")
        specificationWritten = say("specificationWritten")
        inSpecification = say("inSpecification")
        intoSpecification = say("intoSpecification")
        untilPublication = say("untilPublication")
        contractSigned = say("contractSigned")
        inContract = say("inContract")
        vulnerabilityDatabases = say("vulnerabilityDatabases")
    }

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "specification": return .of(specification)
        case "justification": return .of(justification)
        case "notNamed": return .of(notNamed)
        case "beforePublication": return .of(beforePublication)
        case "specificationWritten": return .of(specificationWritten)
        case "inSpecification": return .of(inSpecification)
        case "intoSpecification": return .of(intoSpecification)
        case "untilPublication": return .of(untilPublication)
        case "contractSigned": return .of(contractSigned)
        case "inContract": return .of(inContract)
        case "vulnerabilityDatabases": return .of(vulnerabilityDatabases)
        default: return nil
        }
    }
}

extension TemplateSet {
    /// The terms of a regime's drafts (see ``ProcurementTermsView``): each from the regime's
    /// `terms` template, else from the default's (a regime's own template written before a
    /// term was added still gives every term); nil when neither gives it.
    public func procurementTerms(regimeKey: String) -> ProcurementTermsView {
        let names = ["procurement/\(regimeKey)/terms", "procurement/default/terms"].filter(has)
        return ProcurementTermsView { key in
            for name in names {
                // A few words: far below any limit, so a nil render is a template without the term.
                let text = render(TemplateRecord([key: .of(true)]), template: name, limit: PlanLimits.maxPlanBytes)
                let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                if !trimmed.isEmpty { return trimmed }
            }
            return nil
        }
    }
}
