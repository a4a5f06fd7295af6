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

/// The procurement documents beside a plan (`DIR/<id>/procurement/…`): drafts, written again
/// on every run. Each ends with a stamp (`<!-- plan:draft FINGERPRINT -->`) of its own text,
/// so that a draft a user edited is recognised: it is left as it is, with a warning, unless
/// `--force`, which first saves it beside as `NAME.N.bak`. A draft of an earlier run that the
/// new run does not write (a product no longer asked) is removed when unedited. Never writes
/// outside DIR: every folder on the way is a real folder, no file is a link.
extension PlanWriter {
    /// The stamp's opening; the line is `<!-- plan:draft 0123456789abcdef -->`.
    public static let draftStamp = "<!-- plan:draft "

    /// What happened to one plan's documents.
    public struct DocumentsOutcome: Sendable {
        /// The documents written, as shown to the user.
        public var written: [String] = []
        /// Earlier drafts removed because the new run does not write them.
        public var removed: [String] = []
        /// Problems worth knowing (an edited draft kept or overwritten), each with its path.
        public var warnings: [Diagnostic] = []
    }

    /// A draft's text with its stamp as the last line.
    public static func stamped(_ markdown: String) -> String {
        markdown + draftStamp + Fingerprint.of([("draft", Array(markdown.utf8))]) + " -->\n"
    }

    /// True when `bytes` are a draft as written: its last line is a stamp of the text before it.
    public static func isUnedited(_ bytes: [UInt8]) -> Bool {
        guard let text = String(validating: bytes, as: UTF8.self), text.hasSuffix(" -->\n") else { return false }
        let body = text.dropLast()
        guard let newline = body.lastIndex(of: "\n") else { return false }
        let lastLine = body[body.index(after: newline)...]
        let before = String(text[...newline])
        return lastLine == draftStamp + Fingerprint.of([("draft", Array(before.utf8))]) + " -->"
    }

    /// Writes the documents of the organization's plan (paths relative to its folder), and
    /// removes unedited drafts of earlier runs that these replace. The plan's folder exists
    /// (the plan is written first).
    public func writeDocuments(
        _ documents: [GeneratedDocument], for id: String, force: Bool
    ) throws(Failure) -> DocumentsOutcome {
        guard Slug.isValid(id) else { throw .invalidID(id) }
        let root = try makeRoot()
        let base = joined(root, id)
        let shownBase = (displayPath(for: id) as NSString).deletingLastPathComponent
        var outcome = DocumentsOutcome()
        var folders: Set<String> = []
        for document in documents {
            let parts = document.path.split(separator: "/").map(String.init)
            guard parts.count >= 2, parts.allSatisfy(Self.isSafeComponent) else {
                throw .unsafePath(path: shownBase + "/" + document.path, reason: "is not a document path")
            }
            var folder = base
            for part in parts.dropLast() {
                folder = joined(folder, part)
                if folders.insert(folder).inserted {
                    try makeFolder(folder, shown: shownBase + "/" + folder.dropFirst(base.count + 1))
                    guard let resolved = Self.realPath(folder), resolved == folder else {
                        throw .unsafePath(
                            path: shownBase + "/" + folder.dropFirst(base.count + 1),
                            reason: "does not resolve to a folder inside \(directory)")
                    }
                }
            }
            let shown = shownBase + "/" + document.path
            if let warning = try writeDraft(
                Self.stamped(document.markdown), to: joined(folder, parts[parts.count - 1]), in: folder, shown: shown,
                force: force)
            {
                outcome.warnings.append(warning)
                if !force { continue }
            }
            outcome.written.append(shown)
        }
        let kept = Set(documents.map(\.path))
        for path in try staleDrafts(base: base, excluding: kept) {
            let shown = shownBase + "/" + path
            if unlink(joined(base, path)) == 0 { outcome.removed.append(shown) }
        }
        return outcome
    }

    /// Writes one draft unless an edited one is there (then a warning, and with `force` the
    /// old one saved beside first). Nil when written without a problem.
    private func writeDraft(
        _ text: String, to path: String, in folder: String, shown: String, force: Bool
    ) throws(Failure) -> Diagnostic? {
        var warning: Diagnostic?
        var info = stat()
        if lstat(path, &info) == 0 {
            if Self.isLink(info) { throw .unsafePath(path: shown, reason: "is a symbolic link") }
            guard Self.isRegular(info) else { throw .unsafePath(path: shown, reason: "is not a regular file") }
            let old = try Self.readSmall(path, shown: shown)
            if old == Array(text.utf8) { return nil }
            if old == nil || !Self.isUnedited(old ?? []) {
                let name = (path as NSString).lastPathComponent
                guard force else {
                    return .warning(
                        "the draft was edited after it was generated (or cannot be read), so it was left as it is "
                            + "and the new draft was not written (--force writes it and first saves the old one "
                            + "beside it as \(name).N.bak)", at: .start(of: shown))
                }
                let saved = try saveBeside(
                    path, in: folder, name: { "\(name).\($0).bak" }, shown: shown,
                    shownFolder: (shown as NSString).deletingLastPathComponent, what: "draft")
                warning = .warning(
                    "the draft was edited after it was generated; overwritten with --force: the old file is saved as "
                        + saved, at: .start(of: shown))
            }
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw .io(path: shown, message: error.description)
        }
        return warning
    }

    /// Unedited drafts of an earlier run under `base` that `kept` (paths relative to it) does
    /// not hold: the specification, the justification and the requests.
    private func staleDrafts(base: String, excluding kept: Set<String>) throws(Failure) -> [String] {
        var candidates = [ProcurementFiles.specification, ProcurementFiles.justification]
        let requests = joined(base, ProcurementFiles.requestsFolder)
        var info = stat()
        if lstat(requests, &info) == 0, Self.isDirectory(info) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: requests)) ?? []
            candidates += names.filter { $0.hasSuffix(".md") && Slug.isValid(String($0.dropLast(3))) }.sorted()
                .map { ProcurementFiles.requestsFolder + "/" + $0 }
        }
        var stale: [String] = []
        for path in candidates where !kept.contains(path) {
            let full = joined(base, path)
            var info = stat()
            guard lstat(full, &info) == 0, Self.isRegular(info) else { continue }
            if try Self.readSmall(full, shown: path).map(Self.isUnedited) ?? false { stale.append(path) }
        }
        return stale
    }

    /// The bytes of a file no larger than a plan may be; nil when it is larger.
    static func readSmall(_ path: String, shown: String) throws(Failure) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .io(path: shown, message: "cannot read the file")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maxBytes + 1)) ?? Data()
        return data.count > maxBytes ? nil : [UInt8](data)
    }

    /// A path component the documents may use: a slug, optionally with `.md`.
    static func isSafeComponent(_ part: String) -> Bool {
        let stem = part.hasSuffix(".md") ? String(part.dropLast(3)) : part
        return Slug.isValid(stem)
    }
}
