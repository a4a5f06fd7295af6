/// Reads one `products/<id>.yaml` file into a `Product`, checking capability ids and types
/// against the vocabulary and requiring a source and a date on every decision fact.
struct ProductParser {
    static let keys = [
        "id", "name", "name_en", "category", "former_names", "summary", "vendor", "registries", "certifications",
        "data_residency", "capabilities", "pricing", "restrictions", "advisories", "migration", "sources",
    ]

    let vocabulary: CatalogVocabulary
    var capabilities: [String: Capability] { vocabulary.capabilities }
    let file: String

    func parse(_ root: YAMLNode, reader: inout YAMLReader) -> Product? {
        guard
            let map = reader.mapping(root, at: .root, keys: Self.keys, required: ["id", "name", "category", "vendor"])
        else {
            if root.isNull || root.scalar != nil
                || {
                    if case .sequence = root.value { return true }
                    return false
                }()
            {
                reader.error(
                    "a product file must be a mapping with id, name, category and vendor", at: .root, root.location)
            }
            return nil
        }
        let id = reader.string(map["id"], at: "id")
        if let id {
            if !CatalogNames.isSlug(id) {
                reader.error(
                    "'\(id)' is not a product id: use lowercase letters, digits and '-'", at: "id", map.location("id"))
            }
            let stem = file.split(separator: "/").last.map { String($0.split(separator: ".").first ?? "") } ?? ""
            if stem != id {
                reader.error("id '\(id)' must equal the file name '\(stem)'", at: "id", map.location("id"))
            }
        }
        let name = reader.string(map["name"], at: "name")
        let nameEn = reader.string(map["name_en"], at: "name_en")
        let category = reader.string(map["category"], at: "category")
        if let category, !CatalogNames.isSlug(category) {
            reader.error(
                "'\(category)' is not a category: use lowercase letters, digits and '-'", at: "category",
                map.location("category"))
        }
        let formerNames = strings(map["former_names"], at: "former_names", &reader)
        let summary = reader.localized(map["summary"], at: "summary")
        let vendor = parseVendor(map["vendor"], &reader)
        let registries = parseRegistries(map["registries"], &reader)
        let certifications = parseList(map["certifications"], at: "certifications", &reader, parseCertification)
        let residency = parseResidency(map["data_residency"], &reader)
        let facts = parseCapabilities(map["capabilities"], &reader)
        let pricing = parseList(map["pricing"], at: "pricing", &reader, parsePrice)
        let restrictions = parseList(map["restrictions"], at: "restrictions", &reader, parseRestriction)
        let advisories = parseList(map["advisories"], at: "advisories", &reader, parseAdvisory)
        let migration = parseMigration(map["migration"], &reader)
        let sources = (reader.sequence(map["sources"], at: "sources") ?? []).enumerated().compactMap { index, item in
            reader.source(item, at: FieldPath("sources").index(index))
        }
        checkUniqueIDs(restrictions.map { ($0.id, $0.provenance.location) }, what: "restriction", &reader)
        checkUniqueIDs(advisories.map { ($0.id, $0.provenance.location) }, what: "advisory", &reader)
        guard let id, let name, let category, let vendor else { return nil }
        return Product(
            id: id, name: name, nameEn: nameEn, category: category, formerNames: formerNames, summary: summary,
            vendor: vendor,
            registries: registries, certifications: certifications, dataResidency: residency,
            capabilities: facts, pricing: pricing, restrictions: restrictions, advisories: advisories,
            migration: migration, sources: sources, file: file)
    }

    // MARK: Parts

    private func parseVendor(_ node: YAMLNode?, _ reader: inout YAMLReader) -> Vendor? {
        guard
            let map = reader.mapping(
                node, at: "vendor", keys: ["name", "country", "website"] + ProvenanceParser.keys,
                required: ["name", "country"])
        else { return nil }
        let name = reader.string(map["name"], at: map.path("name"))
        let country = countryCode(map["country"], at: map.path("country"), &reader)
        let website = reader.link(map["website"], at: map.path("website"))
        let provenance = ProvenanceParser.parse(map, reader: &reader, decision: true, what: "the vendor's country")
        guard let name, let country else { return nil }
        return Vendor(name: name, country: country, website: website, provenance: provenance)
    }

    private func parseRegistries(_ node: YAMLNode?, _ reader: inout YAMLReader) -> [String: RegistryEntry] {
        guard let entries = reader.dictionary(node, at: "registries") else { return [:] }
        var out: [String: RegistryEntry] = [:]
        for entry in entries {
            let path = FieldPath("registries").key(entry.key)
            guard vocabulary.registers[entry.key] != nil else {
                reader.error(
                    "unknown register '\(entry.key)'" + Suggestions.hint(for: entry.key, in: vocabulary.registerIDs),
                    at: "registries", entry.keyLocation)
                continue
            }
            if entry.value.scalar != nil, !entry.value.isNull {
                // `ru_software: false` without a source is a claim nobody can check.
                reader.error(
                    "write the entry as a mapping {listed, source, as_of}: a register fact needs a source and a date",
                    at: path, entry.value.location)
                continue
            }
            guard
                let map = reader.mapping(
                    entry.value, at: path, keys: ["listed", "number", "since"] + ProvenanceParser.keys)
            else { continue }
            let listed = reader.bool(map["listed"], at: map.path("listed")) ?? true
            let number = reader.string(map["number"], at: map.path("number"))
            let since = reader.date(map["since"], at: map.path("since"))
            let provenance = ProvenanceParser.parse(map, reader: &reader, decision: true, what: "a register entry")
            if !listed, number != nil || since != nil {
                reader.error("an entry with listed: false has no number or since date", at: path, map.node.location)
            }
            out[entry.key] = RegistryEntry(listed: listed, number: number, since: since, provenance: provenance)
        }
        return out
    }

    private func parseCertification(_ node: YAMLNode, at path: FieldPath, _ reader: inout YAMLReader) -> Certification?
    {
        guard
            let map = reader.mapping(
                node, at: path, keys: ["kind", "number", "until"] + ProvenanceParser.keys, required: ["kind"])
        else { return nil }
        let kind = reader.string(map["kind"], at: map.path("kind"))
        let number = reader.string(map["number"], at: map.path("number"))
        let until = reader.date(map["until"], at: map.path("until"))
        let provenance = ProvenanceParser.parse(map, reader: &reader, decision: true, what: "a certification")
        guard let kind else { return nil }
        return Certification(kind: kind, number: number, until: until, provenance: provenance)
    }

    private func parseResidency(_ node: YAMLNode?, _ reader: inout YAMLReader) -> DataResidency? {
        guard let node, !node.isNull else { return nil }
        if case .sequence = node.value {
            reader.error(
                "write data residency as {value: [RU], source, as_of}: it decides eligibility and needs a source and a date",
                at: "data_residency", node.location)
            return nil
        }
        guard
            let map = reader.mapping(
                node, at: "data_residency", keys: ["value"] + ProvenanceParser.keys, required: ["value"])
        else { return nil }
        let countries = (reader.sequence(map["value"], at: map.path("value")) ?? []).enumerated().compactMap {
            index, item in
            countryCode(item, at: map.path("value").index(index), &reader)
        }
        let provenance = ProvenanceParser.parse(map, reader: &reader, decision: true, what: "data residency")
        return DataResidency(countries: countries, provenance: provenance)
    }

    private func parseCapabilities(_ node: YAMLNode?, _ reader: inout YAMLReader) -> [String: CapabilityFact] {
        guard let entries = reader.dictionary(node, at: "capabilities") else { return [:] }
        var out: [String: CapabilityFact] = [:]
        for entry in entries {
            let path = FieldPath("capabilities").key(entry.key)
            guard let capability = capabilities[entry.key] else {
                reader.error(
                    "unknown capability '\(entry.key)'"
                        + Suggestions.hint(for: entry.key, in: Array(capabilities.keys).sorted(), listUpTo: 0),
                    at: "capabilities", entry.keyLocation)
                continue
            }
            var valueNode: YAMLNode? = entry.value
            var provenance = Provenance(location: entry.value.location)
            if case .mapping = entry.value.value,
                let map = reader.mapping(
                    entry.value, at: path, keys: ["value"] + ProvenanceParser.keys, required: ["value"])
            {
                valueNode = map["value"]
                provenance = ProvenanceParser.parse(map, reader: &reader, decision: false, what: "a capability")
            } else if case .mapping = entry.value.value {
                continue
            }
            let value: CapabilityValue?
            switch capability.kind {
            case .bool: value = reader.bool(valueNode, at: path).map(CapabilityValue.bool)
            case .number:
                value = reader.number(valueNode, at: path, in: 0...Double.greatestFiniteMagnitude).map(
                    CapabilityValue.number)
            }
            guard let value else { continue }
            if provenance.source == nil || provenance.asOf == nil {
                reader.warning(
                    "give the capability's source and as_of: {value: \(value.text), source: …, as_of: …}", at: path,
                    entry.value.location)
            }
            out[entry.key] = CapabilityFact(value: value, provenance: provenance)
        }
        return out
    }

    private func parsePrice(_ node: YAMLNode, at path: FieldPath, _ reader: inout YAMLReader) -> PricingPlan? {
        guard
            let map = reader.mapping(
                node, at: path,
                keys: ["plan", "model", "price", "currency", "one_time", "minimum_users"] + ProvenanceParser.keys,
                required: ["plan", "model", "price", "currency"])
        else { return nil }
        let plan = reader.string(map["plan"], at: map.path("plan"))
        let model = reader.enumeration(PricingPlan.Model.self, map["model"], at: map.path("model"))
        let price = reader.number(map["price"], at: map.path("price"), in: NumberLimits.money)
        let currency = reader.string(map["currency"], at: map.path("currency"))
        if let currency, !(currency.count == 3 && currency.allSatisfy { $0.isASCII && $0.isUppercase }) {
            reader.error(
                "'\(currency)' is not an ISO 4217 currency code (e.g. RUB, USD)", at: map.path("currency"),
                map.location("currency"))
        }
        let oneTime =
            reader.number(map["one_time"], at: map.path("one_time"), in: NumberLimits.money) ?? 0
        let minimum = reader.integer(map["minimum_users"], at: map.path("minimum_users"), in: 1...Int.max)
        let provenance = ProvenanceParser.parse(map, reader: &reader, decision: true, what: "a price")
        guard let plan, let model, let price, let currency else { return nil }
        return PricingPlan(
            plan: plan, model: model, price: price, currency: currency, oneTime: oneTime,
            minimumUsers: minimum, provenance: provenance)
    }

    private func parseRestriction(_ node: YAMLNode, at path: FieldPath, _ reader: inout YAMLReader) -> Restriction? {
        guard
            let map = reader.mapping(
                node, at: path,
                keys: ["id", "summary", "applies_to", "effect", "since", "until"] + ProvenanceParser.keys,
                required: ["id", "applies_to", "effect", "since"])
        else { return nil }
        let id = reader.string(map["id"], at: map.path("id"))
        let summary = reader.localized(map["summary"], at: map.path("summary"))
        let condition = ConditionParser.parse(
            map["applies_to"], at: map.path("applies_to"), regimes: vocabulary.regimeIDs, reader: &reader)
        let effect = reader.enumeration(Restriction.Effect.self, map["effect"], at: map.path("effect"))
        let since = reader.date(map["since"], at: map.path("since"))
        let until = reader.date(map["until"], at: map.path("until"))
        if let since, let until, until < since {
            reader.error("until (\(until)) is before since (\(since))", at: map.path("until"), map.location("until"))
        }
        let provenance = ProvenanceParser.parse(map, reader: &reader, decision: true, what: "a restriction")
        guard let id, let condition, let effect, let since else { return nil }
        return Restriction(
            id: id, summary: summary, appliesTo: condition, effect: effect, since: since, until: until,
            provenance: provenance)
    }

    private func parseAdvisory(_ node: YAMLNode, at path: FieldPath, _ reader: inout YAMLReader) -> Advisory? {
        guard
            let map = reader.mapping(
                node, at: path,
                keys: ["id", "summary", "cvss", "exploited", "fixed_in", "published"] + ProvenanceParser.keys,
                required: ["id", "summary"])
        else { return nil }
        let id = reader.string(map["id"], at: map.path("id"))
        let summary = reader.localized(map["summary"], at: map.path("summary"))
        let cvss = reader.number(map["cvss"], at: map.path("cvss"), in: 0...10)
        let exploited = reader.bool(map["exploited"], at: map.path("exploited")) ?? false
        let fixedIn = reader.string(map["fixed_in"], at: map.path("fixed_in"))
        let published = reader.date(map["published"], at: map.path("published"))
        let provenance = ProvenanceParser.parse(map, reader: &reader, decision: true, what: "an advisory")
        guard let id, let summary else { return nil }
        return Advisory(
            id: id, summary: summary, cvss: cvss, exploited: exploited, fixedIn: fixedIn, published: published,
            provenance: provenance)
    }

    private func parseMigration(_ node: YAMLNode?, _ reader: inout YAMLReader) -> [MigrationPath] {
        guard let map = reader.mapping(node, at: "migration", keys: MigrationPath.Kind.allCases.map(\.rawValue)) else {
            return []
        }
        return MigrationPath.Kind.allCases.sorted { $0.rawValue < $1.rawValue }.compactMap { kind in
            reader.enumeration(MigrationPath.Method.self, map[kind.rawValue], at: map.path(kind.rawValue)).map {
                MigrationPath(kind: kind, method: $0)
            }
        }
    }

    // MARK: Helpers

    private func parseList<T>(
        _ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader,
        _ parse: (YAMLNode, FieldPath, inout YAMLReader) -> T?
    ) -> [T] {
        guard let items = reader.sequence(node, at: path) else { return [] }
        return items.enumerated().compactMap { index, item in parse(item, path.index(index), &reader) }
    }

    private func strings(_ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader) -> [String] {
        (reader.sequence(node, at: path) ?? []).enumerated().compactMap { index, item in
            reader.string(item, at: path.index(index))
        }
    }

    private func countryCode(_ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader) -> String? {
        guard let code = reader.string(node, at: path), let node else { return nil }
        guard CatalogNames.isCountry(code) else {
            reader.error("'\(code)' is not an ISO 3166-1 alpha-2 country code (e.g. RU, KZ)", at: path, node.location)
            return nil
        }
        return code
    }

    private func checkUniqueIDs(_ items: [(String, SourceLocation?)], what: String, _ reader: inout YAMLReader) {
        var seen = Set<String>()
        for (id, location) in items where !seen.insert(id).inserted {
            reader.error("\(what) id '\(id)' appears twice", at: FieldPath(""), location ?? .start(of: file))
        }
    }
}
