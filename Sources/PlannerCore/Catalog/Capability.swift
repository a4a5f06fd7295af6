/// A capability of the vocabulary in `Catalog/capabilities.yaml`: something a product can do,
/// an inventory can require, and a plan can name in either language.
public struct Capability: Sendable, Hashable {
    /// Whether the capability is a yes/no feature or a number (a limit).
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case bool
        case number
    }

    /// Dotted id, e.g. `meetings.max_participants`.
    public var id: String
    public var kind: Kind
    /// The unit of a number capability.
    public var unit: LocalizedText?
    public var name: LocalizedText
    public var description: LocalizedText
    /// What to do when a target lacks a bool capability that is used today.
    public var workaround: LocalizedText?
    /// The capability as a requirement in a technical specification, in words a tender uses.
    public var tender: Tender?

    /// Creates a capability.
    public init(
        id: String, kind: Kind, unit: LocalizedText? = nil, name: LocalizedText,
        description: LocalizedText, workaround: LocalizedText? = nil, tender: Tender? = nil
    ) {
        self.id = id
        self.kind = kind
        self.unit = unit
        self.name = name
        self.description = description
        self.workaround = workaround
        self.tender = tender
    }

    /// A capability in a tender's words (`tender: {section, ru, en}`): product-neutral, with
    /// `{value}` standing for the required number of a number capability.
    public struct Tender: Sendable, Hashable {
        /// The placeholder a number capability's text holds for the required value.
        public static let placeholder = "{value}"

        /// The part of the specification the requirement belongs to.
        public var section: TenderSection
        public var text: LocalizedText

        /// Creates a tender wording.
        public init(section: TenderSection, text: LocalizedText) {
            self.section = section
            self.text = text
        }
    }
}

/// The value a product has for a capability.
public enum CapabilityValue: Sendable, Hashable {
    case bool(Bool)
    case number(Double)

    /// The value as text: `true`, `false`, `1600`.
    public var text: String {
        switch self {
        case .bool(let value): return value ? "true" : "false"
        case .number(let value): return value.formatted()
        }
    }
}

/// A product's value for a capability, with its provenance.
public struct CapabilityFact: Sendable, Hashable {
    public var value: CapabilityValue
    public var provenance: Provenance

    /// Creates a fact.
    public init(value: CapabilityValue, provenance: Provenance = Provenance()) {
        self.value = value
        self.provenance = provenance
    }
}
