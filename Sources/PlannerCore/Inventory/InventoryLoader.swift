/// Loads an inventory (format v1, `Docs/Inventory.md`) and checks it against the catalog.
/// Returns a fully valid `Inventory` with every default filled in, or every problem of the
/// file at once, each naming its field path and, for ids and enums, the closest valid values.
public struct InventoryLoader: Sendable {
    /// The catalog that product and capability ids are checked against.
    public let catalog: Catalog
    /// The date plans are made as of: the default `plan.start`, against which deadlines and
    /// contract ends are checked. Nil skips those warnings when the file gives no start.
    public let asOf: CalendarDate?
    /// Size, depth and alias limits for the YAML.
    public var limits = YAMLDocumentLoader.Limits()
    /// The language of the messages about a file that does not name its own in
    /// `plan.language` (the user's locale); English when nil.
    public var messageLanguage: Language?

    /// The largest count (users, licences, participants…) accepted: large enough for any
    /// organization, small enough that sums and products of counts never overflow.
    public static let maxCount = 10_000_000

    /// Creates a loader that checks ids against `catalog`.
    public init(catalog: Catalog, asOf: CalendarDate? = nil) {
        self.catalog = catalog
        self.asOf = asOf
    }

    /// Reads the file at `path` (refused unread when over the size limit) and loads it.
    /// A missing or unreadable file is reported as a diagnostic.
    public func load(contentsOf path: String) -> Result<Inventory, DiagnosticsError> {
        SourceReader.read(path: path, limit: limits.maxBytes).flatMap { load($0, file: path) }
    }

    /// Loads an inventory from the bytes of `file` (the name used in messages).
    public func load(_ bytes: [UInt8], file: String) -> Result<Inventory, DiagnosticsError> {
        YAMLDocumentLoader(limits: limits).load(bytes, file: file).flatMap { read($0, file: file) }.map { loaded in
            var inventory = loaded
            inventory.fingerprint = Fingerprint.of([("inventory", bytes)])
            return inventory
        }
    }

    /// Reads an inventory out of a parsed document.
    func read(_ root: YAMLNode, file: String) -> Result<Inventory, DiagnosticsError> {
        let language = Self.statedLanguage(root) ?? messageLanguage ?? .en
        var reading = InventoryReading(catalog: catalog, horizon: asOf.map(PlanningHorizon.init))
        reading.reader.language = language
        let inventory = reading.inventory(root, file: file)
        var diagnostics = reading.reader.diagnostics
        if let inventory, !diagnostics.hasErrors {
            diagnostics += InventoryChecks.warnings(
                for: inventory, locations: reading.locations, asOf: asOf, language: language)
            var valid = inventory
            valid.warnings = diagnostics.sortedByLocation()
            return .success(valid)
        }
        if !diagnostics.hasErrors {
            // Unreachable by design: every nil field leaves an error. Kept so that a gap in the
            // reader can never turn into a trap or an "OK".
            diagnostics.append(.error("the inventory is incomplete", at: root.location))
        }
        return .failure(DiagnosticsError(diagnostics))
    }

    /// The language the file itself names in `plan.language`, read before anything else so
    /// that every message about the file is in it; nil when absent or not a language.
    static func statedLanguage(_ root: YAMLNode) -> Language? {
        func field(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
            guard case .mapping(let entries)? = node?.value else { return nil }
            return entries.last { $0.key.scalar?.text == key }?.value
        }
        return field(field(root, "plan"), "language")?.scalar.flatMap { Language(rawValue: $0.text) }
    }
}
