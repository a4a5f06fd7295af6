/// How much the catalog knows, product by product, so that its gaps are visible to those
/// who rely on it (`plan catalog coverage`): the capabilities with a value it may rely on,
/// those it does not know, those that rest only on a secondary source, and whether each fact
/// that decides eligibility or cost is known.
public struct CatalogCoverage: Sendable, Hashable {
    /// The number of capability ids in the vocabulary: `known + unknown` of every product.
    public var capabilities: Int
    /// One entry per product, sorted by id.
    public var products: [ProductCoverage]

    /// The coverage of every product of `catalog`.
    public init(catalog: Catalog) {
        capabilities = catalog.capabilities.count
        products = catalog.products.map { ProductCoverage($0, catalog: catalog) }
    }
}

/// What the catalog knows about one product.
public struct ProductCoverage: Sendable, Hashable {
    /// The product id.
    public var id: String
    /// Capabilities with a value the assessment relies on: confirmed or secondary (an
    /// unconfirmed value counts as unknown, as it does everywhere else).
    public var known: Int
    /// Capabilities of the vocabulary without such a value.
    public var unknown: Int
    /// Of the known capabilities, those resting only on a secondary source.
    public var secondary: Int
    /// The product's standing in the register of domestic software is known: a reliable entry
    /// (listed, or a sourced absence) in the register that is domestic for its vendor's
    /// country (`domestic_for` in `registers.yaml`); for a vendor whose country has no such
    /// register, true when no register of domestic software can list it (its admission rule
    /// settles the question, as for a US vendor and the Russian register).
    public var register: Bool
    /// Where the product keeps data is known (a reliable `data_residency`).
    public var dataResidency: Bool
    /// A certificate is known (a reliable entry in `certifications`). The catalog records no
    /// absence of certificates, so false means unknown, not "none".
    public var certification: Bool
    /// A price is known (a reliable entry in `pricing`).
    public var price: Bool

    /// Creates an entry from its figures.
    public init(
        id: String, known: Int, unknown: Int, secondary: Int, register: Bool, dataResidency: Bool,
        certification: Bool, price: Bool
    ) {
        self.id = id
        self.known = known
        self.unknown = unknown
        self.secondary = secondary
        self.register = register
        self.dataResidency = dataResidency
        self.certification = certification
        self.price = price
    }

    /// The coverage of `product` in `catalog`.
    public init(_ product: Product, catalog: Catalog) {
        let reliable = catalog.capabilities.compactMap { product.capability($0.id) }.filter { $0.provenance.isReliable }
        let domestic = catalog.registers.filter { !$0.domesticFor.isEmpty }
        let register: Bool
        if let home = catalog.domesticRegister(for: product.vendor.country) {
            register = product.registries[home.id]?.provenance.isReliable ?? false
        } else {
            register =
                !domestic.isEmpty && domestic.allSatisfy { $0.cannotList(vendorCountry: product.vendor.country) != nil }
        }
        self.init(
            id: product.id, known: reliable.count, unknown: catalog.capabilities.count - reliable.count,
            secondary: reliable.filter(\.provenance.isSecondary).count, register: register,
            dataResidency: product.dataResidency?.provenance.isReliable ?? false,
            certification: product.certifications.contains { $0.provenance.isReliable },
            price: product.pricing.contains { $0.provenance.isReliable })
    }

    /// How many of the four decision facts are known.
    public var decisionFactsKnown: Int {
        [register, dataResidency, certification, price].filter { $0 }.count
    }
}
