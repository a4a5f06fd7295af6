/// What a run read back from a history may hold. The history is a file anyone can edit, so
/// what `plan` would never have recorded (a rule id with markup, a score of 10³⁰⁰ or infinity,
/// a product id that is a sentence) is refused as a whole, before it reaches a plan, a diff
/// or a conversion that could trap. Texts (names, titles, messages, fact values) are any
/// Unicode up to a length and are escaped wherever they are shown.
extension RunRecord {
    /// The longest text a run may hold in one field (1 MiB: an inventory is at most that).
    public static let maxTextLength = 1 << 20

    /// The first value of the run that `plan` would not have recorded, described; nil when
    /// every value is one it could have written.
    public var problem: String? {
        if !Slug.isValid(organizationID) { return "organization id \(Self.quoted(organizationID)) is not a slug" }
        for (what, text) in [
            ("organization name", organizationName), ("tool version", toolVersion),
            ("inventory fingerprint", inventoryFingerprint), ("catalog fingerprint", catalogFingerprint),
        ] where text.utf8.count > Self.maxTextLength {
            return "its \(what) is longer than \(Self.maxTextLength) bytes"
        }
        for product in products {
            if let problem = product.problem { return problem }
        }
        for rule in rules {
            if !Self.isRuleID(rule.ruleID) { return "rule id \(Self.quoted(rule.ruleID)) is not a rule id" }
            if rule.title.ru.utf8.count > Self.maxTextLength || rule.title.en.utf8.count > Self.maxTextLength {
                return "a rule title is too long"
            }
        }
        return nil
    }

    /// `RU-1236-REGISTRY`, `REQUIREMENT`: upper-case ASCII letters, digits and `-`.
    static func isRuleID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 128
            && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// `trueconf`, `videoconferencing`: lower-case ASCII letters, digits, `-` and `_`.
    static func isID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 128
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
            }
    }

    /// A value for a message: at most 40 characters.
    static func quoted(_ text: String) -> String {
        "'" + (text.count > 40 ? String(text.prefix(40)) + "…" : text) + "'"
    }
}

extension ProductRecord {
    /// The first value of the product that `plan` would not have recorded, described.
    var problem: String? {
        let product = "product \(RunRecord.quoted(productID))"
        if !RunRecord.isID(productID) { return "\(product): not a product id" }
        if !RunRecord.isID(category) { return "\(product): category \(RunRecord.quoted(category)) is not an id" }
        if name.utf8.count > RunRecord.maxTextLength { return "\(product): its name is too long" }
        for (score, value) in [("fit", fit), ("cost", cost), ("effort", effort), ("risk", risk), ("total", total)] {
            if let value, !(0...100).contains(value) {
                return "\(product): \(score) score \(value) is not between 0 and 100"
            }
        }
        if let threeYearCost, !(threeYearCost.isFinite && threeYearCost >= 0) {
            return "\(product): three-year cost \(threeYearCost) is not an amount"
        }
        if let rank, rank < 1 { return "\(product): rank \(rank) is not a rank" }
        if let currency, !InventoryReading.isCode(currency, letters: 3) {
            return "\(product): currency \(RunRecord.quoted(currency)) is not an ISO 4217 code"
        }
        for blocker in blockers {
            if !RunRecord.isRuleID(blocker.rule) {
                return "\(product): blocker rule \(RunRecord.quoted(blocker.rule)) is not a rule id"
            }
            if (blocker.recordedMessage?.utf8.count ?? 0) > RunRecord.maxTextLength {
                return "\(product): a blocker is too long"
            }
            for reason in [blocker.reason, blocker.caveat].compactMap(\.self) {
                if let problem = reason.problem { return "\(product): a blocker's \(problem)" }
            }
        }
        for fact in facts {
            if let problem = fact.problem { return "\(product): fact \(RunRecord.quoted(fact.key)) \(problem)" }
        }
        return nil
    }
}

extension Reason {
    /// What `plan` would not have recorded in the reason's parameters, described.
    var problem: String? {
        for parameter in parameters {
            if parameter.name.utf8.count > 128 { return "parameter name is too long" }
            if let problem = parameter.value.problem {
                return "parameter \(RunRecord.quoted(parameter.name)) \(problem)"
            }
        }
        return nil
    }
}

extension PlanValue {
    /// What `plan` would not have recorded as this value, described: a text too long, a
    /// figure that is not finite (a difference of amounts may be negative).
    var problem: String? {
        switch self {
        case .int, .date, .bool: return nil
        case .number(let value): return value.isFinite ? nil : "is not a finite number"
        case .text(let text): return FactRecord.tooLong([text])
        case .list(let texts): return FactRecord.tooLong(texts)
        case .localized(let text): return FactRecord.tooLong([text.ru, text.en])
        case .money(let amount, _): return amount.isFinite ? nil : "is not a finite amount"
        }
    }
}

extension FactRecord {
    /// What `plan` would not have recorded as this fact, described.
    var problem: String? {
        if key.utf8.count > RunRecord.maxTextLength { return "has a key that is too long" }
        switch value {
        case .money(let amount, let currency), .price(let amount, let currency, _):
            return Self.amountProblem(amount, currency)
        case .number(let value): return value.isFinite ? nil : "is not a finite number"
        case .text(let text), .country(let text): return Self.tooLong([text])
        case .countries(let codes): return Self.tooLong(codes)
        case .listed(let number), .certificate(let number): return Self.tooLong(number.map { [$0] } ?? [])
        case .basis, .notListed, .flag: return nil
        }
    }

    /// "is too long" when the texts together pass ``RunRecord/maxTextLength``.
    static func tooLong(_ texts: [String]) -> String? {
        texts.reduce(0) { $0 + $1.utf8.count } > RunRecord.maxTextLength ? "is too long" : nil
    }

    /// An amount is finite and not negative, in a currency that is an ISO 4217 code.
    static func amountProblem(_ amount: Double, _ currency: String) -> String? {
        if !(amount.isFinite && amount >= 0) { return "has an amount \(amount) that is not an amount" }
        if !InventoryReading.isCode(currency, letters: 3) {
            return "has a currency \(RunRecord.quoted(currency)) that is not an ISO 4217 code"
        }
        return nil
    }
}
