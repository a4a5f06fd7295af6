import ArgumentParser
import Foundation
import PlannerCore

/// `plan schema [-o FILE] [--catalog DIR]`: the JSON Schema of an inventory, for editors.
struct SchemaCommand: PlanCommand {
    /// The file name `plan init` gives the schema beside an inventory, and names in the
    /// inventory's `# yaml-language-server: $schema=…` line (a path relative to the inventory).
    static let fileName = "inventory.schema.json"

    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of an inventory, for editors that complete and check it.",
        discussion: """
            The schema (JSON Schema draft-07) names the catalog's product, capability and procurement regime ids. \
            plan init writes it as \(fileName) beside the inventory, and the inventory's first line, \
            '# yaml-language-server: $schema=\(fileName)', points VS Code (YAML extension) and JetBrains editors \
            to it, offline. After updating plan or with your own --catalog, refresh it: plan schema -o \(fileName)
            """
    )

    @OptionGroup var options: CatalogOptions

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write the schema to this file instead of stdout.", valueName: "file"))
    var output: String?

    func run(_ console: Console) async throws {
        let catalog = try options.loadCatalog()
        let text = InventorySchema.json(catalog: catalog).serialized() + "\n"
        guard let output else {
            console.write(text)
            return
        }
        try Self.write(text, to: output)
        console.say("Wrote \(output).")
    }

    /// Writes the schema atomically, or fails with the system's reason (invalid input, exit 1).
    static func write(_ text: String, to path: String) throws(AppError) {
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw .invalidInput([.error("cannot write \(path): \(error)", at: nil)])
        }
    }
}
