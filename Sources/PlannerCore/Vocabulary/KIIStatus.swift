/// Critical information infrastructure status (187-FZ).
public enum KIIStatus: String, Sendable, CaseIterable, Codable {
    case none, kii, significant
}
