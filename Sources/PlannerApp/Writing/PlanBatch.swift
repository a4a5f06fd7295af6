import Foundation
import PlannerCore
import PlannerRender

/// The plans of many inventories, as `plan generate` writes them: each inventory is loaded,
/// assessed, compared with its last plan in the history, rendered and merged with the keep
/// blocks and ticks of its previous `plan.md` (``PlanMerge``), in parallel; then each plan is
/// written (several at once, each in its own folder) and, in argument order, its run recorded
/// (see `PlanBatch+Run.swift`). A previous plan that would lose text
/// when overwritten is reported at its line and left alone, unless `force`: then it is saved
/// beside the new one first.
///
/// Claiming ids and recording in argument order keeps a batch deterministic: when two inventories
/// have one organization id, the first one's plan is written and recorded and the later one
/// is reported and neither written nor recorded. A history that fails is reported once, then
/// left alone for the rest of the batch; the plans are still written.
public struct PlanBatch: Sendable {
    /// Renders each plan (catalog, as-of date, templates).
    public let generator: PlanGenerator
    /// Loads and validates each inventory.
    public let loader: InventoryLoader
    /// Where plans go.
    public let writer: PlanWriter
    /// The plans' language; nil for each inventory's own `plan.language`.
    public let language: Language?
    /// The run history: the last plan comes from it and each run is recorded in it. Nil for
    /// none (`--no-history`): the plans then have no "Changes since the last plan".
    public let history: (any RunHistory)?
    /// The version of `plan` recorded with each run.
    public let toolVersion: String
    /// `--force`: overwrite a previous plan that would lose text, after saving it beside.
    public let force: Bool
    /// The plan's data written beside it (`--json`, `--tasks-csv`).
    public let data: Set<DataFile>
    /// Set once the history has failed, shared by the batch's tasks.
    private let historyFailure = FailureFlag()

    /// Creates a batch.
    public init(
        generator: PlanGenerator, loader: InventoryLoader, writer: PlanWriter, language: Language? = nil,
        history: (any RunHistory)? = nil, toolVersion: String, force: Bool = false, data: Set<DataFile> = []
    ) {
        self.force = force
        self.data = data
        self.generator = generator
        self.loader = loader
        self.writer = writer
        self.language = language
        self.history = history
        self.toolVersion = toolVersion
    }

    /// A file of the plan's data, written beside `plan.md` (cli.md, Revision 2).
    public enum DataFile: String, Sendable, Hashable, CaseIterable {
        /// `plan.json`: the plan as data (`--json`).
        case json = "plan.json"
        /// `tasks.csv`: one row a task, for a tracker's import (`--tasks-csv`).
        case tasksCSV = "tasks.csv"
    }

    /// What happened to one inventory.
    public struct Result: Sendable {
        /// The inventory's position among the batch's files.
        public var index: Int
        /// The inventory file as given.
        public var file: String
        /// Errors and warnings, in file order; a history error last.
        public var diagnostics: [Diagnostic] = []
        /// The organization id, once the inventory loaded.
        public var organizationID: String?
        /// Where the plan was written; nil when it was not.
        public var path: String?
        /// The procurement documents written beside the plan, as shown to the user.
        public var documents: [String] = []
        /// True when the procurement documents could not be written (the plan was).
        public var documentsFailed = false
        /// The final text (keep blocks merged), once rendered.
        public var text: String?
        /// The plan's data files to write beside it, in `DataFile` order, with their text.
        public var data: [(file: DataFile, text: String)] = []
        /// The stages' values, once rendered.
        public var generated: GeneratedPlan?
        /// The run of this plan (with a history only); its `id` is set once it is recorded.
        public var run: RunRecord?
        /// What `--force` overrode in the previous plan, each at its place: the previous plan
        /// is saved beside the new one before it is written, and these are then reported.
        public var overridden: [Diagnostic] = []
        /// Why the history could not be read or written for this inventory. ``PlanBatch/run(_:width:progress:report:)``
        /// adds it to the diagnostics of the first result that has one.
        public var historyError: String?

        /// Creates an empty result.
        public init(index: Int, file: String) {
            self.index = index
            self.file = file
        }
    }

    // MARK: - One inventory

    /// Loads, assesses, compares with the last plan and renders one inventory, with the keep
    /// blocks of the plan on disk merged in. Writes and records nothing: `--stdout` prints
    /// `text`, a batch passes the result to ``commit(_:)``.
    public func prepare(_ file: String, index: Int = 0) -> Result {
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
        let assessment = generator.assessment(of: inventory)
        // The run is what the history compares and records; without a history it is not built.
        let current = history.map { _ in
            RunRecord(
                assessment: assessment, inventory: inventory, catalog: generator.catalog, command: .generate,
                toolVersion: toolVersion)
        }
        var changes: RunDiff?
        if let history, let current, !historyFailure.isSet {
            do {
                // Runs of another organization with the same id must not become this plan's
                // "changes", nor get this one's runs added.
                if let owner = try Self.otherOwner(in: history, of: inventory.organization) {
                    result.diagnostics.append(
                        Self.notTheOwner(inventory, file: file, owner: "the history", name: owner))
                    return result
                }
                changes = try history.lastPlan(before: current).map { RunDiff(from: $0, to: current) }
            } catch {
                historyFailure.set()
                result.historyError = "\(error)"
            }
        }
        let generated: GeneratedPlan
        switch generator.render(inventory, assessment: assessment, language: language, changes: changes) {
        case .success(let rendered): generated = rendered
        case .failure(let failure):
            result.diagnostics.append(.error(failure.description, at: .start(of: file)))
            return result
        }
        let id = inventory.organization.id
        let shown = writer.displayPath(for: id)
        var previous: [UInt8]?
        var overridden: [Diagnostic] = []
        do {
            previous = try writer.previousBytes(for: id)
        } catch {
            guard case .tooLarge = error else {
                result.diagnostics.append(.error("\(error)", at: .start(of: file)))
                return result
            }
            let problem = Diagnostic.error(
                "the file is larger than \(PlanWriter.maxBytes >> 20) MiB, the most a plan may be, and was not read",
                at: .start(of: shown))
            guard force else {
                result.diagnostics.append(problem.refusing)
                return result
            }
            overridden.append(problem)
        }
        // Another organization's plan under an id made from a name is never taken over,
        // not even with --force: its notes and ticks belong to that organization.
        if let previous,
            OwnerMarker.conflict(replacing: String(decoding: previous, as: UTF8.self), with: inventory.organization)
        {
            result.diagnostics.append(Self.notTheOwner(inventory, file: file, owner: shown, name: nil))
            return result
        }
        let merge = PlanMerge.make(previous: previous, fresh: generated.markdown, force: force)
        func located(_ problem: PlanProblem) -> SourceLocation {
            SourceLocation(file: shown, line: problem.line, column: problem.column)
        }
        result.diagnostics += merge.warnings.map { .warning($0.message, at: located($0)) }
        guard let text = merge.text else {
            result.diagnostics += merge.problems.map { Diagnostic.error($0.message, at: located($0)).refusing }
            return result
        }
        guard text.utf8.count <= PlanWriter.maxBytes else {
            result.diagnostics.append(
                .error("\(PlanWriter.Failure.tooLarge(path: shown, written: true))", at: .start(of: file)))
            return result
        }
        result.text = text
        result.diagnostics += generated.warnings.map { .warning($0, at: .start(of: shown)) }
        if !data.isEmpty, let planData = generator.data(generated, done: TaskTicks.done(in: text)) {
            result.data = DataFile.allCases.filter(data.contains).map { file in
                (file, file == .json ? planData.json.serialized() + "\n" : planData.tasksCSV)
            }
        }
        result.overridden = overridden + merge.problems.map { .error($0.message, at: located($0)) }
        result.generated = generated
        result.run = current
        return result
    }

    /// Writes a prepared plan and then records its run. Does nothing to a result without text.
    public func commit(_ result: inout Result) {
        write(&result)
        record(&result)
    }

    /// Writes a prepared plan, its data and its procurement drafts. Does nothing to a result
    /// without text. Plans of different organizations may be written at once.
    func write(_ result: inout Result) {
        guard let text = result.text, let id = result.organizationID else { return }
        do {
            if !result.overridden.isEmpty {
                let saved = try writer.backUp(for: id)
                result.diagnostics += result.overridden.map {
                    $0.overridden(saved.map { "the old file is saved as \($0)" } ?? "there was no old file to save")
                }
            }
            result.path = try writer.write(text, for: id)
            for (file, content) in result.data { try writer.write(content, for: id, name: file.rawValue) }
        } catch {
            result.diagnostics.append(.error("\(error)", at: .start(of: result.file)))
            return
        }
        if let documents = result.generated?.documents {
            do {
                let outcome = try writer.writeDocuments(documents, for: id, force: force)
                result.documents = outcome.written
                result.diagnostics += outcome.warnings
            } catch {
                result.documentsFailed = true
                result.diagnostics.append(.error("\(error)", at: .start(of: result.file)))
            }
        }
    }

    /// Records the run of a written plan in the history (a plan not written is not recorded).
    func record(_ result: inout Result) {
        var results = [result]
        record(&results)
        result = results[0]
    }

    /// Records the runs of written plans in their order, at once (a plan not written is not
    /// recorded). When the history fails, none of them is recorded and the first one that
    /// had a run to record carries the error.
    func record(_ results: inout [Result]) {
        guard let history, !historyFailure.isSet else { return }
        let recorded = results.indices.filter { results[$0].path != nil && results[$0].run != nil }
        guard let first = recorded.first else { return }
        do {
            let ids = try history.record(recorded.compactMap { results[$0].run })
            for (index, id) in zip(recorded, ids) { results[index].run?.id = id }
        } catch {
            historyFailure.set()
            results[first].historyError = results[first].historyError ?? "\(error)"
        }
    }
}

/// A flag any task may set and read: "the history has failed, leave it alone".
private final class FailureFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}

extension Diagnostic {
    /// A problem of a previous plan as an error: the plan is not overwritten.
    var refusing: Diagnostic {
        .error(
            message
                + "; the plan was not written, so that nothing is lost (--force writes it and first saves the old "
                + "file beside it as \(PlanWriter.fileName).N.bak)",
            at: location)
    }

    /// A problem of a previous plan that `--force` overrode, as a warning.
    func overridden(_ outcome: String) -> Diagnostic {
        .warning(message + "; overwritten with --force: \(outcome)", at: location)
    }
}
