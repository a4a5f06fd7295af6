import PlannerCore

// A batch as a pipeline of three stages, so that both cores render while the disk and the
// history work: up to `width` inventories are prepared at once (loading, assessing and
// rendering take the CPU); each prepared plan, in argument order, is checked against the
// organization ids before it and handed to one of up to `writers` writing tasks (writing a
// plan and its drafts mostly waits for the file system, and several writes in flight let it
// flush them together); each written plan, in argument order, is recorded in the history and
// reported. Results held between the stages are bounded, so memory does not grow with the
// batch.

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
        var writing = 0
        var failed = false
        var historyReported = false
    }

    /// Every inventory, prepared on up to `width` tasks at once and written on up to `writers`,
    /// then recorded and reported in argument order. `progress` is called as each inventory is
    /// prepared, `report` with each result in argument order once it is written and recorded;
    /// both on the caller's task. Returns true when every plan was written and the history
    /// worked.
    public func run(
        _ files: [String], width: Int, writers: Int = 8, progress: () -> Void, report: (Result) -> Void
    ) async -> Bool {
        let width = max(1, width)
        let writers = max(1, writers)
        // Inventories between being started and being reported: enough to keep every stage
        // busy, few enough that a batch of any size holds only these in memory.
        let held = 2 * (width + writers)
        var state = Pipeline()
        await withTaskGroup(of: Step.self) { group in
            func start() {
                while state.writing < writers, !state.toWrite.isEmpty {
                    let result = state.toWrite.removeFirst()
                    group.addTask {
                        var result = result
                        write(&result)
                        return .written(result)
                    }
                    state.writing += 1
                }
                while state.preparing < width, state.nextToPrepare < files.count,
                    state.nextToPrepare - state.nextToRecord < held
                {
                    let (index, file) = (state.nextToPrepare, files[state.nextToPrepare])
                    group.addTask { .prepared(prepare(file, index: index)) }
                    state.preparing += 1
                    state.nextToPrepare += 1
                }
            }
            start()
            while let step = await group.next() {
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
                    state.writing -= 1
                    state.written[result.index] = result
                    while var result = state.written.removeValue(forKey: state.nextToRecord) {
                        state.nextToRecord += 1
                        record(&result)
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
                start()
            }
        }
        return !state.failed
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
