import ArgumentParser

/// The `plan` command: plans an organization's move from foreign SaaS to domestic products.
/// Run it through ``PlanApp/run(_:io:)``, which parses, runs and maps every outcome to an
/// exit status.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan an organization's move from foreign SaaS to domestic alternatives.",
        discussion:
            "Fill an inventory (plan init), check it (plan validate), weigh the options (plan compare, plan explain) and write the migration plan (plan generate).",
        version: ToolVersion.current,
        subcommands: [
            InitCommand.self, ValidateCommand.self, CompareCommand.self, ExplainCommand.self,
            GenerateCommand.self, HistoryCommand.self, DiffCommand.self, CatalogCommand.self, SchemaCommand.self,
        ]
    )
}

/// A subcommand that does something. It prints through `console` and reports failure by
/// throwing: an ``AppError``, or ArgumentParser's `ValidationError` for wrong usage.
/// (ArgumentParser's own `run()` is left to command groups such as `plan catalog`, where it
/// shows the help.)
protocol PlanCommand: ParsableCommand {
    /// Does the command's work.
    func run(_ console: Console) async throws
}
