/// Low, medium or high: a risk's likelihood or impact.
public enum RiskLevel: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case low = 1
    case medium = 2
    case high = 3

    /// `low`, `medium`, `high`: the key a template looks up.
    public var name: String {
        switch self {
        case .low: return "low"
        case .medium: return "medium"
        case .high: return "high"
        }
    }

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One entry of the risk register: a stable id, levels computed from the data, the data
/// itself as parameters, and mitigation step ids. No prose: the templates hold the words.
public struct Risk: Sendable, Hashable {
    /// The kind of risk, for grouping.
    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        case schedule, feature, unknown, security, architecture, interoperability, data, staffing, legal
    }

    /// Stable id: `deadline-miss`, `contract-end-zoom`, `gap-breakout_rooms`,
    /// `advisory-CVE-2026-3502`, `on-premises-single-point`, `room-systems-no-sip`,
    /// `recordings-move`, `staff-load`, `unknown-facts`, `no-eligible-product`.
    public var id: String
    /// The template key: the id without its subject (`gap`, `advisory`, `contract-end`…).
    public var kind: String
    public var category: Category
    public var likelihood: RiskLevel
    public var impact: RiskLevel
    /// The data the sentence is made from (days, dates, capability ids, sizes…).
    public var parameters: [PlanParameter]
    /// Mitigation step ids, in order (`install-fixed-version-before-pilot`, …).
    public var mitigations: [String]
    /// Orders risks of the same exposure: the higher first (an advisory's CVSS score), so the
    /// plan's "main risk" is the most severe of them, not the first by id.
    public var severity: Double

    /// Creates a risk.
    public init(
        id: String, kind: String, category: Category, likelihood: RiskLevel, impact: RiskLevel,
        parameters: [PlanParameter] = [], mitigations: [String] = [], severity: Double = 0
    ) {
        self.id = id
        self.kind = kind
        self.category = category
        self.likelihood = likelihood
        self.impact = impact
        self.parameters = parameters
        self.mitigations = mitigations
        self.severity = severity
    }

    /// Likelihood × impact, 1–9: the register's order.
    public var exposure: Int { likelihood.rawValue * impact.rawValue }

    /// The value of a parameter.
    public func parameter(_ name: String) -> PlanValue? { parameters.value(name) }
}
