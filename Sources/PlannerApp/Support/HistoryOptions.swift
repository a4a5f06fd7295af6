import ArgumentParser
import PlannerCore
import PlannerStore

/// `--db PATH`: which history file to use. Shared by every command that touches the history.
struct HistoryDatabaseOption: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp("The run history (default: <out>/.plan-history.sqlite).", valueName: "path"))
    var path: String?

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
}

/// Maps the store's errors to the commands' errors.
enum HistorySupport {
    /// Opens the history, or fails with its error.
    static func open(_ path: String, create: Bool) throws(AppError) -> HistoryStore {
        try unwrap { () throws(HistoryError) in try HistoryStore.open(path: path, create: create) }
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
