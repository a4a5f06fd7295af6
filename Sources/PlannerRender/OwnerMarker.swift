import PlannerCore

/// The first line of every plan, invisible once rendered: whose plan it is, so that a plan
/// is never overwritten by the plan of another organization that happens to get the same id
/// (two names without Latin or Cyrillic letters both become `organization`; two long names
/// that differ only after 64 characters).
///
/// `<!-- plan:organization 0123456789abcdef -->`: a fingerprint of the organization's name,
/// not the name (a comment must not carry text that could close it). It is its own line, apart
/// from the keep blocks, and the writer checks it before replacing a plan.
public enum OwnerMarker {
    /// What the line starts with.
    public static let prefix = "<!-- plan:organization "
    /// What the line ends with.
    public static let suffix = " -->"

    /// The line for an organization, with its newline.
    public static func line(for organization: Organization) -> String {
        prefix + fingerprint(of: organization.name) + suffix + "\n"
    }

    /// The fingerprint of a name, as the line carries it.
    public static func fingerprint(of name: String) -> String {
        Fingerprint.of([("organization", Array(name.utf8))])
    }

    /// The fingerprint on a plan's first line, or nil when it has none (a plan written by an
    /// earlier version, or one whose first line was edited away).
    public static func fingerprint(in plan: String) -> String? {
        let first = plan.prefix { $0 != "\n" }
        guard first.hasPrefix(prefix), first.hasSuffix(suffix) else { return nil }
        let value = first.dropFirst(prefix.count).dropLast(suffix.count)
        return value.count == 16 && value.allSatisfy(\.isHexDigit) ? String(value) : nil
    }

    /// True when `organization` must not replace `plan`: the plan carries another name's
    /// fingerprint and the organization's id was made from its name (an id given in the
    /// inventory is the user's word that it is the same organization, renamed).
    public static func conflict(replacing plan: String, with organization: Organization) -> Bool {
        guard organization.idFromName, let recorded = fingerprint(in: plan) else { return false }
        return recorded != fingerprint(of: organization.name)
    }
}
