/// The loaded catalog: the capability vocabulary, the products, the rules, the registers, the
/// procurement regimes and the working-day calendars, every fact with its provenance. Always
/// valid: `CatalogLoader` returns one only when it found no errors.
public struct Catalog: Sendable {
    /// The capability vocabulary, sorted by id.
    public let capabilities: [Capability]
    /// Products sorted by id.
    public let products: [Product]
    /// Rules sorted by id.
    public let rules: [Rule]
    /// Official registers and lists, sorted by id.
    public let registers: [Register]
    /// Procurement regimes, sorted by id.
    public let procurementRegimes: [ProcurementRegime]
    /// The regime of an organization whose inventory names none and that no regime's
    /// `default_for` names.
    public let fallbackRegime: String?
    /// Working-day calendars, sorted by country.
    public let calendars: [HolidayCalendar]
    /// What the rules files say of their jurisdictions, sorted by country.
    public let jurisdictions: [Jurisdiction]
    /// A fingerprint of every file the catalog was read from (16 hex digits): two runs with
    /// the same fingerprint saw the same catalog.
    public let fingerprint: String
    /// Warnings found while loading (e.g. stale facts).
    public let warnings: [Diagnostic]
    /// A fact dated before this day is stale (18 months before the as-of date the catalog was
    /// loaded for); nil when staleness is not judged.
    public let staleBefore: CalendarDate?

    /// The catalog's version as shown in plans: the newest fact date and the fingerprint
    /// (found once: every plan and every recorded run shows it).
    public let version: String

    private let capabilityIndex: [String: Int]
    private let productIndex: [String: Int]

    /// Creates a catalog; sorts its parts by id.
    public init(
        capabilities: [Capability], products: [Product], rules: [Rule], registers: [Register] = [],
        procurementRegimes: [ProcurementRegime] = [], fallbackRegime: String? = nil,
        calendars: [HolidayCalendar] = [], jurisdictions: [Jurisdiction] = [], fingerprint: String,
        warnings: [Diagnostic] = [], staleBefore: CalendarDate? = nil
    ) {
        self.capabilities = capabilities.sorted { $0.id < $1.id }
        self.products = products.sorted { $0.id < $1.id }
        self.rules = rules.sorted { $0.id < $1.id }
        self.registers = registers.sorted { $0.id < $1.id }
        self.procurementRegimes = procurementRegimes.sorted { $0.id < $1.id }
        self.fallbackRegime = fallbackRegime
        self.calendars = calendars.sorted { $0.country < $1.country }
        self.jurisdictions = jurisdictions.sorted { $0.country < $1.country }
        self.fingerprint = fingerprint
        self.warnings = warnings
        self.staleBefore = staleBefore
        capabilityIndex = Dictionary(
            self.capabilities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        productIndex = Dictionary(self.products.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newest = self.products.flatMap(\.allProvenance).compactMap(\.asOf).max()
        version = [newest?.description, String(fingerprint.prefix(8))].compactMap { $0 }.joined(separator: " · ")
    }

    /// True when the fact is stale: its `as_of` is before ``staleBefore``. A stale fact is
    /// still used; every report that shows it says so, so that it is checked again.
    public func isStale(_ provenance: Provenance) -> Bool {
        guard let staleBefore, let date = provenance.asOf else { return false }
        return date < staleBefore
    }

    /// ``staleBefore`` when the fact is stale, else nil: for reports that say since when.
    public func staleBefore(_ provenance: Provenance) -> CalendarDate? {
        isStale(provenance) ? staleBefore : nil
    }

    /// The capability with this id.
    public func capability(_ id: String) -> Capability? {
        capabilityIndex[id].map { capabilities[$0] }
    }

    /// The product with this id.
    public func product(_ id: String) -> Product? {
        productIndex[id].map { products[$0] }
    }

    /// The register with this id.
    public func register(_ id: String) -> Register? { registers.first { $0.id == id } }

    /// The procurement regime with this id.
    public func procurementRegime(_ id: String) -> ProcurementRegime? { procurementRegimes.first { $0.id == id } }

    /// The regime an organization of this country and ownership buys under when its inventory
    /// names none: the regime whose `default_for` names it, else the fallback.
    public func defaultRegime(country: String, ownership: Ownership) -> String? {
        let named = procurementRegimes.first { regime in
            regime.defaultFor.contains {
                ($0.country ?? []).contains(country) && ($0.ownership ?? []).contains(ownership)
            }
        }
        return named?.id ?? fallbackRegime
    }

    /// The countries the catalog's procurement regimes serve, in the catalog's order: the
    /// first is where `plan init` starts an inventory when no country is given.
    public var countries: [String] {
        procurementRegimes.compactMap(\.country).uniqued()
    }

    /// The register whose software counts as domestic for organizations of this country.
    public func domesticRegister(for country: String) -> Register? {
        registers.first { $0.domesticFor.contains(country) }
    }

    /// What the catalog's rules say of a country as a whole, when a rules file states it.
    public func jurisdiction(for country: String) -> Jurisdiction? { jurisdictions.first { $0.country == country } }

    /// The working-day calendar of a country, when the catalog has one.
    public func calendar(for country: String) -> HolidayCalendar? { calendars.first { $0.country == country } }

    /// Every product id, sorted.
    public var productIDs: [String] { products.map(\.id) }

    /// Every capability id, sorted.
    public var capabilityIDs: [String] { capabilities.map(\.id) }

    /// The products of a category, sorted by id.
    public func products(in category: String) -> [Product] {
        products.filter { $0.category == category }
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
