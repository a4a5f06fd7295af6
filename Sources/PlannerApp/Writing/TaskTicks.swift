import PlannerRender

/// The ticks a user put in a plan (`- [x]`), carried into the next version of it. A
/// checklist line carries its task's stable id (`<!-- task:ID -->`, see `TaskMarkers`); a
/// tick is kept on the new line with the same id. A ticked line without an id (a plan written
/// before ids, a template line that has none) is kept on a new line of the same text. A tick
/// whose task the new plan no longer has is not dropped: its line moves into the keep block
/// that followed it (the phase's notes), after a comment saying so, and the run warns.
/// Only the generated text is read: lines inside keep blocks are the user's own.
enum TaskTicks {
    /// One ticked line of a previous plan.
    struct Tick: Equatable {
        /// Its 1-based line number.
        var line: Int
        /// The line as written, without its line break.
        var text: String
        /// The mark (`x` or `X`).
        var mark: Character
        /// The task id it carries, if any.
        var id: String?
        /// The keep block where the line goes if its task is gone: the first one after it,
        /// else the last one before it; nil when the plan has none.
        var block: String?
    }

    /// The block a tick of a task that is gone goes into when the plan has no keep block.
    static let fallbackBlock = "retired-tasks"

    /// The comment put before ticked lines moved into a keep block.
    static let retiredNotice =
        "<!-- plan: the ticked tasks below are no longer in the plan; they were kept from an earlier version: delete them when they are no longer needed -->"

    /// The ticked lines outside the keep blocks of a document whose markers pair up.
    static func ticks(in document: String) -> [Tick] {
        var ticks: [Tick] = []
        var inside: String?
        var number = 0
        var lastBlock: String?
        var waiting: [Int] = []  // Ticks still looking for the block after them.
        for line in KeepBlocks.lines(of: document) {
            number += 1
            let marker = KeepBlocks.marker(in: line)
            if let name = inside {
                if case .close(name)? = marker { inside = nil }
                continue
            }
            if case .open(let name)? = marker {
                inside = name
                lastBlock = name
                for index in waiting { ticks[index].block = name }
                waiting = []
                continue
            }
            guard let mark = TaskMarkers.checkbox(line), mark != " " else { continue }
            var text = Substring(line)
            while text.last?.isNewline == true { text.removeLast() }
            waiting.append(ticks.count)
            ticks.append(
                Tick(line: number, text: String(text), mark: mark, id: TaskMarkers.id(in: text), block: lastBlock))
        }
        return ticks
    }

    /// The ids of the tasks ticked in a document (outside its keep blocks): what `plan.json`
    /// calls `done`.
    static func done(in document: String) -> Set<String> {
        Set(ticks(in: document).compactMap(\.id))
    }

    /// The fresh document with the ticks put back, and the ticks whose task it no longer has.
    static func apply(_ ticks: [Tick], to fresh: String) -> (text: String, retired: [Tick]) {
        guard !ticks.isEmpty else { return (fresh, []) }
        var byID: [String: Int] = [:]
        var byText: [Substring: [Int]] = [:]
        for (index, tick) in ticks.enumerated() {
            if let id = tick.id {
                if byID[id] == nil { byID[id] = index }
            } else {
                byText[key(tick.text), default: []].append(index)
            }
        }
        var used = Set<Int>()
        var out = ""
        out.reserveCapacity(fresh.utf8.count)
        var inside: String?
        for line in KeepBlocks.lines(of: fresh) {
            let marker = KeepBlocks.marker(in: line)
            if let name = inside {
                if case .close(name)? = marker { inside = nil }
            } else if case .open(let name)? = marker {
                inside = name
            } else if TaskMarkers.checkbox(line) == " " {
                var match: Int?
                if let id = TaskMarkers.id(in: line), let index = byID[id], !used.contains(index) {
                    match = index
                } else if var queue = byText[key(line)], !queue.isEmpty {
                    match = queue.removeFirst()
                    byText[key(line)] = queue
                }
                if let match {
                    used.insert(match)
                    out += "- [\(ticks[match].mark)] " + line.dropFirst(TaskMarkers.open.count)
                    continue
                }
            }
            out += line
        }
        // A second ticked line of one id (a copy) is kept like a task that is gone.
        return (out, ticks.indices.filter { !used.contains($0) }.map { ticks[$0] })
    }

    /// The lines of retired ticks to append to each keep block, after the notice.
    static func blockTexts(for retired: [Tick]) -> [String: String] {
        var texts: [String: String] = [:]
        for tick in retired {
            let name = tick.block ?? fallbackBlock
            if texts[name] == nil { texts[name] = retiredNotice + "\n" }
            texts[name, default: ""] += tick.text + "\n"
        }
        return texts
    }

    /// What a line without an id is known by: its text with the box open and no task marker.
    private static func key(_ line: some StringProtocol) -> Substring {
        let text = TaskMarkers.withoutMarker(line)
        guard TaskMarkers.checkbox(text) != nil else { return text }
        return Substring(TaskMarkers.open + text.dropFirst(TaskMarkers.open.count))
    }
}
