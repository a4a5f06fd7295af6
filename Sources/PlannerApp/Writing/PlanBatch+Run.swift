import Dispatch
import PlannerCore

// A batch as a pipeline of three stages, so that both cores render while the disk and the
// history work: up to `width` inventories are prepared at once (loading, assessing and
// rendering take the CPU); each prepared plan, in argument order, is checked against the
// organization ids before it and handed to one of up to `writers` writing threads (writing a
// plan and its drafts mostly waits for the file system, and several writes in flight let it
// flush them together); the written plans, in argument order, are recorded in the history
// (all that are ready in one transaction) and reported. Results held between the stages are
// bounded, so memory does not grow with the batch.
//
// The writes run on threads of their own, not on the tasks' threads: Swift runs tasks on one
// thread per core, and a write waiting for the disk there left a core idle (a batch of 1,000
// plans used 1.6 of 2 cores).

extension PlanBatch {
    /// What a task of the batch hands back.
    private enum Step: Sendable {
        /// A prepared plan, not yet written.
        case prepared(Result)
        /// A plan whose files are written (or failed to be), not yet recorded.
        case written(Result)
    }

    /// The counters and queues of one batch run, kept on the caller's task.
    private struct Pipeline {
        var prepared: [Int: Result] = [:]
        var written: [Int: Result] = [:]
        var toWrite: [Result] = []
        var owners: [String: String] = [:]
        var nextToPrepare = 0
        var nextToCheck = 0
        var nextToRecord = 0
        var preparing = 0
        /// The writing threads that are free, by number.
        var freeWriters: [Int]
        var failed = false
        var historyReported = false
    }

    /// Every inventory, prepared on up to `width` tasks at once and written on up to `writers`
    /// threads, then recorded and reported in argument order. `progress` is called as each
    /// inventory is prepared, `report` with each result in argument order once it is written
    /// and recorded; both on the caller's task. Returns true when every plan was written and
    /// the history worked.
    public func run(
        _ files: [String], width: Int, writers: Int = 8, progress: () -> Void, report: (Result) -> Void
    ) async -> Bool {
        let width = max(1, width)
        let writers = max(1, writers)
        // A serial queue has a thread of its own while it works, whatever the tasks' threads do.
        let queues = (0..<writers).map { DispatchQueue(label: "plan.batch.writer.\($0)") }
        // Inventories between being started and being reported: enough to keep every stage
        // busy, few enough that a batch of any size holds only these in memory.
        let held = 2 * (width + writers)
        var state = Pipeline(freeWriters: Array((0..<writers).reversed()))
        await withTaskGroup(of: (step: Step, writer: Int?).self) { group in
            func start() {
                while !state.toWrite.isEmpty, let writer = state.freeWriters.popLast() {
                    let result = state.toWrite.removeFirst()
                    let queue = queues[writer]
                    group.addTask {
                        let written = await withCheckedContinuation { continuation in
                            queue.async {
                                var result = result
                                write(&result)
                                continuation.resume(returning: result)
                            }
                        }
                        return (.written(written), writer)
                    }
                }
                while state.preparing < width, state.nextToPrepare < files.count,
                    state.nextToPrepare - state.nextToRecord < held
                {
                    let (index, file) = (state.nextToPrepare, files[state.nextToPrepare])
                    group.addTask { (.prepared(prepare(file, index: index)), nil) }
                    state.preparing += 1
                    state.nextToPrepare += 1
                }
            }
            start()
            while let (step, writer) = await group.next() {
                switch step {
                case .prepared(let result):
                    state.preparing -= 1
                    state.prepared[result.index] = result
                    progress()
                    while var result = state.prepared.removeValue(forKey: state.nextToCheck) {
                        state.nextToCheck += 1
                        claim(&result, owners: &state.owners)
                        state.toWrite.append(result)
                    }
                case .written(let result):
                    if let writer { state.freeWriters.append(writer) }
                    state.written[result.index] = result
                    var ready: [Result] = []
                    while let result = state.written.removeValue(forKey: state.nextToRecord) {
                        state.nextToRecord += 1
                        ready.append(result)
                    }
                    finish(&ready, state: &state, report: report)
                }
                start()
            }
        }
        return !state.failed
    }

    /// Records written plans, in argument order, and reports them.
    private func finish(_ ready: inout [Result], state: inout Pipeline, report: (Result) -> Void) {
        guard !ready.isEmpty else { return }
        record(&ready)
        for var result in ready {
            if let error = result.historyError {
                state.failed = true
                if !state.historyReported {
                    result.diagnostics.append(.error(error, at: nil))
                    state.historyReported = true
                }
            }
            if result.path == nil || result.documentsFailed { state.failed = true }
            report(result)
        }
    }

    /// Two inventories with one organization id would write one file: the first (in argument
    /// order) keeps it, and a later one is neither written nor recorded.
    private func claim(_ result: inout Result, owners: inout [String: String]) {
        guard let id = result.organizationID, result.text != nil else { return }
        if let owner = owners[id] {
            result.diagnostics.append(
                .error(
                    "organization id '\(id)' is also the id of \(owner); only the plan of \(owner) is kept "
                        + "(give one of them another organization.id)",
                    at: .start(of: result.file)))
            result.text = nil
            result.run = nil
        } else {
            owners[id] = result.file
        }
    }
}
