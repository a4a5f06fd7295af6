import ArgumentParser
import PlannerCore
import PlannerStore

/// `--db PATH`: which history file to use. Shared by every command that touches the history.
struct HistoryDatabaseOption: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp("The run history (default: <out>/.plan-history.sqlite).", valueName: "path"))
    var path: String?

    /// True when `--db` was given: a link there is the user's choice and is followed; the
    /// default history inside the plans folder must not be a link.
    var isGiven: Bool { path != nil }

    /// Opens the history at ``databasePath(outputFolder:)``; read-only for the commands that
    /// only read, so they never wait for a writer's lock nor need to write the file.
    func open(outputFolder: String, create: Bool, readOnly: Bool = false) throws(HistoryError) -> HistoryStore {
        try HistoryStore.open(
            path: databasePath(outputFolder: outputFolder), create: create, readOnly: readOnly,
            followLinks: isGiven)
    }

    /// `--db` when given, else the history beside the plans: `<outputFolder>/.plan-history.sqlite`.
    func databasePath(outputFolder: String) -> String {
        if let path { return path }
        let folder =
            outputFolder.hasSuffix("/") && outputFolder.count > 1 ? String(outputFolder.dropLast()) : outputFolder
        return (folder.isEmpty ? "." : folder) + "/" + HistoryOptions.fileName
    }
}

/// `--db PATH` and `--no-history`, for `plan generate`, which records every run unless told not to.
/// The output folder (`--out`) belongs to the command; pass it to ``databasePath(outputFolder:)``.
struct HistoryOptions: ParsableArguments {
    /// The history's file name inside the output folder.
    static let fileName = ".plan-history.sqlite"

    @OptionGroup var database: HistoryDatabaseOption

    @Flag(
        name: .customLong("no-history"),
        help: "Do not use the history: record nothing, and leave out \"Changes since the last plan\".")
    var noHistory = false

    /// `--db` when given, else `<outputFolder>/.plan-history.sqlite`.
    func databasePath(outputFolder: String) -> String {
        database.databasePath(outputFolder: outputFolder)
    }

    /// Opens the history (see ``HistoryDatabaseOption/open(outputFolder:create:readOnly:)``).
    func open(outputFolder: String, create: Bool, readOnly: Bool = false) throws(HistoryError) -> HistoryStore {
        try database.open(outputFolder: outputFolder, create: create, readOnly: readOnly)
    }
}

/// Maps the store's errors to the commands' errors.
enum HistorySupport {
    /// Opens the history read-only for a command that only reads it, or fails with its error.
    static func openForReading(_ database: HistoryDatabaseOption, outputFolder: String) throws(AppError)
        -> HistoryStore
    {
        try unwrap { () throws(HistoryError) in
            try database.open(outputFolder: outputFolder, create: false, readOnly: true)
        }
    }

    /// The value, or the history error (exit 1).
    static func unwrap<T>(_ body: () throws(HistoryError) -> T) throws(AppError) -> T {
        do {
            return try body()
        } catch {
            throw .history(error.message)
        }
    }
}

extension HistorySupport {
    /// The error for an organization without runs, with the closest recorded ids as a hint.
    static func noRuns(of organization: String, in store: HistoryStore) throws(AppError) -> AppError {
        let known = try unwrap { () throws(HistoryError) in try store.organizations() }
        return .history(
            "no runs of '\(organization)' in \(store.path)"
                + Suggestions.hint(for: organization, in: known, listUpTo: 8))
    }
}
