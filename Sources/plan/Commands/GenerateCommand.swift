import ArgumentParser
import Foundation
import PlannerCore
import PlannerRender

extension Language: ExpressibleByArgument {}

/// `plan generate FILE... [--out DIR] [--lang ru|en] [--stdout] [--templates DIR]`: writes the
/// migration plan of each inventory to `DIR/<organization id>/plan.md`, keeping the text of
/// its `plan:keep` blocks. Inventories are processed in parallel; results and diagnostics
/// are printed in argument order. A broken inventory is reported and skipped, the others
/// are written, and the exit status is 1.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the migration plan of each inventory (Markdown).",
        discussion: """
            Each plan goes to DIR/<organization id>/plan.md (default DIR: plans), written atomically. Text between \
            <!-- plan:keep NAME --> and <!-- /plan:keep NAME --> is kept when a plan is generated again. The same \
            inputs and --as-of give the same bytes. Exit status: 0 when every plan was written, 1 when an inventory \
            or template is invalid or a plan could not be written, 64 on wrong usage.
            """
    )

    @OptionGroup var options: CatalogOptions

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

    func validate() throws {
        if files.isEmpty {
            throw ValidationError("give at least one inventory file, e.g. plan generate inventory.yaml")
        }
        if stdout, files.count > 1 {
            throw ValidationError("--stdout prints one plan: give one inventory file, not \(files.count)")
        }
    }

    func run() async throws {
        let catalog = try options.loadCatalog()
        let asOf = options.date
        let languages = lang.map { [$0] } ?? Language.allCases
        let generator = try CommandSupport.unwrap(
            PlanGenerator.load(catalog: catalog, asOf: asOf, languages: languages, userTemplates: templates))
        let job = GenerateJob(
            generator: generator, loader: InventoryLoader(catalog: catalog, asOf: asOf),
            writer: PlanWriter(directory: out), language: lang)
        if stdout {
            try printOne(job)
            return
        }
        let failed = await writeAll(job)
        if failed { throw ExitCode(1) }
    }

    /// `--stdout`: the plan of the one inventory, keep blocks merged from the written plan if any.
    private func printOne(_ job: GenerateJob) throws {
        let result = job.process(files[0], index: 0, write: false)
        Console.report(result.diagnostics)
        guard let text = result.text else { throw ExitCode(1) }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Every inventory, in parallel on all cores; output in argument order. True when any failed.
    private func writeAll(_ job: GenerateJob) async -> Bool {
        let progress = Progress(total: files.count)
        let resultsOnTerminal = isatty(1) == 1
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var failed = false
        var pending: [Int: GenerateJob.Result] = [:]
        var nextToReport = 0
        var owners: [String: (index: Int, file: String)] = [:]
        var rewrite: Set<Int> = []
        await withTaskGroup(of: GenerateJob.Result.self) { group in
            var next = 0
            while next < files.count, next < width {
                let (index, file) = (next, files[next])
                group.addTask { job.process(file, index: index, write: true) }
                next += 1
            }
            while let result = await group.next() {
                if next < files.count {
                    let (index, file) = (next, files[next])
                    group.addTask { job.process(file, index: index, write: true) }
                    next += 1
                }
                pending[result.index] = result
                progress.advance()
                while let ready = pending.removeValue(forKey: nextToReport) {
                    // Results go to stdout: wipe the progress line first when both share the terminal.
                    if resultsOnTerminal { progress.clear() }
                    var result = ready
                    // Two inventories with one organization id would write one file: the first keeps it.
                    if let id = result.organizationID, result.path != nil {
                        if let owner = owners[id] {
                            result.diagnostics.append(
                                .error(
                                    "organization id '\(id)' is also the id of \(owner.file); only the plan of \(owner.file) is kept "
                                        + "(give one of them another organization.id)",
                                    at: .start(of: result.file)))
                            result.path = nil
                            rewrite.insert(owner.index)
                        } else {
                            owners[id] = (result.index, result.file)
                        }
                    }
                    report(result)
                    if result.path == nil { failed = true }
                    nextToReport += 1
                }
            }
        }
        progress.clear()
        // The first inventory of a shared id is written again, so its plan is the one on disk.
        for index in rewrite.sorted() {
            let result = job.process(files[index], index: index, write: true)
            if result.path == nil {
                Console.report(result.diagnostics)
                failed = true
            }
        }
        return failed
    }

    private func report(_ result: GenerateJob.Result) {
        Console.report(result.diagnostics)
        if let path = result.path { Console.out(path) }
        if let generated = result.generated { recordHistory(generated.inventory, generated.assessment) }
    }

    /// The seam for the run history: called once per written plan, in argument order, with the
    /// inventory and its assessment. Recording runs in SQLite is added here.
    private func recordHistory(_ inventory: Inventory, _ assessment: Assessment) {}
}

/// The work of one inventory: load, generate, merge keep blocks, write. Shared by the tasks
/// of a batch (every part is `Sendable` and read-only).
struct GenerateJob: Sendable {
    let generator: PlanGenerator
    let loader: InventoryLoader
    let writer: PlanWriter
    let language: Language?

    /// What happened to one inventory.
    struct Result: Sendable {
        var index: Int
        var file: String
        /// Errors and warnings, in file order.
        var diagnostics: [Diagnostic] = []
        var organizationID: String?
        /// Where the plan was written; nil when it was not.
        var path: String?
        /// The final text (with keep blocks), when rendered.
        var text: String?
        /// The stages' values, for the history.
        var generated: GeneratedPlan?
    }

    func process(_ file: String, index: Int, write: Bool) -> Result {
        var result = Result(index: index, file: file)
        let inventory: Inventory
        switch loader.load(contentsOf: file) {
        case .success(let loaded): inventory = loaded
        case .failure(let error):
            result.diagnostics = error.diagnostics
            return result
        }
        result.diagnostics = inventory.warnings
        result.organizationID = inventory.organization.id
        guard let generated = generator.generate(inventory, language: language) else {
            result.diagnostics.append(
                .error(
                    "no templates for language '\(language?.rawValue ?? inventory.plan.language.rawValue)'",
                    at: .start(of: file)))
            return result
        }
        let id = inventory.organization.id
        let shown = writer.displayPath(for: id)
        do {
            var text = generated.markdown
            if let previous = try writer.existingPlan(for: id) {
                switch KeepBlocks.parse(previous) {
                case .success(let blocks): text = KeepBlocks.merge(previous: blocks, into: text)
                case .failure(let problem):
                    result.diagnostics.append(
                        .error(
                            "\(problem.message); the plan was not written, so that no hand-written text is lost (fix the markers)",
                            at: SourceLocation(file: shown, line: problem.line, column: 1)))
                    return result
                }
            }
            if write {
                result.path = try writer.write(text, for: id)
            } else {
                result.text = text
            }
            result.generated = generated
        } catch {
            result.diagnostics.append(.error("\(error)", at: .start(of: file)))
        }
        return result
    }
}

/// A progress line on stderr (`generating 120/1000`), only on a terminal, redrawn with `\r`
/// at most every 100 ms. Used from the command's task only.
final class Progress {
    private let total: Int
    private var done = 0
    private var shown = false
    private var last = ContinuousClock.now
    private let enabled: Bool

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(2) == 1
    }

    func advance() {
        done += 1
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - last >= .milliseconds(100) || done == total else { return }
        last = now
        FileHandle.standardError.write(Data("\rgenerating \(done)/\(total)".utf8))
        shown = true
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
