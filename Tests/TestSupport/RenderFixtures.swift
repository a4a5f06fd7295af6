import Foundation
import PlannerCore
import PlannerRender

/// The shipped catalog, the examples and a generator, shared by the rendering tests.
public enum RenderFixtures {
    /// The as-of date of every golden plan.
    public static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!

    /// The package root.
    public static let packageRoot = PackagePaths.root

    /// The folder of the golden plans.
    public static let goldenFolder = PackagePaths.goldenFolder

    /// The shipped catalog as of `asOf`.
    public static let catalog: Catalog = {
        switch CatalogLoader(asOf: asOf).load() {
        case .success(let catalog): return catalog
        case .failure(let error): fatalError("the shipped catalog does not load:\n\(error)")
        }
    }()

    /// A generator with the shipped templates of both languages.
    public static let generator: PlanGenerator = {
        switch PlanGenerator.load(catalog: catalog, asOf: asOf, languages: Language.allCases) {
        case .success(let generator): return generator
        case .failure(let error): fatalError("the shipped templates do not load:\n\(error)")
        }
    }()

    /// An example inventory, loaded by its file name in `Examples/` (the path shown is
    /// `Examples/NAME`, as a user in the package root would give it).
    public static func example(_ name: String) throws -> Inventory {
        let path = packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        return try InventoryLoader(catalog: catalog, asOf: asOf).load(bytes, file: "Examples/" + name).get()
    }

    /// An inventory from YAML text.
    public static func inventory(_ yaml: String, file: String = "inventory.yaml") -> Result<Inventory, DiagnosticsError>
    {
        InventoryLoader(catalog: catalog, asOf: asOf).load(Array(yaml.utf8), file: file)
    }

    /// The plan of an inventory.
    public static func plan(_ inventory: Inventory, _ language: Language? = nil) throws -> GeneratedPlan {
        guard let plan = generator.generate(inventory, language: language) else {
            throw TestFailure("no templates for the language")
        }
        return plan
    }
}
