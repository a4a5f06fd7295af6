/// The stable ids of a plan's tasks. A plan carries each task's id invisibly in its checklist
/// line, and generating the plan again keeps a user's tick by that id, so an id must name the
/// same task on every run: it is made of what the task is about, never of its position or of
/// a number the inputs compute (users, dates, wave numbers).
///
/// An id is `KIND` or `KIND:SUBJECT[:SUBJECT…]`: the checklist item's kind (`procurement-44fz`,
/// `server-install`) and, for a task that a plan has once per thing, what it is about: a
/// replaced service's product (`account-close:zoom`), a site (`wave-accounts:korpus-b`, and
/// `wave-accounts:korpus-b:2` for the second block of a site split into several waves). Each
/// part is `[a-z0-9][a-z0-9._-]*` without `--`, so an id is safe inside an HTML comment and a JSON string.
/// Docs/Planning.md §7 lists the ids.
public enum TaskID {
    /// Separates an id's kind from its subjects.
    public static let separator: Character = ":"

    /// The id of a task of `kind` about `subjects` (none for a one-of-a-kind task). A subject
    /// that is not a valid part is made into a slug.
    public static func make(_ kind: String, _ subjects: [String] = []) -> String {
        ([part(kind)] + subjects.map(part)).joined(separator: String(separator))
    }

    /// The subject that names a site: its name made into a slug, or `site-N` (its 1-based
    /// position) when the name has no letter or digit to keep.
    public static func site(_ name: String, index: Int) -> String {
        Slug.make(from: name, fallback: "site-\(index + 1)")
    }

    /// True for a task id: parts `[a-z0-9][a-z0-9._-]*` (no `--`) joined by `:`, at most 200 characters.
    public static func isValid(_ id: some StringProtocol) -> Bool {
        guard !id.isEmpty, id.unicodeScalars.count <= 200 else { return false }
        return String(id).split(separator: separator, omittingEmptySubsequences: false).allSatisfy { isPart($0) }
    }

    /// The tasks' ids made unique in plan order: the second task with an id gets `-2` on its
    /// last part (`account-close:zoom-2` for a second Zoom account), the third `-3`, skipping
    /// any id already taken. Ids that were unique are left alone, so a plan without repeats
    /// keeps every id.
    public static func makeUnique(_ phases: inout [Phase]) {
        var taken = Set(phases.flatMap { $0.checklist.map(\.taskID) })
        var seen: Set<String> = []
        for phase in phases.indices {
            for item in phases[phase].checklist.indices {
                let id = phases[phase].checklist[item].taskID
                if seen.insert(id).inserted { continue }
                var number = 2
                while taken.contains("\(id)-\(number)") { number += 1 }
                let unique = "\(id)-\(number)"
                taken.insert(unique)
                seen.insert(unique)
                phases[phase].checklist[item].taskID = unique
            }
        }
    }

    private static func part(_ text: String) -> String {
        isPart(text) ? text : Slug.make(from: text, fallback: "x")
    }

    private static func isPart(_ text: some StringProtocol) -> Bool {
        // No `--`: older Markdown readers end an HTML comment there, and the id would show.
        guard let first = text.unicodeScalars.first, isLowerAlphanumeric(first), !text.contains("--") else {
            return false
        }
        return text.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" || $0 == "." || $0 == "_" }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
