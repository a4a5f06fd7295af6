import PlannerCore
import PlannerRender

/// Whose plan and runs are under an organization id. An id made from a name can be shared by
/// two organizations (every name without Latin or Cyrillic letters becomes `organization`):
/// the second must not replace the first one's plan, take its kept notes, or add its runs to
/// the first one's history. An id the inventory gives is the user's word and is trusted.
extension PlanBatch {
    /// The name recorded with the organization id's newest run when it is another
    /// organization's (see ``OwnerMarker/conflict(replacing:with:)`` for the plan itself).
    static func otherOwner(in history: any RunHistory, of organization: Organization) throws -> String? {
        guard organization.idFromName, let latest = try history.latestRun(of: organization.id),
            latest.organizationName != organization.name
        else { return nil }
        return latest.organizationName
    }

    /// The error for an inventory whose id belongs to another organization in `owner` (the
    /// plan's path or "the history"), naming that organization when known.
    static func notTheOwner(_ inventory: Inventory, file: String, owner: String, name: String?) -> Diagnostic {
        let id = inventory.organization.id
        let other = name.map { " (\(quoted($0)))" } ?? ""
        return .error(
            "organization id '\(id)', made from organization.name, belongs to another organization in \(owner)"
                + "\(other); no plan written: give this organization an id of its own (organization.id), or, if it "
                + "is the same organization renamed, write 'id: \(id)' under organization",
            at: .start(of: file))
    }

    /// A name shown in a message: one line, at most 60 characters.
    private static func quoted(_ text: String) -> String {
        let line = MarkdownText.singleLine(text)
        return "'" + (line.count > 60 ? String(line.prefix(60)) + "…" : line) + "'"
    }
}
