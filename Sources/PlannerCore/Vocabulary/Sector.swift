/// The organization's sector of activity.
public enum Sector: String, Sendable, CaseIterable, Codable {
    case government, education, healthcare, finance, energy, transport, telecom, commercial, nonprofit
}
