/// The loaded catalog: the capability vocabulary, the products and the rules, every fact with
/// its provenance. Always valid: `CatalogLoader` returns one only when it found no errors.
public struct Catalog: Sendable {
    /// The capability vocabulary, sorted by id.
    public let capabilities: [Capability]
    /// Products sorted by id.
    public let products: [Product]
    /// Rules sorted by id.
    public let rules: [Rule]
    /// A fingerprint of every file the catalog was read from (16 hex digits): two runs with
    /// the same fingerprint saw the same catalog.
    public let fingerprint: String
    /// Warnings found while loading (e.g. stale facts).
    public let warnings: [Diagnostic]

    private let capabilityIndex: [String: Int]
    private let productIndex: [String: Int]

    /// Creates a catalog; sorts its parts by id.
    public init(
        capabilities: [Capability], products: [Product], rules: [Rule], fingerprint: String, warnings: [Diagnostic] = []
    ) {
        self.capabilities = capabilities.sorted { $0.id < $1.id }
        self.products = products.sorted { $0.id < $1.id }
        self.rules = rules.sorted { $0.id < $1.id }
        self.fingerprint = fingerprint
        self.warnings = warnings
        capabilityIndex = Dictionary(
            self.capabilities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        productIndex = Dictionary(self.products.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The capability with this id.
    public func capability(_ id: String) -> Capability? {
        capabilityIndex[id].map { capabilities[$0] }
    }

    /// The product with this id.
    public func product(_ id: String) -> Product? {
        productIndex[id].map { products[$0] }
    }

    /// Every product id, sorted.
    public var productIDs: [String] { products.map(\.id) }

    /// Every capability id, sorted.
    public var capabilityIDs: [String] { capabilities.map(\.id) }

    /// The products of a category, sorted by id.
    public func products(in category: String) -> [Product] {
        products.filter { $0.category == category }
    }

    /// The catalog's version as shown in plans: the newest fact date and the fingerprint.
    public var version: String {
        let newest = products.flatMap(\.allProvenance).compactMap(\.asOf).max()
        return [newest?.description, String(fingerprint.prefix(8))].compactMap { $0 }.joined(separator: " · ")
    }
}

extension Product {
    /// Every provenance record of the product's facts, for staleness and source lists.
    public var allProvenance: [Provenance] {
        var all = [vendor.provenance]
        all += registries.keys.sorted().compactMap { registries[$0]?.provenance }
        all += certifications.map(\.provenance)
        all += dataResidency.map { [$0.provenance] } ?? []
        all += capabilities.keys.sorted().compactMap { capabilities[$0]?.provenance }
        all += pricing.map(\.provenance)
        all += restrictions.map(\.provenance)
        all += advisories.map(\.provenance)
        return all
    }
}
