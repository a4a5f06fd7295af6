import PlannerCore

/// Recorded facts as the templates read them (`inline/change-fact`, `inline/change-value`),
/// from their typed values: shared by the plan's "Changes since the last plan" and `plan diff`,
/// so both say a change the same way in each language. Nothing is parsed back from text.
struct FactViews {
    /// Text from the history made safe for where it goes (escaped for Markdown, or one line).
    let safe: (String) -> String
    /// An amount with its currency, in the language's format.
    let money: (Double, String) -> String
    /// A number in the language's format.
    let number: (Double) -> String
    /// A capability's name in the language, made safe; nil when the catalog has none.
    let capabilityName: (String) -> String?

    /// One fact that changed.
    func change(_ change: RunDiff.FactChange, id: String, product: String) -> FactChangeView {
        let (kind, name, subject) = describe(change.subject)
        return FactChangeView(
            id: id, product: product, kind: .choice(kind), name: name, subject: subject, key: safe(change.subject.key),
            from: change.from.map(value), to: change.to.map(value))
    }

    /// The kind of a subject, what it names (made safe) and its id part.
    func describe(_ subject: FactSubject) -> (kind: String, name: String?, subject: String) {
        switch subject {
        case .costAnnual: return ("cost_annual", nil, "")
        case .costOneTime: return ("cost_one_time", nil, "")
        case .costBasis: return ("cost_basis", nil, "")
        case .vendorCountry: return ("vendor_country", nil, "")
        case .dataResidency: return ("data_residency", nil, "")
        case .capability(let id): return ("capability", capabilityName(id) ?? safe(id), id)
        case .price(let plan): return ("price", safe(plan), plan)
        case .registry(let register): return ("registry", safe(register), register)
        case .certification(let kind): return ("certification", safe(kind), kind)
        case .other(let key): return ("other", safe(key), "")
        }
    }

    /// A recorded value: money in the language's format, yes/no, a register entry, a cost
    /// basis, a number; anything else as recorded, made safe.
    func value(_ fact: FactRecord) -> FactValueView {
        var view = FactValueView(
            kind: .choice("text"), text: "", model: nil, basis: nil, number: nil,
            unconfirmed: fact.confidence == .unconfirmed)
        switch fact.value {
        case .money(let amount, let currency):
            view.kind = .choice("money")
            view.text = money(amount, currency)
        case .price(let amount, let currency, let model):
            view.kind = .choice("money")
            view.text = money(amount, currency)
            view.model = .choice(model.rawValue)
        case .basis(let basis):
            view.kind = .choice("basis")
            view.basis = .choice(basis.rawValue)
        case .country(let code):
            view.text = safe(code)
        case .countries(let codes):
            view.text = codes.map(safe).joined(separator: ", ")
        case .listed(let number):
            view.kind = .choice("listed")
            view.number = number.map(safe)
        case .notListed:
            view.kind = .choice("not_listed")
        case .certificate(let number):
            if let number {
                view.text = safe(number)
            } else {
                view.kind = .choice("yes")
            }
        case .flag(let flag):
            view.kind = .choice(flag ? "yes" : "no")
        case .number(let value):
            view.text = number(value)
        case .text(let text):
            view.text = safe(text)
        }
        return view
    }
}
