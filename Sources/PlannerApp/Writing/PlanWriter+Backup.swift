import Foundation
import PlannerCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension PlanWriter {
    /// The most backups of one plan (`plan.md.1.bak` … `plan.md.9999.bak`).
    public static let maxBackups = 9999

    /// The name of the `number`th backup of a plan: `plan.md.1.bak`.
    public static func backupName(_ number: Int) -> String { "\(fileName).\(number).bak" }

    /// Saves the organization's plan on disk beside itself as `plan.md.N.bak`, N the first
    /// number not taken, before `--force` replaces it; never replaces a file, never writes
    /// outside the output folder. Returns the backup's path as shown to the user, nil when
    /// there is no plan to save. The backup is a hard link to the old file (the new plan is
    /// renamed over `plan.md`, so the link keeps the old bytes), or, on a file system without
    /// hard links, a copy made through a temporary file and a rename.
    public func backUp(for id: String) throws(Failure) -> String? {
        guard Slug.isValid(id) else { throw .invalidID(id) }
        let shown = displayPath(for: id)
        let root = try makeRoot()
        let folder = joined(root, id)
        guard let resolved = Self.realPath(folder), resolved == folder else {
            throw .unsafePath(path: joined(directory, id), reason: "does not resolve to a folder inside \(directory)")
        }
        let target = joined(folder, Self.fileName)
        var info = stat()
        guard lstat(target, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw .io(path: shown, message: Self.errorText(errno))
        }
        if Self.isLink(info) { throw .unsafePath(path: shown, reason: "is a symbolic link") }
        guard Self.isRegular(info) else { throw .unsafePath(path: shown, reason: "is not a regular file") }
        let shownFolder = (shown as NSString).deletingLastPathComponent
        return try saveBeside(
            target, in: folder, name: Self.backupName, shown: shown, shownFolder: shownFolder, what: "the plan")
    }

    /// Saves `target` in `folder` under the first free `name(N)`, N from 1: a hard link to it,
    /// or a copy through a temporary file where the file system has no hard links. Never
    /// replaces a file. Returns the backup's path as shown (`shownFolder/name`).
    func saveBeside(
        _ target: String, in folder: String, name: (Int) -> String, shown: String, shownFolder: String, what: String
    ) throws(Failure) -> String {
        for number in 1...Self.maxBackups {
            let name = name(number)
            let path = joined(folder, name)
            if link(target, path) == 0 { return shownFolder + "/" + name }
            let code = errno
            if code == EEXIST { continue }
            // No hard links here: reserve the name, then copy into it.
            let reserved = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if reserved < 0 {
                if errno == EEXIST { continue }
                throw .io(
                    path: shownFolder + "/" + name, message: "cannot save the old \(what): \(Self.errorText(errno))")
            }
            close(reserved)
            do {
                try AtomicFile.copy(contentsOf: target, to: path)
            } catch {
                unlink(path)
                throw .io(path: shownFolder + "/" + name, message: "cannot save the old \(what): \(error.description)")
            }
            return shownFolder + "/" + name
        }
        throw .io(path: shown, message: "\(Self.maxBackups) backups of \(what) already exist: delete old ones")
    }
}
