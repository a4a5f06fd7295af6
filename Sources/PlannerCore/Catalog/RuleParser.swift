/// Reads a `rules/<country>.yaml` file: an optional `jurisdiction:` and `rules:` a list of laws
/// as rules.
struct RuleParser {
    static let keys = [
        "id", "title", "summary", "citation", "sources", "effective_from", "effective_until", "when", "check_when",
        "check_note", "require", "effect", "purposes", "severity", "severity_changes", "advice", "variants", "tasks",
        "specification", "confidence", "note",
    ]

    let vocabulary: CatalogVocabulary
    var capabilities: [String: Capability] { vocabulary.capabilities }

    /// The file's rules and its jurisdiction, when it states one.
    func parse(_ root: YAMLNode, reader: inout YAMLReader) -> (rules: [Rule], jurisdiction: Jurisdiction?) {
        guard let top = reader.mapping(root, at: .root, keys: ["jurisdiction", "rules"], required: ["rules"]) else {
            return ([], nil)
        }
        let jurisdiction = top.has("jurisdiction") ? JurisdictionParser.parse(top["jurisdiction"], &reader) : nil
        let rules = parseRules(top, reader: &reader)
        SourceQualityCheck(jurisdiction: jurisdiction).check(rules, reader: &reader)
        return (rules, jurisdiction)
    }

    private func parseRules(_ top: YAMLMapping, reader: inout YAMLReader) -> [Rule] {
        guard let items = reader.sequence(top["rules"], at: "rules") else { return [] }
        // Duplicate ids are found on the raw ids, so that a rule broken in other ways is still counted.
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            guard case .mapping(let entries) = item.value,
                let idNode = entries.first(where: { $0.key.scalar?.text == "id" })?.value,
                let id = idNode.scalar?.text
            else { continue }
            if let first = seen[id] {
                reader.error(
                    "rule id '\(id)' is defined twice in this file (first at rules[\(first)])",
                    at: FieldPath("rules").index(index).key("id"), idNode.location)
            } else {
                seen[id] = index
            }
        }
        return items.enumerated().compactMap { index, item in
            parseRule(item, at: FieldPath("rules").index(index), &reader)
        }
    }

    private func parseRule(_ node: YAMLNode, at path: FieldPath, _ reader: inout YAMLReader) -> Rule? {
        guard
            let map = reader.mapping(
                node, at: path, keys: Self.keys,
                required: ["id", "title", "citation", "effective_from", "when", "severity"])
        else { return nil }
        let id = reader.string(map["id"], at: map.path("id"))
        if let id, id == "VENDOR-RESTRICTION" || id == "REQUIREMENT" {
            reader.error(
                "'\(id)' is built in and cannot be defined in the catalog", at: map.path("id"), map.location("id"))
        } else if let id, !id.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "-") }) {
            reader.error(
                "'\(id)' is not a rule id: use uppercase letters, digits and '-' (e.g. RU-1236-REGISTRY)",
                at: map.path("id"), map.location("id"))
        }
        let title = reader.localized(map["title"], at: map.path("title"))
        let summary = reader.localized(map["summary"], at: map.path("summary"))
        let citation = Self.citation(map["citation"], at: map.path("citation"), &reader)
        let sources = (reader.sequence(map["sources"], at: map.path("sources")) ?? []).enumerated().compactMap {
            index, item in
            reader.source(item, at: map.path("sources").index(index))
        }
        let from = reader.date(map["effective_from"], at: map.path("effective_from"))
        let until = reader.date(map["effective_until"], at: map.path("effective_until"))
        if let from, let until, until < from {
            reader.error(
                "effective_until (\(until)) is before effective_from (\(from))", at: map.path("effective_until"),
                map.location("effective_until"))
        }
        let conditions = parseWhen(map["when"], at: map.path("when"), &reader)
        let checkWhen = map.has("check_when") ? parseWhen(map["check_when"], at: map.path("check_when"), &reader) : []
        let checkNote = reader.localized(map["check_note"], at: map.path("check_note"))
        if !(checkWhen ?? []).isEmpty, checkNote == nil {
            reader.error(
                "check_when needs check_note: say what the organization must check", at: map.path("check_when"),
                map.location("check_when"))
        }
        let effect = reader.enumeration(Rule.Effect.self, map["effect"], at: map.path("effect"))
        let predicate = map.has("require") ? parsePredicate(map["require"], at: map.path("require"), &reader) : nil
        if !map.has("require"), !(effect?.needsNoProduct ?? false) {
            reader.error(
                "a rule requires one predicate (\(Predicate.keys.joined(separator: ", "))) unless its effect is "
                    + "obligation or information", at: map.path("require"), node.location)
        }
        let purposes = parsePurposes(map["purposes"], at: map.path("purposes"), &reader)
        let severity = reader.enumeration(Rule.Severity.self, map["severity"], at: map.path("severity"))
        let changes = parseChanges(
            map["severity_changes"], at: map.path("severity_changes"), from: from, until: until, &reader)
        let advice = reader.localized(map["advice"], at: map.path("advice"))
        let confidence =
            reader.enumeration(Confidence.self, map["confidence"], at: map.path("confidence")) ?? .confirmed
        let note = reader.string(map["note"], at: map.path("note"))
        let variants = parseVariants(map["variants"], at: map.path("variants"), from: from, until: until, &reader)
        let tasks = parseTasks(map["tasks"], at: map.path("tasks"), &reader)
        let clauses = parseClauses(map["specification"], at: map.path("specification"), &reader)
        if confidence == .unconfirmed, severity == .blocker || changes.contains(where: { $0.severity == .blocker }) {
            reader.error(
                "a rule the research cannot confirm (confidence: unconfirmed) stays a warning; it cannot be a blocker",
                at: map.path("severity"), map.location("severity"))
        }
        guard let id, let title, let citation, let from, let conditions, let severity, let checkWhen else { return nil }
        if map.has("require"), predicate == nil { return nil }
        var rule = Rule(
            id: id, title: title, summary: summary, citation: citation, sources: sources, effectiveFrom: from,
            effectiveUntil: until, when: conditions, require: predicate, severity: severity, severityChanges: changes,
            advice: advice, confidence: confidence, note: note, location: node.location)
        if let effect { rule.effect = effect }
        rule.purposes = purposes
        rule.checkWhen = checkWhen
        rule.checkNote = checkNote
        rule.variants = variants
        rule.tasks = tasks
        rule.specification = clauses
        return rule
    }

    /// `citation: {title, url}`.
    static func citation(_ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader) -> Rule.Citation? {
        guard let map = reader.mapping(node, at: path, keys: ["title", "url"], required: ["title"]) else { return nil }
        let title = reader.string(map["title"], at: map.path("title"))
        let url = reader.link(map["url"], at: map.path("url"))
        return title.map { Rule.Citation(title: $0, url: url) }
    }

    /// `when` is one condition or a list of them (any may match).
    func parseWhen(_ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader)
        -> [OrganizationCondition]?
    {
        guard let node else { return nil }
        if case .sequence(let items) = node.value {
            if items.isEmpty {
                reader.error("a list of conditions must not be empty", at: path, node.location)
                return nil
            }
            let conditions = items.enumerated().compactMap { index, item in
                ConditionParser.parse(item, at: path.index(index), regimes: vocabulary.regimeIDs, reader: &reader)
            }
            return conditions.count == items.count ? conditions : nil
        }
        return ConditionParser.parse(node, at: path, regimes: vocabulary.regimeIDs, reader: &reader).map { [$0] }
    }

    /// `require` holds exactly one predicate of the fixed set.
    private func parsePredicate(_ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader) -> Predicate? {
        guard let node else { return nil }
        guard let map = reader.mapping(node, at: path, keys: Predicate.keys) else { return nil }
        guard map.keys.count == 1, let key = map.keys.first, let value = map[key] else {
            if map.keys.count > 1 {
                reader.error(
                    "a rule requires exactly one predicate; split it into several rules", at: path, node.location)
            } else if case .mapping(let entries) = node.value, entries.isEmpty {
                reader.error(
                    "a rule requires one predicate: one of \(Predicate.keys.joined(separator: ", "))", at: path,
                    node.location)
            }
            return nil
        }
        let keyPath = map.path(key)
        switch key {
        case "registry", "not_in_registry":
            guard let name = reader.choice(value, at: keyPath, from: vocabulary.registerIDs) else { return nil }
            return key == "registry" ? .registry(name) : .notInRegistry(name)
        case "vendor_country", "data_residency":
            guard let items = reader.oneOrMany(value, at: keyPath) else { return nil }
            let codes = items.enumerated().compactMap { index, item -> String? in
                guard let code = reader.string(item, at: keyPath.index(index)) else { return nil }
                guard CatalogNames.isCountry(code) else {
                    reader.error(
                        "'\(code)' is not an ISO 3166-1 alpha-2 country code", at: keyPath.index(index), item.location)
                    return nil
                }
                return code
            }
            guard codes.count == items.count, !codes.isEmpty else { return nil }
            return key == "vendor_country" ? .vendorCountry(codes) : .dataResidency(codes)
        case "certification":
            return reader.string(value, at: keyPath).map(Predicate.certification)
        case "capability":
            guard let id = reader.string(value, at: keyPath) else { return nil }
            guard let capability = capabilities[id] else {
                reader.error(
                    "unknown capability '\(id)'"
                        + Suggestions.hint(for: id, in: capabilities.keys.sorted(), listUpTo: 0), at: keyPath,
                    value.location)
                return nil
            }
            guard capability.kind == .bool else {
                reader.error(
                    "capability '\(id)' is a number; a rule can require only a bool capability", at: keyPath,
                    value.location)
                return nil
            }
            return .capability(id)
        default:
            return nil
        }
    }

    private func parseChanges(
        _ node: YAMLNode?, at path: FieldPath, from: CalendarDate?, until: CalendarDate?,
        _ reader: inout YAMLReader
    ) -> [Rule.SeverityChange] {
        guard let items = reader.sequence(node, at: path) else { return [] }
        var previous: CalendarDate?
        return items.enumerated().compactMap { index, item in
            let itemPath = path.index(index)
            guard
                let map = reader.mapping(
                    item, at: itemPath, keys: ["from", "severity", "note"], required: ["from", "severity"])
            else { return nil }
            let date = reader.date(map["from"], at: map.path("from"))
            let severity = reader.enumeration(Rule.Severity.self, map["severity"], at: map.path("severity"))
            let note = reader.localized(map["note"], at: map.path("note"))
            if let date {
                if let from, date <= from {
                    reader.error(
                        "a severity change on \(date) must come after effective_from (\(from))", at: map.path("from"),
                        map.location("from"))
                }
                if let until, date > until {
                    reader.error(
                        "a severity change on \(date) comes after effective_until (\(until))", at: map.path("from"),
                        map.location("from"))
                }
                if let previous, date <= previous {
                    reader.error("severity changes must be in date order", at: map.path("from"), map.location("from"))
                }
                previous = date
            }
            guard let date, let severity else { return nil }
            return Rule.SeverityChange(from: date, severity: severity, note: note)
        }
    }
}
