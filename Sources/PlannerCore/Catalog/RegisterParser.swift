/// Reads `registers.yaml`: `registers:` a list of
/// `{id, country, name, url, vendors_from, vendors_not_from, domestic_for, closed, question, note}`.
enum RegisterParser {
    static let keys = [
        "id", "country", "name", "url", "vendors_from", "vendors_not_from", "domestic_for", "closed", "question",
        "note",
    ]

    static func parse(_ root: YAMLNode, reader: inout YAMLReader) -> [Register] {
        guard let top = reader.mapping(root, at: .root, keys: ["registers"], required: ["registers"]),
            let items = reader.sequence(top["registers"], at: "registers")
        else { return [] }
        var seen = Set<String>()
        var out: [Register] = []
        for (index, item) in items.enumerated() {
            let path = FieldPath("registers").index(index)
            guard let map = reader.mapping(item, at: path, keys: keys, required: ["id", "name"]) else {
                continue
            }
            let id = reader.string(map["id"], at: map.path("id"))
            if let id, !CatalogNames.isDottedID(id) {
                reader.error(
                    "'\(id)' is not a register id: use lowercase words joined by '_'", at: map.path("id"),
                    map.location("id"))
            }
            if let id, !seen.insert(id).inserted {
                reader.error("register '\(id)' is defined twice", at: map.path("id"), map.location("id"))
            }
            let country =
                map.has("country")
                ? CatalogNames.country(map["country"], at: map.path("country"), reader: &reader) : nil
            let name = reader.localized(map["name"], at: map.path("name"))
            let url = reader.link(map["url"], at: map.path("url"))
            let from = CatalogNames.countries(map["vendors_from"], at: map.path("vendors_from"), reader: &reader)
            let notFrom = CatalogNames.countries(
                map["vendors_not_from"], at: map.path("vendors_not_from"), reader: &reader)
            let domestic = CatalogNames.countries(map["domestic_for"], at: map.path("domestic_for"), reader: &reader)
            var closed: Provenance?
            if map.has("closed"),
                let list = reader.mapping(map["closed"], at: map.path("closed"), keys: ProvenanceParser.keys)
            {
                closed = ProvenanceParser.parse(list, reader: &reader, decision: true, what: "a closed list")
            }
            let note = reader.string(map["note"], at: map.path("note"))
            let question = reader.localized(map["question"], at: map.path("question"))
            guard let id, let name else { continue }
            var register = Register(
                id: id, country: country, name: name, url: url, vendorsFrom: from, vendorsNotFrom: notFrom,
                domesticFor: domestic, closed: closed, note: note)
            register.question = question
            out.append(register)
        }
        return out
    }
}

/// Reads `procurement.yaml`: the regime of organizations no default names (`fallback`) and
/// `regimes:` a list of `{id, key, country, name, citation, regulated, default_for,
/// procurement_days, minimum_quotes, checklist, note}`.
struct ProcurementRegimeParser {
    static let keys = [
        "id", "key", "country", "name", "citation", "regulated", "default_for", "procurement_days", "minimum_quotes",
        "checklist", "steps", "confidence", "note", "price_justification", "single_supplier",
    ]

    /// The checklist item ids a regime may name.
    let checklistIDs: Set<String>

    func parse(_ root: YAMLNode, reader: inout YAMLReader) -> (
        fallback: (id: String, location: SourceLocation)?, regimes: [ProcurementRegime]
    ) {
        guard
            let top = reader.mapping(root, at: .root, keys: ["fallback", "regimes"], required: ["regimes"]),
            let items = reader.sequence(top["regimes"], at: "regimes")
        else { return (nil, []) }
        let fallback = reader.string(top["fallback"], at: top.path("fallback")).map { ($0, top.location("fallback")) }
        var seen = Set<String>()
        var out: [ProcurementRegime] = []
        for (index, item) in items.enumerated() {
            let path = FieldPath("regimes").index(index)
            guard
                let map = reader.mapping(
                    item, at: path, keys: Self.keys,
                    required: ["id", "key", "name", "regulated", "procurement_days"])
            else { continue }
            let id = reader.string(map["id"], at: map.path("id"))
            if let id, !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                reader.error(
                    "'\(id)' is not a regime id: use letters, digits and '-' (e.g. LAW-12)", at: map.path("id"),
                    map.location("id"))
            }
            if let id, !seen.insert(id).inserted {
                reader.error("regime '\(id)' is defined twice", at: map.path("id"), map.location("id"))
            }
            let key = reader.string(map["key"], at: map.path("key"))
            if let key, !CatalogNames.isDottedID(key) || key.contains(".") {
                reader.error(
                    "'\(key)' is not a template key: use lowercase letters, digits and '_'", at: map.path("key"),
                    map.location("key"))
            }
            let country =
                map.has("country")
                ? CatalogNames.country(map["country"], at: map.path("country"), reader: &reader) : nil
            let name = reader.localized(map["name"], at: map.path("name"))
            let citation =
                map.has("citation") ? RuleParser.citation(map["citation"], at: map.path("citation"), &reader) : nil
            let regulated = reader.bool(map["regulated"], at: map.path("regulated"))
            var defaults: [OrganizationCondition] = []
            for (i, node) in (reader.sequence(map["default_for"], at: map.path("default_for")) ?? []).enumerated() {
                let conditionPath = map.path("default_for").index(i)
                guard let condition = ConditionParser.parse(node, at: conditionPath, regimes: [], reader: &reader)
                else { continue }
                if condition.country == nil || condition.ownership == nil {
                    reader.error(
                        "a default names a country and an ownership (e.g. {country: RU, ownership: [federal]})",
                        at: conditionPath, node.location)
                }
                defaults.append(condition)
            }
            let days = reader.integer(map["procurement_days"], at: map.path("procurement_days"), in: 0...400)
            let quotes = reader.integer(map["minimum_quotes"], at: map.path("minimum_quotes"), in: 1...20)
            var checklist: [String] = []
            for (i, node) in (reader.sequence(map["checklist"], at: map.path("checklist")) ?? []).enumerated() {
                guard let item = reader.string(node, at: map.path("checklist").index(i)) else { continue }
                if !checklistIDs.contains(item) {
                    reader.error(
                        "unknown checklist item '\(item)'" + Suggestions.hint(for: item, in: checklistIDs.sorted()),
                        at: map.path("checklist").index(i), node.location)
                    continue
                }
                checklist.append(item)
            }
            let note = reader.string(map["note"], at: map.path("note"))
            let confidence =
                reader.enumeration(Confidence.self, map["confidence"], at: map.path("confidence")) ?? .confirmed
            if confidence == .unconfirmed, note == nil {
                reader.error(
                    "confidence: unconfirmed needs a note that says what is not confirmed", at: map.path("confidence"),
                    map.location("confidence"))
            }
            let steps = parseSteps(map["steps"], at: map.path("steps"), &reader)
            let prices = parsePriceRules(map["price_justification"], at: map.path("price_justification"), &reader)
            let single = parseSingleSupplier(map["single_supplier"], at: map.path("single_supplier"), &reader)
            guard let id, let key, let name, let regulated, let days else { continue }
            var regime = ProcurementRegime(
                id: id, key: key, country: country, name: name, citation: citation, regulated: regulated,
                defaultFor: defaults, procurementDays: days, minimumQuotes: quotes, checklist: checklist,
                note: note, location: item.location)
            regime.steps = steps
            regime.confidence = confidence
            regime.priceJustification = prices
            regime.singleSupplier = single
            out.append(regime)
        }
        return (fallback, out)
    }

    /// `steps:` each `{id, title, text, citation?, confidence?, when?}`; ids unique in the regime.
    func parseSteps(_ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader) -> [ProcurementRegime.Step] {
        guard let items = reader.sequence(node, at: path) else { return [] }
        var seen = Set<String>()
        return items.enumerated().compactMap { index, item in
            let itemPath = path.index(index)
            guard
                let map = reader.mapping(
                    item, at: itemPath,
                    keys: ["id", "title", "text", "citation", "confidence", "when", "from", "until"],
                    required: ["id", "title", "text"])
            else { return nil }
            let id = reader.string(map["id"], at: map.path("id"))
            if let id, !CatalogNames.isDottedID(id) || id.contains(".") {
                reader.error(
                    "'\(id)' is not a step id: use lowercase letters, digits and '_'", at: map.path("id"),
                    map.location("id"))
            }
            if let id, map.has("from") || map.has("until") ? false : !seen.insert(id).inserted {
                reader.error("step '\(id)' is defined twice in this regime", at: map.path("id"), map.location("id"))
            }
            let from = reader.date(map["from"], at: map.path("from"))
            let until = reader.date(map["until"], at: map.path("until"))
            if let from, let until, until < from {
                reader.error("until (\(until)) is before from (\(from))", at: map.path("until"), map.location("until"))
            }
            let title = reader.localized(map["title"], at: map.path("title"))
            let text = reader.localized(map["text"], at: map.path("text"))
            let citation =
                map.has("citation") ? RuleParser.citation(map["citation"], at: map.path("citation"), &reader) : nil
            let confidence =
                reader.enumeration(Confidence.self, map["confidence"], at: map.path("confidence")) ?? .confirmed
            var conditions: [OrganizationCondition] = []
            if map.has("when") {
                let whenPath = map.path("when")
                if case .sequence(let nodes)? = map["when"]?.value {
                    conditions = nodes.enumerated().compactMap { i, node in
                        ConditionParser.parse(node, at: whenPath.index(i), regimes: [], reader: &reader)
                    }
                } else if let one = ConditionParser.parse(map["when"], at: whenPath, regimes: [], reader: &reader) {
                    conditions = [one]
                }
            }
            guard let id, let title, let text else { return nil }
            return ProcurementRegime.Step(
                id: id, title: title, text: text, citation: citation, confidence: confidence, when: conditions,
                from: from, until: until)
        }
    }
}
