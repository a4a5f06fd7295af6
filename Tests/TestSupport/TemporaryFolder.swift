import Foundation

/// A folder under the system temp directory, removed (whatever its permissions) when the test
/// is done with it.
public final class TemporaryFolder: Sendable {
    /// The folder's path.
    public let path: String

    /// Creates an empty folder.
    public init() throws {
        path = FileManager.default.temporaryDirectory.path + "/plan-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A path inside the folder.
    public func file(_ relative: String) -> String { path + "/" + relative }

    /// Writes `text` to a file inside the folder, creating the folders on the way.
    public func write(_ text: String, to relative: String) throws {
        let full = file(relative)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    /// The text of a file inside the folder.
    public func read(_ relative: String) throws -> String {
        try String(contentsOfFile: file(relative), encoding: .utf8)
    }
}
