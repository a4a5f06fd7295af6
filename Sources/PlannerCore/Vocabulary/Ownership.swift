/// Who owns the organization; decides the default procurement law.
public enum Ownership: String, Sendable, CaseIterable, Codable {
    case federal, regional, municipal
    case stateCompany = "state_company"
    case `private`
}
