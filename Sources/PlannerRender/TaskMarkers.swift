import Foundation

/// How a plan's checklist line carries its task's stable id: `- [ ] Sentence <!-- task:ID -->`.
/// The HTML comment is invisible on GitHub, GitLab and Wiki.js, and the line still starts with
/// `- [ ] `, so it is still a checkbox. The templates write the marker (the checklist-item
/// partial from `ChecklistItemView.taskID`, a few fixed lines of the procurement section by
/// hand); PlannerApp reads the ticks of a written plan back by it. Ids are `PlannerCore.TaskID`s.
public enum TaskMarkers {
    /// The marker carrying `id`.
    public static func marker(_ id: String) -> String { "<!-- task:\(id) -->" }

    /// The start of a checkbox line the templates write.
    public static let open = "- [ ] "

    /// The state of a checkbox line: the mark between the brackets (`" "`, `"x"` or `"X"`),
    /// nil when the line is not a checkbox of the kind the templates write (`- [ ] ` at its
    /// very start).
    public static func checkbox(_ line: some StringProtocol) -> Character? {
        let scalars = Array(line.unicodeScalars.prefix(6))
        guard scalars.count == 6, scalars[0] == "-", scalars[1] == " ", scalars[2] == "[", scalars[4] == "]",
            scalars[5] == " "
        else { return nil }
        switch scalars[3] {
        case " ": return " "
        case "x": return "x"
        case "X": return "X"
        default: return nil
        }
    }

    /// The task id a line carries: the id in a `<!-- task:ID -->` that ends the line (spaces
    /// and the line break after it aside); nil for none.
    public static func id(in line: some StringProtocol) -> String? {
        var text = Substring(line)
        while let last = text.last, last == " " || last == "\t" || last.isNewline { text.removeLast() }
        guard text.hasSuffix(" -->"), let start = text.range(of: "<!-- task:", options: .backwards) else {
            return nil
        }
        let id = text[start.upperBound..<text.index(text.endIndex, offsetBy: -4)]
        return isID(id) ? String(id) : nil
    }

    /// The line without the task marker that ends it (the text a line is known by when it has
    /// no id, or when ids are not compared).
    public static func withoutMarker(_ line: some StringProtocol) -> Substring {
        var text = Substring(line)
        while let last = text.last, last == " " || last == "\t" || last.isNewline { text.removeLast() }
        guard id(in: text) != nil, let start = text.range(of: " <!-- task:", options: .backwards) else { return text }
        return text[..<start.lowerBound]
    }

    /// True for what may stand in a marker: `[a-z0-9._:-]`, at most 200 characters, no `--`.
    static func isID(_ id: some StringProtocol) -> Bool {
        guard !id.isEmpty, id.unicodeScalars.count <= 200, !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." || $0 == "_" || $0 == ":"
        }
    }
}
