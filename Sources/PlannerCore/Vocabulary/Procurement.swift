/// The procurement law the organization buys under.
public enum Procurement: String, Sendable, CaseIterable, Codable {
    case fz44 = "44-FZ"
    case fz223 = "223-FZ"
    case none

    /// The default for an ownership: 44-FZ for state bodies and institutions, 223-FZ for state
    /// companies, none for private firms.
    public static func `default`(for ownership: Ownership) -> Procurement {
        switch ownership {
        case .federal, .regional, .municipal: return .fz44
        case .stateCompany: return .fz223
        case .private: return .none
        }
    }
}
