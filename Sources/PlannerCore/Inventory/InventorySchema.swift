/// The JSON Schema (draft-07, the draft editors support best) of an inventory, for editors
/// that complete and check a file as it is typed: VS Code with the YAML extension and
/// JetBrains IDEs read it through the `# yaml-language-server: $schema=…` line that
/// `plan init` writes. The keys come from the same lists the reader accepts
/// (`InventoryReading`), and the ids from the catalog (products, capabilities, procurement
/// regimes) and the model's enums, so the schema cannot drift from what `plan validate`
/// accepts. It is a help for typing, not the judge: `plan validate` still checks what a
/// schema cannot (sites adding up, a placeholder name, dates that exist).
public enum InventorySchema {
    /// The schema's dialect.
    public static let dialect = "http://json-schema.org/draft-07/schema#"

    /// The schema for inventories checked against `catalog`.
    public static func json(catalog: Catalog) -> JSONValue {
        let builder = Builder(catalog: catalog)
        return .object([
            ("$schema", .string(dialect)),
            ("title", .string("plan inventory (format 1)")),
            ("type", .string("object")),
            ("required", .strings(["schema", "organization", "services"])),
            ("additionalProperties", .bool(false)),
            ("properties", builder.properties(InventoryReading.rootKeys, builder.root)),
        ])
    }

    /// Builds the parts; `types` maps each key of a list to its schema, and a key without one
    /// takes `{}` (anything), which a test forbids.
    struct Builder {
        let catalog: Catalog

        func properties(_ keys: [String], _ types: [String: JSONValue]) -> JSONValue {
            .object(keys.map { ($0, types[$0] ?? .object([])) })
        }

        func object(_ keys: [String], _ types: [String: JSONValue], required: [String] = []) -> JSONValue {
            var fields: [(String, JSONValue)] = [("type", .string("object"))]
            if !required.isEmpty { fields.append(("required", .strings(required))) }
            fields.append(("additionalProperties", .bool(false)))
            fields.append(("properties", properties(keys, types)))
            return .object(fields)
        }

        var root: [String: JSONValue] {
            [
                "schema": .object([("const", .number(1))]),
                "organization": object(
                    InventoryReading.organizationKeys, organization,
                    required: ["name", "country", "sector", "ownership", "users"]),
                "services": .object([
                    ("type", .string("array")), ("minItems", .number(1)),
                    ("items", object(InventoryReading.serviceKeys, service, required: ["product"])),
                ]),
                "requirements": object(InventoryReading.requirementKeys, requirements),
                "quotes": .object([
                    ("type", .string("object")),
                    ("propertyNames", Self.enumeration(catalog.productIDs)),
                    ("additionalProperties", quoteObject),
                ]),
                "plan": object(InventoryReading.planKeys, plan),
            ]
        }

        var organization: [String: JSONValue] {
            [
                "name": .object([
                    ("type", .string("string")), ("minLength", .number(1)),
                    // The placeholder of plan init, `<…>`, is not a name.
                    ("not", .object([("pattern", .string("^\\s*<.*>\\s*$"))])),
                ]),
                "id": .object([
                    ("type", .string("string")), ("pattern", .string("^[a-z0-9][a-z0-9-]*$")),
                    ("maxLength", .number(Double(Slug.maxLength))),
                ]),
                "country": Self.code(letters: 2),
                "sector": Self.enumeration(Sector.allCases.map(\.rawValue)),
                "ownership": Self.enumeration(Ownership.allCases.map(\.rawValue)),
                "institution": Self.enumeration(InstitutionKind.stated.map(\.rawValue)),
                "procurement": Self.enumeration(catalog.procurementRegimes.map(\.id)),
                "personal_data": Self.boolean,
                "kii": Self.enumeration(KIIStatus.allCases.map(\.rawValue)),
                "state_information_system": Self.boolean,
                "municipal_participation": Self.boolean,
                "users": Self.integer(minimum: 1),
                "it_staff": Self.integer(minimum: 0),
                "deadline": Self.date,
                "budget": object(
                    InventoryReading.budgetKeys, ["currency": Self.code(letters: 3), "annual": Self.amount]),
                "sites": .object([
                    ("type", .string("array")),
                    (
                        "items",
                        object(
                            InventoryReading.siteKeys,
                            [
                                "name": Self.text, "users": Self.integer(minimum: 0),
                                "room_systems": Self.integer(minimum: 0),
                            ], required: ["name"])
                    ),
                ]),
            ]
        }

        var service: [String: JSONValue] {
            let usage = Dictionary(
                uniqueKeysWithValues: InventoryReading.usageKeys.map {
                    ($0, $0 == "recordings_gb" ? Self.amount : Self.integer(minimum: 0))
                })
            return [
                "product": Self.enumeration(catalog.productIDs),
                "plan": Self.text,
                "licenses": Self.integer(minimum: 0),
                "annual_cost": Self.amount,
                "contract_end": Self.date,
                "usage": object(InventoryReading.usageKeys, usage),
                "features_used": Self.list(of: Self.enumeration(catalog.capabilityIDs)),
                "purposes": Self.list(of: Self.enumeration(Purpose.allCases.map(\.rawValue))),
            ]
        }

        var requirements: [String: JSONValue] {
            let yesNo = catalog.capabilities.filter { $0.kind == .bool }.map(\.id)
            let limits = catalog.capabilities.filter { $0.kind == .number }.map(\.id)
            let escaped = limits.map { $0.replacingOccurrences(of: ".", with: "\\.") }.joined(separator: "|")
            let comparison = "^\\s*(\(escaped))\\s*(>=|<=)\\s*[0-9][0-9_.eE+-]*\\s*$"
            let weights = Dictionary(
                uniqueKeysWithValues: InventoryReading.weightKeys.map {
                    ($0, JSONValue.object([("type", .string("number")), ("minimum", .number(0))]))
                })
            return [
                "must": Self.list(
                    of: .object([
                        ("type", .string("string")),
                        ("anyOf", .array([Self.enumeration(yesNo), .object([("pattern", .string(comparison))])])),
                    ])),
                "want": .object([
                    ("type", .string("object")),
                    ("propertyNames", Self.enumeration(yesNo)),
                    (
                        "additionalProperties",
                        .object([("type", .string("integer")), ("minimum", .number(1)), ("maximum", .number(5))])
                    ),
                ]),
                "weights": object(InventoryReading.weightKeys, weights),
            ]
        }

        /// An offer: at most one licence metric, as the reader checks.
        var quoteObject: JSONValue {
            let metrics = LicenceQuantity.Metric.allCases.map(\.rawValue)
            guard case .object(var fields) = object(InventoryReading.quoteKeys, quote) else { return .object([]) }
            let pairs = metrics.enumerated().flatMap { index, first in
                metrics.dropFirst(index + 1).map { JSONValue.object([("required", .strings([first, $0]))]) }
            }
            fields.append(("not", .object([("anyOf", .array(pairs))])))
            return .object(fields)
        }

        var quote: [String: JSONValue] {
            var fields = ["annual": Self.amount, "one_time": Self.amount, "date": Self.date, "note": Self.text]
            for metric in LicenceQuantity.Metric.allCases { fields[metric.rawValue] = Self.integer(minimum: 1) }
            return fields
        }

        var plan: [String: JSONValue] {
            [
                "language": Self.enumeration(Language.allCases.map(\.rawValue)),
                "start": Self.date,
                "blackouts": Self.list(
                    of: object(
                        InventoryReading.blackoutKeys, ["from": Self.date, "to": Self.date, "reason": Self.text],
                        required: ["from", "to"])),
            ]
        }

        static func enumeration(_ values: [String]) -> JSONValue {
            .object([("type", .string("string")), ("enum", .strings(values))])
        }

        static func list(of item: JSONValue) -> JSONValue {
            .object([("type", .string("array")), ("items", item)])
        }

        static func integer(minimum: Int) -> JSONValue {
            .object([
                ("type", .string("integer")), ("minimum", .number(Double(minimum))),
                ("maximum", .number(Double(InventoryLoader.maxCount))),
            ])
        }

        static func code(letters: Int) -> JSONValue {
            .object([("type", .string("string")), ("pattern", .string("^[A-Z]{\(letters)}$"))])
        }

        static let text = JSONValue.object([("type", .string("string")), ("minLength", .number(1))])
        static let boolean = JSONValue.object([("type", .string("boolean"))])
        static let amount = JSONValue.object([("type", .string("number")), ("minimum", .number(0))])
        static let date = JSONValue.object([
            ("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
        ])
    }
}
