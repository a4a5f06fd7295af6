/// Reads `capabilities.yaml`: `capabilities:` a list of `{id, type, unit, name, description,
/// workaround, tender}`.
enum CapabilityParser {
    static let keys = ["id", "type", "unit", "name", "description", "workaround", "tender"]

    static func parse(_ root: YAMLNode, reader: inout YAMLReader) -> [Capability] {
        guard let top = reader.mapping(root, at: .root, keys: ["capabilities"], required: ["capabilities"]),
            let items = reader.sequence(top["capabilities"], at: "capabilities")
        else { return [] }
        var seen: [String: Int] = [:]
        var out: [Capability] = []
        for (index, item) in items.enumerated() {
            let path = FieldPath("capabilities").index(index)
            guard let map = reader.mapping(item, at: path, keys: keys, required: ["id", "type", "name", "description"])
            else { continue }
            let id = reader.string(map["id"], at: map.path("id"))
            if let id, !CatalogNames.isDottedID(id) {
                reader.error(
                    "'\(id)' is not a capability id: use lowercase words joined by '.' or '_'", at: map.path("id"),
                    map.location("id"))
            }
            if let id, let first = seen[id] {
                reader.error(
                    "capability '\(id)' is defined twice (first at capabilities[\(first)])", at: map.path("id"),
                    map.location("id"))
            }
            let kind = reader.enumeration(Capability.Kind.self, map["type"], at: map.path("type"))
            let unit = reader.localized(map["unit"], at: map.path("unit"))
            let name = reader.localized(map["name"], at: map.path("name"))
            let description = reader.localized(map["description"], at: map.path("description"))
            let workaround = reader.localized(map["workaround"], at: map.path("workaround"))
            if kind == .number, unit == nil, !map.has("unit") {
                reader.error("a number capability needs a unit {ru, en}", at: path, item.location)
            }
            if kind == .number, map.has("workaround") {
                reader.error(
                    "only bool capabilities have a workaround", at: map.path("workaround"), map.location("workaround"))
            }
            if kind == .bool, !map.has("workaround") {
                reader.warning(
                    "a bool capability should have a workaround {ru, en} for plans whose target lacks it", at: path,
                    item.location)
            }
            let tender =
                map.has("tender") ? parseTender(map["tender"], at: map.path("tender"), kind: kind, &reader) : nil
            guard let id, let kind, let name, let description else { continue }
            if seen[id] == nil { seen[id] = index }
            out.append(
                Capability(
                    id: id, kind: kind, unit: unit, name: name, description: description, workaround: workaround,
                    tender: tender))
        }
        return out
    }
}

extension CapabilityParser {
    /// `tender: {section, ru, en}`: a number capability's texts hold `{value}` (the required
    /// number), a bool capability's do not.
    static func parseTender(
        _ node: YAMLNode?, at path: FieldPath, kind: Capability.Kind?, _ reader: inout YAMLReader
    ) -> Capability.Tender? {
        guard
            let map = reader.mapping(node, at: path, keys: ["section", "ru", "en"], required: ["section", "ru", "en"])
        else { return nil }
        let section = reader.enumeration(TenderSection.self, map["section"], at: map.path("section"))
        let ru = reader.string(map["ru"], at: map.path("ru"))
        let en = reader.string(map["en"], at: map.path("en"))
        for (language, text) in [("ru", ru), ("en", en)] {
            guard let text, let kind else { continue }
            let holds = text.containsBytes(Capability.Tender.placeholder)
            if kind == .number, !holds {
                reader.error(
                    "a number capability's tender text holds \(Capability.Tender.placeholder) for the required number",
                    at: map.path(language), map.location(language))
            } else if kind == .bool, holds {
                reader.error(
                    "only a number capability's tender text holds \(Capability.Tender.placeholder)",
                    at: map.path(language), map.location(language))
            }
        }
        guard let section, let ru, let en else { return nil }
        return Capability.Tender(section: section, text: LocalizedText(ru: ru, en: en))
    }
}

/// Name rules shared by the catalog's files.
enum CatalogNames {
    /// `deployment.on_premises`: lowercase ASCII words of letters, digits and `_`, joined by dots.
    /// (Read by bytes: every id of the catalog and the inventory passes here, and a byte
    /// outside ASCII is never part of one, so no Character needs forming.)
    static func isDottedID(_ text: String) -> Bool {
        var previous: UInt8 = 0x2E  // a dot before the start: an id neither starts nor ends with one
        for byte in text.utf8 {
            guard byte == 0x2E ? previous != 0x2E : isWordByte(byte, or: 0x5F) else { return false }
            previous = byte
        }
        return previous != 0x2E
    }

    /// `trueconf`, `mts-link`: lowercase ASCII letters, digits and hyphens, starting with a letter or digit.
    static func isSlug(_ text: String) -> Bool {
        guard let first = text.utf8.first, isWordByte(first, or: nil) else { return false }
        return text.utf8.allSatisfy { isWordByte($0, or: 0x2D) }
    }

    /// A lowercase ASCII letter, an ASCII digit, or `extra`.
    private static func isWordByte(_ byte: UInt8, or extra: UInt8?) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == extra
    }

    /// `RU`, `KZ`: two uppercase ASCII letters.
    static func isCountry(_ text: String) -> Bool {
        text.count == 2 && text.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// One country code, or an error at its place.
    static func country(_ node: YAMLNode?, at path: FieldPath, reader: inout YAMLReader) -> String? {
        guard let code = reader.string(node, at: path), let node else { return nil }
        guard isCountry(code) else {
            reader.error("'\(code)' is not an ISO 3166-1 alpha-2 country code (e.g. RU, KZ)", at: path, node.location)
            return nil
        }
        return code
    }

    /// One country code or a list of them; empty when the field is absent.
    static func countries(_ node: YAMLNode?, at path: FieldPath, reader: inout YAMLReader) -> [String] {
        guard let items = reader.oneOrMany(node, at: path) else { return [] }
        return items.enumerated().compactMap { index, item in country(item, at: path.index(index), reader: &reader) }
    }
}

/// Reads the fields every sourced fact shares: `source`, `as_of`, `note`, `confidence`.
enum ProvenanceParser {
    static let keys = ["source", "as_of", "note", "confidence"]

    /// Reads provenance from a mapping. With `decision`, a missing source or date is an error:
    /// facts that decide eligibility or cost must say where they come from and when.
    static func parse(_ map: YAMLMapping, reader: inout YAMLReader, decision: Bool, what: String) -> Provenance {
        let source = reader.source(map["source"], at: map.path("source"))
        let asOf = reader.date(map["as_of"], at: map.path("as_of"))
        let note = reader.string(map["note"], at: map.path("note"))
        let confidence =
            reader.enumeration(Confidence.self, map["confidence"], at: map.path("confidence")) ?? .confirmed
        if decision {
            if !map.has("source") {
                reader.error("\(what) decides eligibility or cost and needs a source", at: map.path, map.node.location)
            }
            if !map.has("as_of") {
                reader.error(
                    "\(what) decides eligibility or cost and needs a date (as_of)", at: map.path, map.node.location)
            }
        }
        if confidence == .unconfirmed, note == nil {
            reader.error(
                "an unconfirmed \(what) needs a note saying what is believed and why", at: map.path, map.node.location)
        }
        if let asOf, asOf.year < 1990 {
            reader.error("\(asOf) is not a plausible date for this fact", at: map.path("as_of"), map.location("as_of"))
        }
        return Provenance(source: source, asOf: asOf, note: note, confidence: confidence, location: map.node.location)
    }
}

/// Reads an organization condition (`when` of a rule, `applies_to` of a restriction,
/// `default_for` of a procurement regime).
enum ConditionParser {
    static let keys = [
        "country", "ownership", "sector", "procurement", "kii", "institution", "purposes", "personal_data",
        "state_information_system", "municipal_participation",
    ]

    /// Reads a condition; `regimes` are the procurement regime ids it may name.
    static func parse(
        _ node: YAMLNode?, at path: FieldPath, regimes: [String], reader: inout YAMLReader
    ) -> OrganizationCondition? {
        guard let map = reader.mapping(node, at: path, keys: keys) else { return nil }
        var condition = OrganizationCondition()
        if map.has("country") {
            condition.country = CatalogNames.countries(map["country"], at: map.path("country"), reader: &reader)
        }
        condition.ownership = list(Ownership.self, map, "ownership", &reader)
        condition.sector = list(Sector.self, map, "sector", &reader)
        if let items = reader.oneOrMany(map["procurement"], at: map.path("procurement")) {
            condition.procurement = items.enumerated().compactMap { index, item in
                let itemPath = map.path("procurement").index(index)
                guard let id = reader.string(item, at: itemPath) else { return nil }
                guard regimes.contains(id) else {
                    reader.error(
                        "unknown procurement regime '\(id)'" + Suggestions.hint(for: id, in: regimes),
                        at: itemPath, item.location)
                    return nil
                }
                return id
            }
        }
        condition.kii = list(KIIStatus.self, map, "kii", &reader)
        if let items = reader.oneOrMany(map["institution"], at: map.path("institution")) {
            condition.institution = items.enumerated().compactMap { index, item in
                reader.choice(
                    item, at: map.path("institution").index(index), from: InstitutionKind.stated.map(\.rawValue)
                ).flatMap(InstitutionKind.init(rawValue:))
            }
        }
        condition.purposes = list(Purpose.self, map, "purposes", &reader)
        condition.personalData = reader.bool(map["personal_data"], at: map.path("personal_data"))
        condition.stateInformationSystem = reader.bool(
            map["state_information_system"], at: map.path("state_information_system"))
        condition.municipalParticipation = reader.bool(
            map["municipal_participation"], at: map.path("municipal_participation"))
        return condition
    }

    private static func list<E: RawRepresentable & CaseIterable>(
        _ type: E.Type, _ map: YAMLMapping, _ key: String, _ reader: inout YAMLReader
    ) -> [E]? where E.RawValue == String {
        guard let items = reader.oneOrMany(map[key], at: map.path(key)) else { return nil }
        return items.enumerated().compactMap { index, item in
            reader.enumeration(type, item, at: map.path(key).index(index))
        }
    }
}
