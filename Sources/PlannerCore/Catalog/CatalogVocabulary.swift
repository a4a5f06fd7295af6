/// The ids the catalog's files may name, read before the files that name them: capabilities,
/// registers and procurement regimes (each from every layer of the catalog).
struct CatalogVocabulary {
    var capabilities: [String: Capability] = [:]
    var registers: [String: Register] = [:]
    var regimes: [String: ProcurementRegime] = [:]

    /// Register ids, sorted.
    var registerIDs: [String] { registers.keys.sorted() }
    /// Procurement regime ids, sorted.
    var regimeIDs: [String] { regimes.keys.sorted() }
}
