import ArgumentParser
import PlannerCore

/// `plan validate FILE...`: checks each inventory against the catalog and prints every
/// problem of every file to stderr, and one OK line per valid file to stdout.
struct ValidateCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check inventories and print every problem.",
        discussion: "Exit status: 0 when every file is valid, 1 when any is not, 64 on wrong usage."
    )

    @OptionGroup var options: CatalogOptions

    @Argument(help: ArgumentHelp("Inventory files (YAML, format 1); - reads standard input.", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        if files.isEmpty {
            throw ValidationError("give at least one inventory file, e.g. plan validate inventory.yaml")
        }
    }

    func run(_ console: Console) async throws {
        let catalog = try options.loadCatalog()
        let loader = CommandSupport.inventoryLoader(catalog, asOf: options.date, console: console)
        var allValid = true
        for file in files {
            switch CommandSupport.load(file, with: loader, console: console) {
            case .success(let inventory):
                console.report(inventory.warnings)
                console.say("\(file == "-" ? CommandSupport.standardInputName : file): OK (\(inventory.summary))")
            case .failure(let error):
                console.report(error.diagnostics)
                allValid = false
            }
        }
        if !allValid { throw AppError.reported }
    }
}
