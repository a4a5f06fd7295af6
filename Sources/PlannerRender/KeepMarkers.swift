/// The hand-written parts of a plan: text between `<!-- plan:keep NAME -->` and
/// `<!-- /plan:keep NAME -->` belongs to the organization, and generating the plan again puts
/// it back in place (see Docs/Templates.md). Markers stand alone on their lines; a name is a
/// slug with dots (`notes`, `phase-pilot`). Inventory text can never forge a marker: it is
/// escaped, so its `<` is `&lt;`. The templates write the markers; PlannerApp reads the
/// blocks of a written plan back and merges them into the next version.
public enum KeepBlocks {
    /// The opening marker of a block.
    public static func openMarker(_ name: String) -> String { "<!-- plan:keep \(name) -->" }

    /// The closing marker of a block.
    public static func closeMarker(_ name: String) -> String { "<!-- /plan:keep \(name) -->" }

    /// True for a block name: `[a-z0-9][a-z0-9._-]*`, at most 64 characters.
    public static func isName(_ name: some StringProtocol) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 64,
            ("a"..."z").contains(first) || ("0"..."9").contains(first)
        else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." || $0 == "_"
        }
    }
}
