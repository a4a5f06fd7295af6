/// One file of the shipped `Catalog/` or `Templates/` folder, carried inside the binary.
public struct EmbeddedFile: Sendable {
    /// The path relative to the package root, e.g. `Catalog/products/zoom.yaml`.
    public let path: String
    /// The file's UTF-8 text.
    public let text: String
    /// For a catalog YAML file, its tree parsed at build time (read by `YAMLTreeArchive`); nil
    /// for other files and for a catalog file the loader must parse to report a problem.
    public let tree: String?

    /// Creates an embedded file (used by the generated code).
    public init(path: String, text: String, tree: String? = nil) {
        self.path = path
        self.text = text
        self.tree = tree
    }
}

/// The shipped catalog and templates. `files` is generated at build time by the
/// EmbedResources plugin from the package's top-level folders.
public enum EmbeddedResources {
    /// The embedded files whose path starts with `prefix` (e.g. `"Catalog/"`), sorted by path.
    public static func files(under prefix: String) -> [EmbeddedFile] {
        files.filter { $0.path.hasPrefix(prefix) }
    }
}
