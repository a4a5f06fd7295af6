import ArgumentParser

/// The `plan` command: plans an organization's move from foreign SaaS to domestic products.
@main
struct Plan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan an organization's move from foreign SaaS to domestic alternatives.",
        discussion:
            "Fill an inventory (plan init), check it (plan validate), weigh the options (plan compare, plan explain) and write the migration plan (plan generate).",
        version: ToolVersion.current,
        subcommands: [
            InitCommand.self, ValidateCommand.self, CompareCommand.self, ExplainCommand.self,
            GenerateCommand.self, HistoryCommand.self, DiffCommand.self, CatalogCommand.self,
        ]
    )
}
