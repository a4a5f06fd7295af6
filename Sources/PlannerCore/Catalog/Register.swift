/// An official register or list that products are (or are not) in (`Catalog/registers.yaml`):
/// the Russian software register, the EAEU register, Roskomnadzor's list of foreign
/// messengers. Whom a register can list is data too, so the tool can decide a register
/// question that the catalog has no entry for (a foreign product is never in the Russian
/// software register), and a closed list settles absence for every product not on it.
public struct Register: Sendable, Hashable {
    /// Stable id that products and rules name (`ru_software`).
    public var id: String
    /// The country that keeps it; nil for a register of several (the EAEU's).
    public var country: String?
    public var name: LocalizedText
    /// The register's own site, when it has one.
    public var url: String?
    /// Only rightholders from these countries can be listed; empty: no such limit.
    public var vendorsFrom: [String]
    /// Rightholders from these countries are never listed; empty: no such limit.
    public var vendorsNotFrom: [String]
    /// The organizations of these countries call software in this register domestic: the
    /// procurement laws of those countries admit it.
    public var domesticFor: [String]
    /// A closed list (every entry is known): a product the catalog does not record as listed
    /// is known not to be listed. Its provenance says which edition of the list.
    public var closed: Provenance?
    /// The question a request for a commercial offer asks a vendor about its product's entry,
    /// worded to be answered with an extract from the register; nil: the documents' own words.
    public var question: LocalizedText?
    public var note: String?

    /// Creates a register.
    public init(
        id: String, country: String?, name: LocalizedText, url: String? = nil, vendorsFrom: [String] = [],
        vendorsNotFrom: [String] = [], domesticFor: [String] = [], closed: Provenance? = nil, note: String? = nil
    ) {
        self.id = id
        self.country = country
        self.name = name
        self.url = url
        self.vendorsFrom = vendorsFrom
        self.vendorsNotFrom = vendorsNotFrom
        self.domesticFor = domesticFor
        self.closed = closed
        self.note = note
    }

    /// True when the register concerns organizations of a country: a register of no single
    /// country (the EAEU's), or that country's own.
    public func applies(to country: String) -> Bool { self.country == nil || self.country == country }

    /// Why the register cannot list a product of a vendor from `country`, or nil when it can.
    public func cannotList(vendorCountry country: String) -> Reason? {
        let parameters = { (countries: [String]) in
            [
                PlanParameter("register", .text(id)), PlanParameter("countries", .list(countries)),
                PlanParameter("vendorCountry", .text(country)),
            ]
        }
        if !vendorsFrom.isEmpty, !vendorsFrom.contains(country) {
            return Reason(.registryAdmitsOnly, parameters(vendorsFrom))
        }
        if vendorsNotFrom.contains(country) {
            return Reason(.registryExcludesVendors, parameters(vendorsNotFrom))
        }
        return nil
    }
}
