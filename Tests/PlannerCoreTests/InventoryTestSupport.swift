import Foundation
import PlannerCore

/// Shared pieces of the inventory tests: a small fixed catalog (so that suggestions in the
/// expected messages do not change when the shipped catalog grows), the shipped catalog, and
/// paths inside the package.
enum InventoryTestSupport {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/PlannerCoreTests/Fixtures/inventories/<name>`.
    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/PlannerCoreTests/Fixtures/inventories/\(name)")
    }

    /// The date every test plans as of.
    static let asOf = CalendarDate(year: 2026, month: 11, day: 29) ?? CalendarDate(daysSinceEpoch: 0)

    /// The yes/no capabilities of the test catalog.
    static let boolCapabilities = [
        "deployment.cloud", "deployment.on_premises", "screen_sharing", "chat", "waiting_room", "breakout_rooms",
        "polls", "whiteboard", "transcription", "recording.cloud", "recording.local", "webinars", "streaming",
        "clients.windows", "clients.macos", "clients.linux", "clients.astra_linux", "clients.browser",
        "interop.sip", "interop.h323", "auth.ldap", "auth.sso", "security.e2e_encryption",
        "integrations.outlook", "integrations.moodle", "admin.usage_reports",
    ]

    /// The number capabilities of the test catalog.
    static let numberCapabilities = [
        "meetings.max_participants", "meetings.max_duration_minutes", "webinars.max_attendees",
    ]

    /// The products of the test catalog (ids only matter here).
    static let productIDs = [
        "zoom", "trueconf", "yandex-telemost", "mts-link", "videomost", "sberjazz", "kontur-talk",
        "vk-workspace", "iva", "dion", "vinteo", "express", "microsoft-teams",
    ]

    /// A catalog with the ids above, and the shipped procurement regimes and registers.
    static let catalog: Catalog = {
        func capability(_ id: String, _ kind: Capability.Kind) -> Capability {
            Capability(
                id: id, kind: kind, name: LocalizedText(ru: id, en: id), description: LocalizedText(ru: id, en: id))
        }
        let capabilities =
            boolCapabilities.map { capability($0, .bool) } + numberCapabilities.map { capability($0, .number) }
        let products = productIDs.map { id in
            Product(
                id: id, name: id, category: "videoconferencing",
                vendor: Vendor(name: id, country: id == "zoom" ? "US" : "RU"))
        }
        let shipped = AssessmentFixture.catalog
        return Catalog(
            capabilities: capabilities, products: products, rules: [], registers: shipped.registers,
            procurementRegimes: shipped.procurementRegimes, fallbackRegime: shipped.fallbackRegime,
            fingerprint: "0000000000000000")
    }()

    /// A loader over the test catalog, as of `asOf`.
    static let loader = InventoryLoader(catalog: catalog, asOf: asOf)

    /// The shipped catalog, as the binary embeds it.
    static func shippedCatalog() throws -> Catalog {
        try CatalogLoader(asOf: asOf).load().get()
    }

    /// Loads YAML text with the test catalog.
    static func load(_ text: String, file: String = "inventory.yaml") -> Result<Inventory, DiagnosticsError> {
        loader.load(Array(text.utf8), file: file)
    }

    /// The messages a text produces, as `plan validate` prints them.
    static func messages(_ text: String, file: String = "inventory.yaml") -> [String] {
        switch load(text, file: file) {
        case .success(let inventory): return inventory.warnings.map(\.description)
        case .failure(let error): return error.diagnostics.map(\.description)
        }
    }

    /// The smallest valid inventory; tests add or change lines of it.
    static let minimal = """
        schema: 1
        organization:
          name: "МБОУ «Гимназия № 5»"
          country: RU
          sector: education
          ownership: municipal
          users: 140
        services:
          - product: zoom

        """
}
