import Foundation
import PlannerCore
import PlannerRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes plans to `DIR/<organization id>/plan.md`, reads the previous version back for its
/// keep blocks and ticks, and saves it beside the new one when `--force` overwrites it. Never writes outside DIR: the id must be a slug (so it has no `/` and is
/// not `..`), the organization's folder must be a real folder directly inside DIR (not a
/// symbolic link), and `plan.md` must not be a link either. Each write goes to a temporary
/// file in the same folder that is then renamed over `plan.md`, so a reader sees the old plan
/// or the new one, never half of one.
public struct PlanWriter: Sendable {
    /// The output folder as the user gave it (`plans` by default).
    public let directory: String

    /// The file name of a plan inside its organization's folder.
    public static let fileName = "plan.md"

    /// The largest plan written or read back: `PlanLimits.maxPlanBytes`, one limit both ways.
    public static let maxBytes = PlanLimits.maxPlanBytes

    /// Why a plan was not written or read.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The organization id is not a slug.
        case invalidID(String)
        /// A path on the way is a symbolic link or not what it should be.
        case unsafePath(path: String, reason: String)
        /// The operating system refused (path and its message).
        case io(path: String, message: String)
        /// A plan on disk, or a plan to write, is larger than `maxBytes`.
        case tooLarge(path: String, written: Bool)

        public var description: String {
            switch self {
            case .invalidID(let id):
                return
                    "organization id '\(MarkdownText.singleLine(id))' is not a slug [a-z0-9][a-z0-9-]* of at most \(Slug.maxLength) characters; no plan written"
            case .unsafePath(let path, let reason): return "\(path): \(reason); no plan written"
            case .io(let path, let message): return "\(path): \(message)"
            case .tooLarge(let path, let written):
                return written
                    ? "\(path): the plan would be larger than \(PlanWriter.maxBytes >> 20) MiB, the most a plan may be "
                        + "(the next run could not read it back); no plan written"
                    : "\(path): the file is larger than \(PlanWriter.maxBytes >> 20) MiB, the most a plan may be, and "
                        + "was not read"
            }
        }
    }

    /// Creates a writer for an output folder.
    public init(directory: String) {
        self.directory = directory
    }

    /// The plan's path as shown to the user: `DIR/<id>/plan.md`.
    public func displayPath(for id: String) -> String {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return "\(base.isEmpty ? "." : base)/\(id)/\(Self.fileName)"
    }

    /// A data file's path beside the plan, as shown to the user: `DIR/<id>/plan.json`.
    public func dataPath(for id: String, name: String) -> String {
        let plan = displayPath(for: id)
        return String(plan.dropLast(Self.fileName.count)) + name
    }

    /// The bytes of the organization's plan on disk, or nil when there is none yet.
    public func previousBytes(for id: String) throws(Failure) -> [UInt8]? {
        guard Slug.isValid(id) else { throw .invalidID(id) }
        let shown = displayPath(for: id)
        let folder = joined(directory, id)
        var info = stat()
        if lstat(folder, &info) != 0 {
            if errno == ENOENT { return nil }
            throw .io(path: shown, message: Self.errorText(errno))
        }
        guard Self.isDirectory(info) else {
            throw .unsafePath(path: folder, reason: Self.isLink(info) ? "is a symbolic link" : "is not a folder")
        }
        let path = joined(folder, Self.fileName)
        // O_NONBLOCK: a FIFO in the plan's place must be refused below, not waited on.
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            if code == ELOOP { throw .unsafePath(path: shown, reason: "is a symbolic link") }
            throw .io(path: shown, message: Self.errorText(code))
        }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw .io(path: shown, message: Self.errorText(errno)) }
        guard Self.isRegular(info) else { throw .unsafePath(path: shown, reason: "is not a regular file") }
        guard Int(info.st_size) <= Self.maxBytes else { throw .tooLarge(path: shown, written: false) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(path: shown, message: Self.errorText(errno))
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
            if bytes.count > Self.maxBytes { throw .tooLarge(path: shown, written: false) }
        }
        return bytes
    }

    /// The files `plan generate` may write beside `plan.md`.
    public static let dataFileNames: Set<String> = ["plan.json", "tasks.csv"]

    /// Writes the plan atomically and returns its path as shown to the user; `name` is
    /// `plan.md` or, for the plan's data, one of `dataFileNames`.
    @discardableResult
    public func write(_ text: String, for id: String, name: String = PlanWriter.fileName) throws(Failure) -> String {
        guard Slug.isValid(id) else { throw .invalidID(id) }
        guard name == Self.fileName || Self.dataFileNames.contains(name) else {
            throw .unsafePath(path: name, reason: "is not a file a plan writes")
        }
        let shown = name == Self.fileName ? displayPath(for: id) : dataPath(for: id, name: name)
        guard text.utf8.count <= Self.maxBytes else { throw .tooLarge(path: shown, written: true) }
        let root = try makeRoot()
        let folder = joined(root, id)
        try makeFolder(folder, shown: joined(directory, id))
        // The folder must resolve to exactly ROOT/id: no link anywhere below the root.
        guard let resolved = Self.realPath(folder), resolved == folder else {
            throw .unsafePath(path: joined(directory, id), reason: "does not resolve to a folder inside \(directory)")
        }
        let target = joined(folder, name)
        var info = stat()
        if lstat(target, &info) == 0 {
            if Self.isLink(info) { throw .unsafePath(path: shown, reason: "is a symbolic link") }
            if !Self.isRegular(info) { throw .unsafePath(path: shown, reason: "is not a regular file") }
        }
        do {
            try AtomicFile.write(text, to: target)
        } catch {
            throw .io(path: shown, message: error.description)
        }
        return shown
    }

    // MARK: - Folders

    /// Creates the output folder (and its parents) and returns its real path.
    func makeRoot() throws(Failure) -> String {
        let path = directory.isEmpty ? "." : directory
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .io(path: path, message: "cannot create the output folder: \(error.localizedDescription)")
        }
        guard let real = Self.realPath(path) else { throw .io(path: path, message: Self.errorText(errno)) }
        return real
    }

    /// Creates `ROOT/id` unless it exists; refuses a link or a file in its place.
    func makeFolder(_ folder: String, shown: String) throws(Failure) {
        var info = stat()
        if lstat(folder, &info) != 0 {
            guard errno == ENOENT else { throw .io(path: shown, message: Self.errorText(errno)) }
            if mkdir(folder, 0o755) != 0, errno != EEXIST {
                throw .io(path: shown, message: "cannot create the folder: \(Self.errorText(errno))")
            }
            guard lstat(folder, &info) == 0 else { throw .io(path: shown, message: Self.errorText(errno)) }
        }
        if Self.isLink(info) { throw .unsafePath(path: shown, reason: "is a symbolic link") }
        guard Self.isDirectory(info) else { throw .unsafePath(path: shown, reason: "is not a folder") }
    }

    func joined(_ base: String, _ name: String) -> String {
        if base.isEmpty { return name }
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }

    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    static func isLink(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFLNK }
    static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }
    static func isRegular(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFREG }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
