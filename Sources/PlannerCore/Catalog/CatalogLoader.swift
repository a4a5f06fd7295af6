/// Loads and validates a catalog from its files, in layers: the shipped catalog first, then a
/// user's folder whose products, rules and capabilities replace those with the same id and add
/// new ones. Reports every problem of every file at once.
public struct CatalogLoader: Sendable {
    /// The date staleness is judged against (`--as-of`).
    public var asOf: CalendarDate
    /// A fact older than this many months is reported as stale.
    public var staleAfterMonths = 18

    /// Creates a loader that judges staleness as of a date.
    public init(asOf: CalendarDate) {
        self.asOf = asOf
    }

    /// The shipped catalog, with an optional user folder layered on top.
    public func load(overlay directory: String? = nil) -> Result<Catalog, DiagnosticsError> {
        var layers = [CatalogFiles.shipped()]
        if let directory {
            switch CatalogFiles.read(directory: directory) {
            case .success(let files): layers.append(files)
            case .failure(let error): return .failure(error)
            }
        }
        return load(layers: layers)
    }

    /// Loads layers of catalog files; later layers override earlier ones by id.
    public func load(layers: [[CatalogFile]]) -> Result<Catalog, DiagnosticsError> {
        var reader = YAMLReader()
        // Each document keeps its layer: a user's folder may be a copy of the shipped one, at
        // the same paths (`--catalog Catalog`), and its files override, not duplicate, them.
        var documents: [(file: CatalogFile, root: YAMLNode, layer: Int)] = []
        for (layer, files) in layers.enumerated() {
            for file in files {
                if let root = file.tree.flatMap({ YAMLTreeArchive.decode($0, file: file.path) }) {
                    documents.append((file, root, layer))
                    continue
                }
                switch YAMLDocumentLoader().load(file.bytes, file: file.path) {
                case .success(let root): documents.append((file, root, layer))
                case .failure(let error): reader.append(contentsOf: error.diagnostics)
                }
            }
        }
        let vocabulary = readVocabulary(documents.map { ($0.file, $0.root) }, reader: &reader)
        var products: [String: Product] = [:]
        var productFiles: [String: (layer: Int, file: String)] = [:]
        var rules: [String: Rule] = [:]
        var ruleFiles: [String: (layer: Int, file: String)] = [:]
        var jurisdictions: [String: Jurisdiction] = [:]
        var calendars: [String: HolidayCalendar] = [:]
        var calendarFiles: [String: (layer: Int, file: String)] = [:]
        for (file, root, layer) in documents {
            switch file.role {
            case .capabilities, .registers, .procurement:
                continue
            case .product:
                let parser = ProductParser(vocabulary: vocabulary.ids, file: file.path)
                guard let product = parser.parse(root, reader: &reader) else { continue }
                if let other = productFiles[product.id], other.layer == layer {
                    reader.error("product '\(product.id)' is also defined in \(other.file)", at: "id", root.location)
                }
                products[product.id] = product
                productFiles[product.id] = (layer, file.path)
            case .rules:
                let parser = RuleParser(vocabulary: vocabulary.ids)
                let parsed = parser.parse(root, reader: &reader)
                if let jurisdiction = parsed.jurisdiction { jurisdictions[jurisdiction.country] = jurisdiction }
                for rule in parsed.rules {
                    if let other = ruleFiles[rule.id], other.layer == layer, other.file != file.path {
                        reader.error(
                            "rule id '\(rule.id)' is defined twice (also in \(other.file))", at: "id",
                            rule.location ?? root.location)
                    }
                    rules[rule.id] = rule
                    ruleFiles[rule.id] = (layer, file.path)
                }
            case .calendar:
                var calendarReader = YAMLReader()
                guard let calendar = CalendarParser.parse(root, reader: &calendarReader) else {
                    reader.append(contentsOf: calendarReader.diagnostics)
                    if !calendarReader.diagnostics.hasErrors {
                        reader.error("the calendar is incomplete", at: .root, root.location)
                    }
                    continue
                }
                reader.append(contentsOf: calendarReader.diagnostics)
                let stem = file.path.split(separator: "/").last.map { String($0.split(separator: ".").first ?? "") }
                if stem?.uppercased() != calendar.country {
                    reader.error(
                        "the calendar of \(calendar.country) belongs in calendars/\(calendar.country.lowercased()).yaml",
                        at: "country", root.location)
                }
                if let other = calendarFiles[calendar.country], other.layer == layer {
                    reader.error(
                        "the calendar of \(calendar.country) is also defined in \(other.file)", at: "country",
                        root.location)
                }
                calendars[calendar.country] = calendar
                calendarFiles[calendar.country] = (layer, file.path)
            }
        }
        if vocabulary.ids.capabilities.isEmpty {
            reader.append(contentsOf: [.error("the catalog has no capabilities.yaml", at: nil)])
        }
        let allRules = Array(rules.values)
        let allProducts = Array(products.values)
        StalenessCheck(asOf: asOf, months: staleAfterMonths).check(allProducts, allRules, reader: &reader)
        let diagnostics = reader.diagnostics
        if diagnostics.hasErrors {
            return .failure(DiagnosticsError(diagnostics))
        }
        let fingerprint = Fingerprint.of(layers.flatMap { $0 }.sorted { $0.path < $1.path }.map { ($0.path, $0.bytes) })
        return .success(
            Catalog(
                capabilities: Array(vocabulary.ids.capabilities.values), products: allProducts, rules: allRules,
                registers: Array(vocabulary.ids.registers.values),
                procurementRegimes: Array(vocabulary.ids.regimes.values), fallbackRegime: vocabulary.fallbackRegime,
                calendars: Array(calendars.values), jurisdictions: Array(jurisdictions.values),
                fingerprint: fingerprint, warnings: diagnostics.sortedByLocation(),
                staleBefore: asOf.adding(months: -staleAfterMonths)))
    }

    /// The vocabulary of every layer (a later layer replaces an id): capabilities, registers
    /// and procurement regimes, with the regime of organizations no default names.
    private func readVocabulary(
        _ documents: [(file: CatalogFile, root: YAMLNode)], reader: inout YAMLReader
    ) -> (ids: CatalogVocabulary, fallbackRegime: String?) {
        var vocabulary = CatalogVocabulary()
        var fallback: (id: String, location: SourceLocation)?
        let regimeParser = ProcurementRegimeParser(checklistIDs: Set(PlanVocabulary.checklistIDs.values.joined()))
        for (file, root) in documents {
            switch file.role {
            case .capabilities:
                for capability in CapabilityParser.parse(root, reader: &reader) {
                    vocabulary.capabilities[capability.id] = capability
                }
            case .registers:
                for register in RegisterParser.parse(root, reader: &reader) {
                    vocabulary.registers[register.id] = register
                }
            case .procurement:
                let parsed = regimeParser.parse(root, reader: &reader)
                for regime in parsed.regimes { vocabulary.regimes[regime.id] = regime }
                if let named = parsed.fallback { fallback = named }
            case .product, .rules, .calendar:
                continue
            }
        }
        if let fallback, vocabulary.regimes[fallback.id] == nil {
            reader.error(
                "the fallback regime '\(fallback.id)' is not defined"
                    + Suggestions.hint(for: fallback.id, in: vocabulary.regimeIDs), at: "fallback", fallback.location)
        } else if fallback == nil, !vocabulary.regimes.isEmpty {
            reader.append(contentsOf: [
                .error("procurement.yaml needs `fallback`: the regime of organizations no default names", at: nil)
            ])
        }
        checkDefaults(vocabulary.regimes.values.sorted { $0.id < $1.id }, reader: &reader)
        return (vocabulary, fallback?.id)
    }

    /// Two regimes must not both be the default of one country and ownership.
    private func checkDefaults(_ regimes: [ProcurementRegime], reader: inout YAMLReader) {
        var owner: [String: String] = [:]
        for regime in regimes {
            for condition in regime.defaultFor {
                for country in condition.country ?? [] {
                    for ownership in condition.ownership ?? [] {
                        let key = "\(country) \(ownership.rawValue)"
                        if let other = owner[key], other != regime.id {
                            reader.append(contentsOf: [
                                .error(
                                    "regimes \(other) and \(regime.id) are both the default for \(country) "
                                        + "\(ownership.rawValue) organizations", at: regime.location)
                            ])
                        }
                        owner[key] = regime.id
                    }
                }
            }
        }
    }
}

/// Flags decision facts (vendor, registers, certificates, residency, restrictions, prices)
/// older than the staleness window: they may no longer hold and should be checked again.
struct StalenessCheck {
    let asOf: CalendarDate
    let months: Int

    func check(_ products: [Product], _ rules: [Rule], reader: inout YAMLReader) {
        let cutoff = asOf.adding(months: -months)
        for product in products.sorted(by: { $0.id < $1.id }) {
            for (what, provenance) in product.decisionFacts {
                guard let date = provenance.asOf, date < cutoff, let location = provenance.location else { continue }
                reader.warning(
                    "\(what) is as of \(date), older than \(months) months; check it again", at: FieldPath(""), location
                )
            }
        }
    }
}

extension Product {
    /// The facts that decide eligibility or cost, named for messages.
    var decisionFacts: [(String, Provenance)] {
        var facts: [(String, Provenance)] = [("vendor.country", vendor.provenance)]
        for name in registries.keys.sorted() {
            if let entry = registries[name] { facts.append(("registries.\(name)", entry.provenance)) }
        }
        for (index, item) in certifications.enumerated() { facts.append(("certifications[\(index)]", item.provenance)) }
        if let dataResidency { facts.append(("data_residency", dataResidency.provenance)) }
        for (index, item) in restrictions.enumerated() { facts.append(("restrictions[\(index)]", item.provenance)) }
        for (index, item) in pricing.enumerated() { facts.append(("pricing[\(index)]", item.provenance)) }
        return facts
    }
}
