import ArgumentParser
import Foundation
import PlannerCore
import PlannerRender
import PlannerStore

extension Language: ExpressibleByArgument {}

/// `plan generate FILE... [--out DIR] [--lang ru|en] [--stdout] [--templates DIR]`: writes the
/// migration plan of each inventory to `DIR/<organization id>/plan.md`, keeping the text of
/// its `plan:keep` blocks. Inventories are processed in parallel; results and diagnostics
/// are printed in argument order. A broken inventory is reported and skipped, the others
/// are written, and the exit status is 1.
struct GenerateCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the migration plan of each inventory (Markdown).",
        discussion: """
            Each plan goes to DIR/<organization id>/plan.md (default DIR: plans), written atomically; --json also \
            writes plan.json beside it and --tasks-csv tasks.csv (with --stdout, that is printed instead of the plan). \
            Beside each plan go its procurement drafts (procurement/specification.md, price-justification.md and \
            price-requests/<product>.md; without a procurement law the requests only): one edited by hand is kept \
            with a warning unless --force, which first saves it beside as NAME.N.bak. Text between \
            <!-- plan:keep NAME --> and <!-- /plan:keep NAME --> is kept when a plan is generated again, and so is \
            each tick (- [x]) of a task still in the plan; a ticked task that left the plan moves into the keep block \
            below it. A plan edited outside its keep blocks, or whose markers or encoding cannot be read safely, is \
            not overwritten (the file and line are named, exit 1) unless --force, which first saves the old file \
            beside it as plan.md.N.bak. The same inputs and --as-of give the same bytes. Each run is recorded in the history (DIR/.plan-history.sqlite or \
            --db), and a plan says what changed since the last plan generated from other inputs; --no-history records \
            nothing and leaves that section out, --stdout reads the history but records nothing. Exit status: 0 when \
            every plan was written, 1 when an inventory or template is invalid, a plan could not be written or the \
            history could not be used (the plans are still written), 64 on wrong usage.
            """
    )

    @OptionGroup var options: CatalogOptions

    @OptionGroup var history: HistoryOptions

    @Argument(help: ArgumentHelp("Inventory files (YAML, format 1).", valueName: "file"))
    var files: [String] = []

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The folder plans are written to.", valueName: "dir"))
    var out: String = "plans"

    @Option(help: ArgumentHelp("The plans' language (default: each inventory's plan.language).", valueName: "ru|en"))
    var lang: Language?

    @Flag(help: "Print the plan to stdout instead of writing it (one inventory only).")
    var stdout = false

    @Option(
        help: ArgumentHelp(
            "A copy of Templates/ (with ru/ and en/) whose files replace the shipped ones by name.",
            valueName: "dir"))
    var templates: String?

    @Flag(
        help:
            "Overwrite a plan edited outside its keep blocks (or unreadable), after saving it beside as plan.md.N.bak.")
    var force = false

    @Flag(
        help: ArgumentHelp(
            "Also write plan.json beside each plan.md: phases, tasks with stable ids, due dates and ticks, risks, costs."
        ))
    var json = false

    @Flag(
        name: .customLong("tasks-csv"),
        help: "Also write tasks.csv beside each plan.md: one row a task (id, phase, due, done, text) for a tracker.")
    var tasksCSV = false

    func validate() throws {
        if files.isEmpty {
            throw ValidationError("give at least one inventory file, e.g. plan generate inventory.yaml")
        }
        if stdout, files.count > 1 {
            // Named, since a value given to a mistyped option (`--language en`) arrives as a file.
            let named = files.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (files.count > 3 ? ", …" : "")
            throw ValidationError("--stdout prints one plan: give one inventory file, not \(files.count) (\(named))")
        }
        if stdout, json, tasksCSV {
            throw ValidationError("--stdout prints one thing: give --json or --tasks-csv, not both")
        }
    }

    func run(_ console: Console) async throws {
        let catalog = try options.loadCatalog()
        let asOf = options.date
        let languages = lang.map { [$0] } ?? Language.allCases
        let generator = try CommandSupport.unwrap(
            PlanGenerator.load(catalog: catalog, asOf: asOf, languages: languages, userTemplates: templates))
        var historyFailed = false
        let store = openHistory(failed: &historyFailed, console: console)
        let batch = PlanBatch(
            generator: generator, loader: CommandSupport.inventoryLoader(catalog, asOf: asOf, console: console),
            writer: PlanWriter(directory: out), language: lang, history: store, toolVersion: ToolVersion.current,
            force: force, data: Set([json ? .json : nil, tasksCSV ? .tasksCSV : nil].compactMap { $0 }))
        if stdout {
            try printOne(batch, historyFailed: historyFailed, console: console)
            return
        }
        let progress = ProgressLine(total: files.count, console: console)
        let resultsOnTerminal = console.io.isTerminal(.standardOutput)
        let succeeded = await batch.run(
            files, width: ProcessInfo.processInfo.activeProcessorCount, progress: progress.advance,
            report: { result in
                // Results go to stdout: wipe the progress line first when both share the terminal.
                if resultsOnTerminal { progress.clear() }
                console.report(result.diagnostics)
                if let path = result.path { console.out(path) }
            })
        progress.clear()
        if !succeeded || historyFailed { throw AppError.reported }
    }

    /// The history, or nil with `--no-history`. One that cannot be opened is reported and
    /// left out (`failed`): the plans are still written. `--stdout` only reads it, so a
    /// missing history is not created.
    private func openHistory(failed: inout Bool, console: Console) -> HistoryStore? {
        guard !history.noHistory else { return nil }
        do {
            return try history.open(outputFolder: out, create: !stdout, readOnly: stdout)
        } catch {
            if stdout, error.kind == .missing { return nil }
            console.report([.error(error.message, at: nil)])
            failed = true
            return nil
        }
    }

    /// `--stdout`: the plan of the one inventory, keep blocks merged from the written plan if
    /// any, compared with the last plan in the history; nothing is written or recorded.
    private func printOne(_ batch: PlanBatch, historyFailed: Bool, console: Console) throws(AppError) {
        var result = batch.prepare(files[0])
        result.diagnostics += result.overridden.map { $0.overridden("printed; nothing was overwritten") }
        if let error = result.historyError { result.diagnostics.append(.error(error, at: nil)) }
        console.report(result.diagnostics)
        guard let text = result.text else { throw .reported }
        // With --json or --tasks-csv, the plan's data instead of the plan.
        console.write(result.data.first?.text ?? text)
        if historyFailed || result.historyError != nil { throw .reported }
    }
}
