/// What a catalog's files hold once read and checked, before anything that depends on the
/// date (the staleness of its facts): the same for every command run on the same files.
struct CatalogRead: Sendable {
    var capabilities: [Capability]
    var products: [Product]
    var rules: [Rule]
    var registers: [Register]
    var procurementRegimes: [ProcurementRegime]
    var fallbackRegime: String?
    var calendars: [HolidayCalendar]
    var jurisdictions: [Jurisdiction]
    var fingerprint: String
    /// Every problem found in the files, in the files' order.
    var diagnostics: [Diagnostic]
}

extension CatalogLoader {
    /// Reads layers of catalog files; later layers override earlier ones by id.
    static func read(layers: [[CatalogFile]]) -> CatalogRead {
        var reader = YAMLReader()
        // Each document keeps its layer: a user's folder may be a copy of the shipped one, at
        // the same paths (`--catalog Catalog`), and its files override, not duplicate, them.
        let files = layers.enumerated().flatMap { layer, files in files.map { (file: $0, layer: layer) } }
        var documents: [(file: CatalogFile, root: YAMLNode, layer: Int)] = []
        for ((file, layer), decoded) in zip(files, files.parallelMap { Self.decode($0.file) }) {
            switch decoded {
            case .success(let root): documents.append((file, root, layer))
            case .failure(let error): reader.append(contentsOf: error.diagnostics)
            }
        }
        let vocabulary = readVocabulary(documents.map { ($0.file, $0.root) }, reader: &reader)
        // The files parse on all cores, each with a reader of its own; what they found is
        // merged below in the files' order, so the messages and the result are the same.
        let language = reader.language
        let parsed = documents.parallelMap { document in
            Self.parse(document.root, of: document.file, vocabulary: vocabulary.ids, language: language)
        }
        var products: [String: Product] = [:]
        var productFiles: [String: (layer: Int, file: String)] = [:]
        var rules: [String: Rule] = [:]
        var ruleFiles: [String: (layer: Int, file: String)] = [:]
        var jurisdictions: [String: Jurisdiction] = [:]
        var calendars: [String: HolidayCalendar] = [:]
        var calendarFiles: [String: (layer: Int, file: String)] = [:]
        for ((file, root, layer), (content, diagnostics)) in zip(documents, parsed) {
            reader.append(contentsOf: diagnostics)
            switch content {
            case .vocabulary:
                continue
            case .product(let product):
                guard let product else { continue }
                if let other = productFiles[product.id], other.layer == layer {
                    reader.error("product '\(product.id)' is also defined in \(other.file)", at: "id", root.location)
                }
                products[product.id] = product
                productFiles[product.id] = (layer, file.path)
            case .rules(let parsed):
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
            case .calendar(let calendar):
                guard let calendar else {
                    if !diagnostics.hasErrors {
                        reader.error("the calendar is incomplete", at: .root, root.location)
                    }
                    continue
                }
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
        return CatalogRead(
            capabilities: Array(vocabulary.ids.capabilities.values), products: Array(products.values),
            rules: Array(rules.values), registers: Array(vocabulary.ids.registers.values),
            procurementRegimes: Array(vocabulary.ids.regimes.values), fallbackRegime: vocabulary.fallbackRegime,
            calendars: Array(calendars.values), jurisdictions: Array(jurisdictions.values),
            fingerprint: Fingerprint.of(layers.flatMap { $0 }.sorted { $0.path < $1.path }.map { ($0.path, $0.bytes) }),
            diagnostics: reader.diagnostics)
    }

    /// A file's tree: built when the binary was (the shipped files), else parsed now.
    private static func decode(_ file: CatalogFile) -> Result<YAMLNode, DiagnosticsError> {
        if let root = file.tree.flatMap({ YAMLTreeArchive.decode($0, file: file.path) }) { return .success(root) }
        return YAMLDocumentLoader().load(file.bytes, file: file.path)
    }

    /// What one file of products, rules or a calendar holds once read.
    private enum Content: Sendable {
        case vocabulary
        case product(Product?)
        case rules((rules: [Rule], jurisdiction: Jurisdiction?))
        case calendar(HolidayCalendar?)
    }

    /// Reads one file other than the vocabulary's, with a reader of its own.
    private static func parse(
        _ root: YAMLNode, of file: CatalogFile, vocabulary: CatalogVocabulary, language: Language
    ) -> (content: Content, diagnostics: [Diagnostic]) {
        var reader = YAMLReader(language: language)
        let content: Content
        switch file.role {
        case .capabilities, .registers, .procurement:
            content = .vocabulary
        case .product:
            content = .product(ProductParser(vocabulary: vocabulary, file: file.path).parse(root, reader: &reader))
        case .rules:
            content = .rules(RuleParser(vocabulary: vocabulary).parse(root, reader: &reader))
        case .calendar:
            content = .calendar(CalendarParser.parse(root, reader: &reader))
        }
        return (content, reader.diagnostics)
    }

    /// The vocabulary of every layer (a later layer replaces an id): capabilities, registers
    /// and procurement regimes, with the regime of organizations no default names.
    private static func readVocabulary(
        _ documents: [(file: CatalogFile, root: YAMLNode)], reader: inout YAMLReader
    ) -> (ids: CatalogVocabulary, fallbackRegime: String?) {
        let regimeParser = ProcurementRegimeParser(checklistIDs: Set(PlanVocabulary.checklistIDs.values.joined()))
        let language = reader.language
        // Each file on a core of its own, merged in the files' order (as the other files are).
        let parsed = documents.filter(\.file.role.isVocabulary).parallelMap { file, root in
            var reader = YAMLReader(language: language)
            let content: VocabularyContent
            switch file.role {
            case .capabilities: content = .capabilities(CapabilityParser.parse(root, reader: &reader))
            case .registers: content = .registers(RegisterParser.parse(root, reader: &reader))
            case .procurement: content = .regimes(regimeParser.parse(root, reader: &reader))
            case .product, .rules, .calendar: content = .none
            }
            return (content, reader.diagnostics)
        }
        var vocabulary = CatalogVocabulary()
        var fallback: (id: String, location: SourceLocation)?
        for (content, diagnostics) in parsed {
            reader.append(contentsOf: diagnostics)
            switch content {
            case .capabilities(let capabilities):
                for capability in capabilities { vocabulary.capabilities[capability.id] = capability }
            case .registers(let registers):
                for register in registers { vocabulary.registers[register.id] = register }
            case .regimes(let parsed):
                for regime in parsed.regimes { vocabulary.regimes[regime.id] = regime }
                if let named = parsed.fallback { fallback = named }
            case .none:
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

    /// What one file of the vocabulary holds once read.
    private enum VocabularyContent: Sendable {
        case capabilities([Capability])
        case registers([Register])
        case regimes((fallback: (id: String, location: SourceLocation)?, regimes: [ProcurementRegime]))
        case none
    }

    /// Two regimes must not both be the default of one country and ownership.
    private static func checkDefaults(_ regimes: [ProcurementRegime], reader: inout YAMLReader) {
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
