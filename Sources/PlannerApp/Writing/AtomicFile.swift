import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a new temporary file
/// in the same folder (so the rename stays on one file system), which then replaces the
/// target in one `rename(2)`. Used for plans and for `plan init`'s inventory.
public enum AtomicFile {
    /// Why a write failed, in the system's words.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Writes `text` as UTF-8 to `path`, replacing any file there.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        // Unique per write: two writers of one target must not share a temporary file.
        let temporary =
            (folder.isEmpty ? "" : folder + "/")
            + ".\(name).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(description: "cannot create a temporary file: \(errorText(errno))") }
        var failure: WriteError?
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(fd, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = WriteError(description: errorText(errno))
                    return
                }
                offset += count
            }
        }
        if close(fd) != 0, failure == nil { failure = WriteError(description: errorText(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = WriteError(description: errorText(errno)) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
