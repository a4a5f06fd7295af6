import PlannerRender

/// What becomes of a plan on disk when it is generated again: nothing a person did in it may
/// be lost. The new plan takes the previous one's keep blocks (`KeepBlocks`) and ticks
/// (`TaskTicks`), and ends with the stamp of what the tool wrote (`PlanStamp`). The previous
/// plan is not overwritten when that would lose something: text it cannot read as UTF-8 with
/// LF or CRLF line endings (`PlanText`), markers it cannot pair up, or an edit outside the keep
/// blocks. An edit is kept when the generated text has not changed (the previous file is then
/// the plan as it should be); otherwise it is refused at its first changed line. `force`
/// overwrites anyway, and the caller saves the old file beside the new one first.
struct PlanMerge: Sendable {
    /// The text to write, or nil when the previous plan must not be overwritten.
    var text: String?
    /// Why the previous plan must not be overwritten; with `force`, what overwriting it loses.
    var problems: [PlanProblem] = []
    /// What the run should still tell: ticked tasks moved into keep blocks, an edit kept.
    var warnings: [PlanProblem] = []

    /// True when `force` overrode problems: the old file must be saved before it is replaced.
    var needsBackup: Bool { text != nil && !problems.isEmpty }

    /// The plan to write over `previous` (the bytes of the plan on disk, nil for none).
    static func make(previous: [UInt8]?, fresh: String, force: Bool) -> PlanMerge {
        guard let previous else { return PlanMerge(text: stamped(fresh)) }
        let text: String
        switch PlanText.decode(previous) {
        case .success(let decoded): text = decoded
        case .failure(let failure): return refuse(failure.problems, instead: stamped(fresh), force: force)
        }
        // An empty file holds nothing to keep.
        if text.allSatisfy(\.isWhitespace) { return PlanMerge(text: stamped(fresh)) }
        let blocks: [KeepBlocks.Block]
        switch KeepBlocks.parse(text) {
        case .success(let parsed): blocks = parsed
        case .failure(let failure): return refuse(failure.problems, instead: stamped(fresh), force: force)
        }
        let (ticked, retired) = TaskTicks.apply(TaskTicks.ticks(in: text), to: fresh)
        let merged = stamped(
            KeepBlocks.merge(previous: blocks, into: ticked, appending: TaskTicks.blockTexts(for: retired)))
        let moved = retired.map { tick in
            PlanProblem(
                line: tick.line,
                message:
                    "the ticked task \(tick.id.map { "'\($0)'" } ?? "«\(excerpt(tick.text))»") is no longer in the plan: "
                    + "its line is kept in the keep block '\(tick.block ?? TaskTicks.fallbackBlock)'")
        }
        switch PlanStamp.check(text) {
        case .unchanged:
            return PlanMerge(text: merged, warnings: moved)
        case .edited(let line, let lineText):
            let problem = PlanProblem(line: line, message: editMessage(lineText))
            let stored = PlanStamp.generatedLines(of: text).stamp
            if stored == PlanStamp.stamp(of: PlanStamp.generatedLines(of: merged).lines) {
                // The tool would write what it wrote before: the previous file, edit and all,
                // is the new plan.
                return PlanMerge(
                    text: text,
                    warnings: [
                        PlanProblem(
                            line: line,
                            message: editMessage(lineText, kept: true))
                    ])
            }
            return refuse([problem], instead: merged, force: force, warnings: moved)
        case .unstamped:
            let old = PlanStamp.generatedLines(of: text).lines
            guard let first = PlanStamp.firstDifference(old, PlanStamp.generatedLines(of: merged).lines) else {
                return PlanMerge(text: merged, warnings: moved)
            }
            let problem = PlanProblem(
                line: first.number,
                message:
                    "the file has no stamp of what plan wrote (an older plan or another program wrote it), and "
                    + (first.text.isEmpty
                        ? "lines of the new plan are missing here" : "line \(first.number) («\(excerpt(first.text))»)")
                    + " differs from the new plan, so an edit cannot be told from a change of the inputs; move "
                    + "edited text into a keep block")
            return refuse([problem], instead: merged, force: force, warnings: moved)
        }
    }

    /// The message for a line edited outside the keep blocks.
    private static func editMessage(_ text: String, kept: Bool = false) -> String {
        guard !kept else {
            return "this line («\(excerpt(text))») was edited outside the keep blocks: kept, because the plan has not "
                + "changed, but a run that changes the plan will refuse to overwrite it; move the text into a keep "
                + "block (e.g. the notes)"
        }
        return
            (text.isEmpty
            ? "lines plan wrote were removed at the end of the plan"
            : "this line («\(excerpt(text))») was edited outside the keep blocks: it is not what plan wrote")
            + "; move the text into a keep block (e.g. the notes) or undo the edit"
    }

    /// The plan refused, or with `force` written as `text` all the same.
    private static func refuse(
        _ problems: [PlanProblem], instead text: String, force: Bool, warnings: [PlanProblem] = []
    ) -> PlanMerge {
        PlanMerge(text: force ? text : nil, problems: problems, warnings: force ? warnings : [])
    }

    /// A document with its stamp line added.
    static func stamped(_ document: String) -> String {
        document + PlanStamp.line(for: document)
    }

    /// The start of a line, to name it in a message.
    private static func excerpt(_ text: String) -> String {
        let single = String(text.map { $0.isNewline ? " " : $0 })
        return single.count > 60 ? String(single.prefix(59)) + "…" : single
    }
}
