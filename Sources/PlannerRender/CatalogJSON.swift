import PlannerCore

/// `plan catalog show --format json` and `plan catalog list --format json`: products as
/// loaded, with the keys of their YAML files. Absent facts stay absent: unknown is not false.
public enum CatalogJSON {
    /// The products, in the order given, as a JSON array.
    public static func products(_ products: [Product]) -> JSONValue {
        .array(products.map(\.json))
    }

    /// One product as loaded, with the keys of its YAML file.
    public static func product(_ product: Product) -> JSONValue {
        product.json
    }

    /// `plan catalog capabilities --format json`: the vocabulary, with the keys of
    /// `capabilities.yaml`.
    public static func capabilities(_ capabilities: [Capability]) -> JSONValue {
        .array(
            capabilities.map { capability in
                var fields: [(String, JSONValue)] = [
                    ("id", .string(capability.id)), ("type", .string(capability.kind.rawValue)),
                ]
                if let unit = capability.unit { fields.append(("unit", unit.json)) }
                fields.append(("name", capability.name.json))
                fields.append(("description", capability.description.json))
                if let workaround = capability.workaround { fields.append(("workaround", workaround.json)) }
                return .object(fields)
            })
    }

    /// `plan catalog coverage --format json`, as cli.md (Revision 2) gives it.
    public static func coverage(_ coverage: CatalogCoverage) -> JSONValue {
        .object([
            ("capabilities", .int(coverage.capabilities)),
            (
                "products",
                .array(
                    coverage.products.map { product in
                        .object([
                            ("id", .string(product.id)), ("known", .int(product.known)),
                            ("unknown", .int(product.unknown)), ("secondary", .int(product.secondary)),
                            ("register", .bool(product.register)), ("data_residency", .bool(product.dataResidency)),
                            ("certification", .bool(product.certification)), ("price", .bool(product.price)),
                        ])
                    })
            ),
        ])
    }

    /// A condition with the keys of `when` / `applies_to` (`plan catalog show` prints a
    /// restriction's one this way).
    public static func condition(_ condition: OrganizationCondition) -> JSONValue {
        condition.json
    }
}

extension Product {
    /// The product as loaded, with the keys of its YAML file.
    fileprivate var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(id)), ("name", .string(name)), ("category", .string(category)),
        ]
        if let nameEn { fields.append(("name_en", .string(nameEn))) }
        if !formerNames.isEmpty { fields.append(("former_names", .strings(formerNames))) }
        if let summary { fields.append(("summary", summary.json)) }
        fields.append(
            (
                "vendor",
                .object(
                    [
                        ("name", .string(vendor.name)), ("country", .string(vendor.country)),
                        ("website", .string(vendor.website)),
                    ] + vendor.provenance.jsonFields)
            ))
        fields.append(
            (
                "registries",
                .object(
                    registries.keys.sorted().compactMap { key in
                        registries[key].map { entry in
                            (
                                key,
                                .object(
                                    [
                                        ("listed", .bool(entry.listed)), ("number", .string(entry.number)),
                                        ("since", .date(entry.since)),
                                    ]
                                        + entry.provenance.jsonFields)
                            )
                        }
                    })
            ))
        fields.append(
            (
                "certifications",
                .array(
                    certifications.map {
                        .object(
                            [("kind", .string($0.kind)), ("number", .string($0.number)), ("until", .date($0.until))]
                                + $0.provenance.jsonFields)
                    })
            ))
        if let dataResidency {
            fields.append(
                (
                    "data_residency",
                    .object([("value", .strings(dataResidency.countries))] + dataResidency.provenance.jsonFields)
                ))
        }
        fields.append(
            (
                "capabilities",
                .object(
                    capabilities.keys.sorted().compactMap { key in
                        capabilities[key].map { fact in
                            let value: JSONValue
                            switch fact.value {
                            case .bool(let flag): value = .bool(flag)
                            case .number(let number): value = .number(number)
                            }
                            return (key, .object([("value", value)] + fact.provenance.jsonFields))
                        }
                    })
            ))
        fields.append(
            (
                "pricing",
                .array(
                    pricing.map {
                        .object(
                            [
                                ("plan", .string($0.plan)), ("model", .string($0.model.rawValue)),
                                ("price", .number($0.price)),
                                ("currency", .string($0.currency)), ("one_time", .number($0.oneTime)),
                                ("minimum_users", .int($0.minimumUsers)),
                            ]
                                + $0.provenance.jsonFields)
                    })
            ))
        fields.append(
            (
                "restrictions",
                .array(
                    restrictions.map {
                        .object(
                            [
                                ("id", .string($0.id)), ("summary", $0.summary?.json ?? .null),
                                ("applies_to", $0.appliesTo.json),
                                ("effect", .string($0.effect.rawValue)), ("since", .date($0.since)),
                                ("until", .date($0.until)),
                            ]
                                + $0.provenance.jsonFields)
                    })
            ))
        fields.append(
            (
                "advisories",
                .array(
                    advisories.map {
                        .object(
                            [
                                ("id", .string($0.id)), ("summary", $0.summary.json), ("cvss", .number($0.cvss)),
                                ("exploited", .bool($0.exploited)), ("fixed_in", .string($0.fixedIn)),
                                ("published", .date($0.published)),
                            ]
                                + $0.provenance.jsonFields)
                    })
            ))
        fields.append(("migration", .object(migration.map { ($0.kind.rawValue, .string($0.method.rawValue)) })))
        fields.append(("sources", .strings(sources)))
        return .object(fields)
    }
}

extension LocalizedText {
    /// `{"ru": …, "en": …}`.
    fileprivate var json: JSONValue { .object([("ru", .string(ru)), ("en", .string(en))]) }
}

extension Provenance {
    /// `source`, `as_of`, and `note`/`confidence` when they say something.
    fileprivate var jsonFields: [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [("source", .string(source)), ("as_of", .date(asOf))]
        if let note { fields.append(("note", .string(note))) }
        if confidence != .confirmed { fields.append(("confidence", .string(confidence.rawValue))) }
        return fields
    }
}

extension OrganizationCondition {
    /// The condition with the keys of `when` / `applies_to`; absent fields left out.
    fileprivate var json: JSONValue {
        var fields: [(String, JSONValue)] = []
        if let country { fields.append(("country", .strings(country))) }
        if let ownership { fields.append(("ownership", .strings(ownership.map(\.rawValue)))) }
        if let sector { fields.append(("sector", .strings(sector.map(\.rawValue)))) }
        if let procurement { fields.append(("procurement", .strings(procurement))) }
        if let kii { fields.append(("kii", .strings(kii.map(\.rawValue)))) }
        if let institution { fields.append(("institution", .strings(institution.map(\.rawValue)))) }
        if let purposes { fields.append(("purposes", .strings(purposes.map(\.rawValue)))) }
        if let personalData { fields.append(("personal_data", .bool(personalData))) }
        if let stateInformationSystem { fields.append(("state_information_system", .bool(stateInformationSystem))) }
        return .object(fields)
    }
}
