/// The tool's version, recorded with every run in the history.
enum ToolVersion {
    static let current = "0.1.0"
}
