import Foundation
import GRDB
import PlannerCore

/// Why the history could not be opened, read or written: one sentence that names the file and
/// says what to do. Every failure of the store comes out as this type, never as a crash or a
/// raw SQLite code, so a command can print it and exit 1.
public struct HistoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, for callers that react differently (e.g. record nothing and go on).
    public enum Kind: String, Sendable, Hashable {
        /// No history file at the path (reading commands do not create one).
        case missing
        /// The file exists but is not an SQLite database.
        case notADatabase
        /// An SQLite database whose pages are damaged.
        case corrupt
        /// An SQLite database that is not a plan history (other tables, no plan migrations).
        case foreignDatabase
        /// Written by a newer `plan`: it has migrations this version does not know.
        case newerSchema
        /// Written by an older `plan`, read-only here, and not migrated yet.
        case olderSchema
        /// Another process held the lock for longer than the busy timeout.
        case locked
        /// The file or its folder cannot be created, opened or written.
        case notWritable
        /// The disk is full.
        case diskFull
        /// A stored value this version cannot read (e.g. an unknown status).
        case unreadable
        /// Any other SQLite failure.
        case sqlite
        /// The path is a symbolic link where none is followed, or not a regular file.
        case unsafePath
    }

    public let kind: Kind
    /// The history file, as the user gave it; `:memory:` for an in-memory store.
    public let path: String
    /// The whole sentence to print.
    public let message: String

    /// Creates an error with a finished message.
    public init(_ kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { message }

    // MARK: - The messages

    static func missing(_ path: String) -> HistoryError {
        HistoryError(
            .missing, path: path,
            message:
                "no history at \(path): plan generate (and plan compare --record) record their runs there; run one of them first, or point --db at another history file"
        )
    }

    static func notADatabase(_ path: String) -> HistoryError {
        HistoryError(
            .notADatabase, path: path,
            message:
                "\(path) is not a plan history (not an SQLite database); move it aside and plan starts a new history there, or point --db at another file"
        )
    }

    static func corrupt(_ path: String, _ detail: String) -> HistoryError {
        HistoryError(
            .corrupt, path: path,
            message:
                "the history \(path) is damaged (\(detail)); move it aside and plan starts a new history there (its old runs are lost to plan), or point --db at another file"
        )
    }

    static func foreign(_ path: String, tables: [String]) -> HistoryError {
        let list = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
        return HistoryError(
            .foreignDatabase, path: path,
            message:
                "\(path) is an SQLite database but not a plan history (it holds \(list)); point --db at another file")
    }

    static func newer(_ path: String, unknown: [String]) -> HistoryError {
        HistoryError(
            .newerSchema, path: path,
            message:
                "the history \(path) was written by a newer plan (unknown schema migration \(unknown.map { "'\($0)'" }.joined(separator: ", "))); upgrade plan, or point --db at another file"
        )
    }

    static func outdated(_ path: String) -> HistoryError {
        HistoryError(
            .olderSchema, path: path,
            message:
                "the history \(path) was written by an older plan and must be upgraded once; this command only reads and cannot write it: run plan generate (or plan compare --record) once with this history where it is writable, or point --db at another file"
        )
    }

    static func linked(_ path: String) -> HistoryError {
        HistoryError(
            .unsafePath, path: path,
            message:
                "\(path) is a symbolic link; plan does not follow a link in place of the history in the plans folder (it could point anywhere): remove it, or give the history with --db"
        )
    }

    static func notRegular(_ path: String) -> HistoryError {
        HistoryError(
            .unsafePath, path: path,
            message:
                "the history \(path) is not a regular file (a pipe, device or socket); point --db at another file")
    }

    static func locked(_ path: String, timeout: TimeInterval) -> HistoryError {
        HistoryError(
            .locked, path: path,
            message:
                "the history \(path) stayed locked by another process for more than \(timeout.formattedSeconds) s; try again when the other plan run has finished, or point --db at another file"
        )
    }

    static func notWritable(_ path: String, _ detail: String) -> HistoryError {
        HistoryError(
            .notWritable, path: path,
            message:
                "cannot open or write the history \(path) (\(detail)); check that its folder exists and is writable, or point --db at another file"
        )
    }

    static func diskFull(_ path: String) -> HistoryError {
        HistoryError(
            .diskFull, path: path,
            message: "cannot write the history \(path): the disk is full; free some space and run again")
    }

    static func unreadable(_ path: String, _ detail: String) -> HistoryError {
        HistoryError(
            .unreadable, path: path,
            message:
                "the history \(path) holds a value this plan cannot read (\(detail)); upgrade plan, or point --db at another file"
        )
    }

    // MARK: - From SQLite

    /// Maps anything thrown under the store to a `HistoryError` that names `path`.
    static func from(_ error: any Error, path: String, timeout: TimeInterval) -> HistoryError {
        if let error = error as? HistoryError { return error }
        guard let error = error as? DatabaseError else {
            return HistoryError(.sqlite, path: path, message: "the history \(path) failed: \(error)")
        }
        let detail = error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path, timeout: timeout)
        case .SQLITE_NOTADB: return .notADatabase(path)
        case .SQLITE_CORRUPT: return .corrupt(path, detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH: return .notWritable(path, detail)
        case .SQLITE_IOERR: return .notWritable(path, "input/output error: \(detail)")
        case .SQLITE_FULL: return .diskFull(path)
        default:
            return HistoryError(
                .sqlite, path: path,
                message: "the history \(path) failed: \(detail) (SQLite code \(error.extendedResultCode.rawValue))")
        }
    }
}

extension TimeInterval {
    /// "10", "0.2": seconds without a trailing ".0".
    var formattedSeconds: String {
        self == rounded() ? String(Int64(saturating: self)) : String(self)
    }
}
