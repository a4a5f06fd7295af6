import Foundation
import PlannerCore
import PlannerRender
import TestSupport
import Testing

/// Checks of a Mermaid `gantt` block.
enum MermaidCheck {
    /// The problems of every `mermaid` block of a document (empty when each is a well-formed
    /// gantt chart: known directives, sections and task lines with valid dates, start before end).
    static func problems(in document: String) -> [String] {
        var problems: [String] = []
        var inBlock = false
        var blocks = 0
        var sawGantt = false
        for line in document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "```mermaid" {
                inBlock = true
                blocks += 1
                sawGantt = false
                continue
            }
            guard inBlock else { continue }
            if line == "```" {
                inBlock = false
                if !sawGantt { problems.append("a mermaid block without gantt") }
                continue
            }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text == "gantt" {
                sawGantt = true
                continue
            }
            if text.hasPrefix("dateFormat ") || text.hasPrefix("axisFormat ") || text.hasPrefix("title ") { continue }
            if text.hasPrefix("section ") {
                let name = text.dropFirst("section ".count)
                if name.isEmpty || name.contains(where: { ":#;".contains($0) }) {
                    problems.append("bad section: \(line)")
                }
                continue
            }
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                problems.append("not a task line: \(line)")
                continue
            }
            let label = parts[0].trimmingCharacters(in: .whitespaces)
            if label.isEmpty || label.contains(where: { "#;`%{}[]<>\"".contains($0) }) {
                problems.append("bad label: \(line)")
            }
            var meta = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let milestone = meta.first == "milestone"
            meta.removeAll { $0 == "crit" || $0 == "milestone" }
            guard meta.count == 3, meta[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
                case .success(let start) = CalendarDate.parse(meta[1])
            else {
                problems.append("bad task metadata: \(line)")
                continue
            }
            if milestone {
                if meta[2] != "0d" { problems.append("milestone without 0d: \(line)") }
            } else if case .success(let end) = CalendarDate.parse(meta[2]) {
                if !(start < end) { problems.append("task ends before it starts: \(line)") }
            } else {
                problems.append("bad end date: \(line)")
            }
        }
        if inBlock { problems.append("unclosed mermaid block") }
        if blocks == 0 { problems.append("no mermaid block") }
        return problems
    }
}
