/// Which exam calendar an educational organization follows.
public enum InstitutionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A school: state exams (ОГЭ, ЕГЭ) in late May and June.
    case school
    /// A university or institute: winter and summer sessions.
    case university
    /// The name tells neither: every education exam period is applied.
    case unknown

    /// The kinds an inventory or a catalog condition may state.
    public static let stated: [InstitutionKind] = [.school, .university]
}
