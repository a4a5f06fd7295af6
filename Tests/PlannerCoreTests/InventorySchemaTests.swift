import Foundation
import Testing

@testable import PlannerCore

/// The inventory's JSON Schema follows what the reader accepts: the same keys (taken from the
/// reader's own lists), each with a type, and the catalog's ids as enums.
@Suite("Inventory: the JSON Schema for editors")
struct InventorySchemaTests {
    typealias Support = InventoryTestSupport

    static func object(_ value: JSONValue?) -> [String: JSONValue] {
        guard case .object(let fields)? = value else { return [:] }
        return Dictionary(fields, uniquingKeysWith: { first, _ in first })
    }

    static func keys(_ value: JSONValue?) -> [String] {
        guard case .object(let fields)? = object(value)["properties"] else { return [] }
        return fields.map(\.0)
    }

    static func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    @Test func everyObjectHasTheReadersKeysAndEveryKeyAType() throws {
        let schema = InventorySchema.json(catalog: try Support.shippedCatalog())
        let root = Self.object(schema)
        #expect(Self.keys(schema) == InventoryReading.rootKeys)
        let properties = Self.object(root["properties"])
        let organization = properties["organization"]
        #expect(Self.keys(organization) == InventoryReading.organizationKeys)
        let organizationFields = Self.object(Self.object(organization)["properties"])
        #expect(Self.keys(organizationFields["budget"]) == InventoryReading.budgetKeys)
        #expect(Self.keys(Self.object(organizationFields["sites"])["items"]) == InventoryReading.siteKeys)
        let service = Self.object(properties["services"])["items"]
        #expect(Self.keys(service) == InventoryReading.serviceKeys)
        #expect(Self.keys(Self.object(Self.object(service)["properties"])["usage"]) == InventoryReading.usageKeys)
        let requirements = properties["requirements"]
        #expect(Self.keys(requirements) == InventoryReading.requirementKeys)
        #expect(
            Self.keys(Self.object(Self.object(requirements)["properties"])["weights"]) == InventoryReading.weightKeys)
        #expect(Self.keys(Self.object(properties["quotes"])["additionalProperties"]) == InventoryReading.quoteKeys)
        #expect(Self.keys(properties["plan"]) == InventoryReading.planKeys)

        // No key may be left without a schema of its own (`{}` accepts anything).
        func walk(_ value: JSONValue, path: String) {
            guard case .object(let fields) = value else { return }
            for (key, child) in fields {
                if key == "properties", case .object(let entries) = child {
                    for (name, entry) in entries {
                        #expect(!Self.object(entry).isEmpty, "\(path).\(name) has no schema")
                    }
                }
                walk(child, path: path + "." + key)
            }
        }
        walk(schema, path: "$")
    }

    @Test func idsComeFromTheCatalogAndTheModel() throws {
        let catalog = try Support.shippedCatalog()
        let text = InventorySchema.json(catalog: catalog).serialized()
        let properties = Self.object(Self.object(InventorySchema.json(catalog: catalog))["properties"])
        let organization = Self.object(Self.object(properties["organization"])["properties"])
        #expect(Self.strings(Self.object(organization["sector"])["enum"]) == Sector.allCases.map(\.rawValue))
        #expect(Self.strings(Self.object(organization["procurement"])["enum"]) == catalog.procurementRegimes.map(\.id))
        let want = Self.object(Self.object(Self.object(properties["requirements"])["properties"])["want"])
        let wantable = catalog.capabilities.filter { $0.kind == .bool }.map(\.id)
        #expect(Self.strings(Self.object(want["propertyNames"])["enum"]) == wantable)
        #expect(text.contains("meetings\\\\.max_participants"), "a number capability is compared in a must")
        #expect(
            Self.strings(Self.object(Self.object(properties["quotes"])["propertyNames"])["enum"]) == catalog.productIDs)
    }
}
