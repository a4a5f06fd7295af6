import Foundation
import PlannerResources

/// One file of a catalog, with the role its place in the folder gives it.
public struct CatalogFile: Sendable {
    /// What a catalog file holds, by where it lies: `capabilities.yaml`, `registers.yaml`,
    /// `procurement.yaml`, `products/*.yaml`, `rules/*.yaml`, `calendars/<country>.yaml`.
    public enum Role: Sendable {
        case capabilities
        case registers
        case procurement
        case product
        case rules
        case calendar

        /// True for the files whose ids the others are checked against: capabilities,
        /// registers and procurement regimes.
        var isVocabulary: Bool { self == .capabilities || self == .registers || self == .procurement }
    }

    public var role: Role
    /// The path shown in messages.
    public var path: String
    public var bytes: [UInt8]
    /// The file's tree as the build parsed it (`YAMLTreeArchive`), for a shipped file; nil
    /// for a file to parse.
    public var tree: String?

    /// Creates a catalog file.
    public init(role: Role, path: String, bytes: [UInt8], tree: String? = nil) {
        self.tree = tree
        self.role = role
        self.path = path
        self.bytes = bytes
    }

    /// The role of a path relative to a catalog folder, or nil for a file that is no part of it.
    static func role(ofRelativePath path: String) -> Role? {
        let parts = path.split(separator: "/")
        guard let name = parts.last, name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return nil }
        switch (parts.count, parts.first) {
        case (1, "capabilities.yaml"), (1, "capabilities.yml"): return .capabilities
        case (1, "registers.yaml"), (1, "registers.yml"): return .registers
        case (1, "procurement.yaml"), (1, "procurement.yml"): return .procurement
        case (2, "products"): return .product
        case (2, "rules"): return .rules
        case (2, "calendars"): return .calendar
        default: return nil
        }
    }
}

/// Finds the files of a catalog: the one shipped inside the binary, or a folder on disk.
public enum CatalogFiles {
    /// The catalog shipped with the tool (embedded at build time from the top-level `Catalog/`).
    public static func shipped() -> [CatalogFile] {
        EmbeddedResources.files(under: "Catalog/").compactMap { file in
            let relative = String(file.path.dropFirst("Catalog/".count))
            return CatalogFile.role(ofRelativePath: relative).map {
                CatalogFile(role: $0, path: file.path, bytes: Array(file.text.utf8), tree: file.tree)
            }
        }
    }

    /// The catalog files in a folder (the top-level files, `products/*.yaml`, `rules/*.yaml`,
    /// `calendars/*.yaml`), sorted by path. A missing folder or a file that cannot be read is a diagnostic.
    public static func read(directory: String) -> Result<[CatalogFile], DiagnosticsError> {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(DiagnosticsError([.error("catalog folder not found", at: .start(of: directory))]))
        }
        var files: [CatalogFile] = []
        var problems: [Diagnostic] = []
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var candidates = [
            "capabilities.yaml", "capabilities.yml", "registers.yaml", "registers.yml", "procurement.yaml",
            "procurement.yml",
        ]
        for folder in ["products", "rules", "calendars"] {
            let names = (try? manager.contentsOfDirectory(atPath: "\(base)/\(folder)")) ?? []
            candidates += names.map { "\(folder)/\($0)" }
        }
        for relative in candidates.sorted() {
            guard let role = CatalogFile.role(ofRelativePath: relative) else { continue }
            let path = base == "." ? relative : "\(base)/\(relative)"
            guard manager.fileExists(atPath: path) else { continue }
            switch SourceReader.read(path: path, limit: YAMLDocumentLoader.Limits().maxBytes) {
            case .success(let bytes): files.append(CatalogFile(role: role, path: path, bytes: bytes))
            case .failure(let error): problems += error.diagnostics
            }
        }
        if !problems.isEmpty { return .failure(DiagnosticsError(problems)) }
        if files.isEmpty {
            return .failure(
                DiagnosticsError([
                    .error(
                        "no catalog files found: expected capabilities.yaml, registers.yaml, procurement.yaml, "
                            + "products/*.yaml, rules/*.yaml or calendars/*.yaml",
                        at: .start(of: directory))
                ]))
        }
        return .success(files)
    }
}
