/// How the organization will run the target.
public enum Deployment: String, Sendable, Hashable, Codable {
    /// On its own servers: needs sizing, installation, backups and updates.
    case onPremises = "on_premises"
    /// The vendor's cloud service.
    case cloud
    /// The catalog confirms neither: ask the vendor.
    case unknown
}
