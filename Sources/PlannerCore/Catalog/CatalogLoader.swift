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
        var documents: [(file: CatalogFile, root: YAMLNode)] = []
        for (layer, files) in layers.enumerated() {
            _ = layer
            for file in files {
                switch YAMLDocumentLoader().load(file.bytes, file: file.path) {
                case .success(let root): documents.append((file, root))
                case .failure(let error): reader.append(contentsOf: error.diagnostics)
                }
            }
        }
        // Capabilities first: products and rules are checked against the merged vocabulary.
        var capabilities: [String: Capability] = [:]
        for (file, root) in documents where file.role == .capabilities {
            for capability in CapabilityParser.parse(root, reader: &reader) {
                capabilities[capability.id] = capability
            }
        }
        let vocabulary = capabilities
        var products: [String: Product] = [:]
        var productFiles: [String: String] = [:]
        var rules: [String: Rule] = [:]
        var ruleFiles: [String: (layer: Int, file: String)] = [:]
        var layerOfFile: [String: Int] = [:]
        for (index, files) in layers.enumerated() {
            for file in files { layerOfFile[file.path] = index }
        }
        for (file, root) in documents {
            let layer = layerOfFile[file.path] ?? 0
            switch file.role {
            case .capabilities:
                continue
            case .product:
                let parser = ProductParser(capabilities: vocabulary, file: file.path)
                guard let product = parser.parse(root, reader: &reader) else { continue }
                if let other = productFiles[product.id], layerOfFile[other] == layer {
                    reader.error("product '\(product.id)' is also defined in \(other)", at: "id", root.location)
                }
                products[product.id] = product
                productFiles[product.id] = file.path
            case .rules:
                let parser = RuleParser(capabilities: vocabulary)
                for rule in parser.parse(root, reader: &reader) {
                    if let other = ruleFiles[rule.id], other.layer == layer, other.file != file.path {
                        reader.error(
                            "rule id '\(rule.id)' is defined twice (also in \(other.file))", at: "id",
                            rule.location ?? root.location)
                    }
                    rules[rule.id] = rule
                    ruleFiles[rule.id] = (layer, file.path)
                }
            }
        }
        if vocabulary.isEmpty {
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
                capabilities: Array(vocabulary.values), products: allProducts, rules: allRules,
                fingerprint: fingerprint, warnings: diagnostics.sortedByLocation()))
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
