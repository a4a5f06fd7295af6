import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a new temporary file
/// in the same folder (so the rename stays on one file system), which is flushed to disk
/// (`fsync`) and then replaces the target in one `rename(2)`; the folder is flushed after, so
/// a crash leaves the old file or the new one, whole. A file written again keeps its
/// permissions (a plan someone made private stays private). Used for plans and for `plan
/// init`'s inventory.
public enum AtomicFile {
    /// Why a write failed, in the system's words.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Writes `text` as UTF-8 to `path`, replacing any file there.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = temporaryPath(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(description: "cannot create a temporary file: \(errorText(errno))") }
        var failure: WriteError?
        // The permissions of the file being replaced, if any (without following a link).
        var previous = stat()
        if lstat(path, &previous) == 0, (previous.st_mode & S_IFMT) == S_IFREG,
            fchmod(fd, previous.st_mode & 0o7777) != 0
        {
            failure = WriteError(description: "cannot keep the file's permissions: \(errorText(errno))")
        }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            guard failure == nil, let base = buffer.baseAddress else { return }
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
        if failure == nil, fsync(fd) != 0 { failure = WriteError(description: "cannot flush: \(errorText(errno))") }
        if close(fd) != 0, failure == nil { failure = WriteError(description: errorText(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = WriteError(description: errorText(errno)) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Flushes a folder's entries, so the rename itself survives a crash. Best effort: some
    /// file systems cannot flush a folder, and the file is written by then.
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Copies the file at `source` to `path` the same way: through a temporary file in the
    /// target's folder that then replaces `path` in one rename. Reads and writes in chunks, so
    /// a file of any size is copied without holding it.
    public static func copy(contentsOf source: String, to path: String) throws(WriteError) {
        let input = open(source, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard input >= 0 else { throw WriteError(description: "cannot read \(source): \(errorText(errno))") }
        defer { close(input) }
        let temporary = temporaryPath(for: path)
        let output = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw WriteError(description: "cannot create a temporary file: \(errorText(errno))") }
        var failure: WriteError?
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        copying: while failure == nil {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = WriteError(description: errorText(errno))
                break
            }
            if count == 0 { break }
            var offset = 0
            while offset < count {
                let written = buffer.withUnsafeBytes { raw -> Int in
                    guard let base = raw.baseAddress else { return 0 }  // Never: the buffer is not empty.
                    return Foundation.write(output, base + offset, count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = WriteError(description: errorText(errno))
                    break copying
                }
                offset += written
            }
        }
        if failure == nil, fsync(output) != 0 { failure = WriteError(description: "cannot flush: \(errorText(errno))") }
        if close(output) != 0, failure == nil { failure = WriteError(description: errorText(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = WriteError(description: errorText(errno)) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        let folder = (path as NSString).deletingLastPathComponent
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// A temporary file's path beside `path`, unique per call: two writers of one target must
    /// not share one.
    static func temporaryPath(for path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
    }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
