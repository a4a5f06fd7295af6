import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads input files without trusting them: the file must be a regular file (a FIFO, a device
/// or a socket would block or never end), and its size is checked before the bytes are read.
public enum SourceReader {
    /// The bytes of a file, or a diagnostic when it is missing, unreadable, not a regular file
    /// or larger than `limit`.
    public static func read(path: String, limit: Int) -> Result<[UInt8], DiagnosticsError> {
        let start = SourceLocation.start(of: path)
        func failure(_ message: String) -> Result<[UInt8], DiagnosticsError> {
            .failure(DiagnosticsError([.error(message, at: start)]))
        }
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. It
        // does not change how a regular file reads.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return failure("no such file") }
            if code == EISDIR { return failure("cannot read file: it is a folder") }
            return failure("cannot read file: \(String(cString: strerror(code)))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return failure("cannot read file: \(String(cString: strerror(errno)))") }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return failure("cannot read file: it is a folder")
        case S_IFIFO: return failure("cannot read file: it is a pipe (FIFO), not a regular file")
        default: return failure("cannot read file: it is a device or socket, not a regular file")
        }
        if info.st_size > Int64(limit) {
            return failure("file is \(info.st_size) bytes; the limit is \(limit) bytes (\(describe(limit)))")
        }
        // Read one byte past the limit: a file that grows while it is read is still refused.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return failure("cannot read file: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        if bytes.count > limit {
            return failure("file is over \(limit) bytes; the limit is \(limit) bytes (\(describe(limit)))")
        }
        return .success(bytes)
    }

    /// "1 MiB", "16 MiB", or bytes.
    private static func describe(_ limit: Int) -> String {
        limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
    }
}
