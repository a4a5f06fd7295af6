import Foundation

/// Reads input files without trusting them: size is checked before the bytes are read.
public enum SourceReader {
    /// The bytes of a file, or a diagnostic when it is missing, unreadable or larger than `limit`.
    public static func read(path: String, limit: Int) -> Result<[UInt8], DiagnosticsError> {
        let start = SourceLocation.start(of: path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return .failure(DiagnosticsError([.error(exists ? "cannot read file" : "no such file", at: start)]))
        }
        defer { try? handle.close() }
        do {
            // Read one byte past the limit: enough to know the file is too large, never more.
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            if data.count > limit {
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
                return .failure(
                    DiagnosticsError([
                        .error(
                            "file is \(size) bytes; the limit is \(limit) bytes (1 MiB)", at: start)
                    ]))
            }
            return .success([UInt8](data))
        } catch {
            return .failure(DiagnosticsError([.error("cannot read file: it is a folder or unreadable", at: start)]))
        }
    }
}
