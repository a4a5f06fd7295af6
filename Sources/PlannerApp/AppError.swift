import PlannerCore

/// Why a command failed. Commands throw these; ``PlanApp/run(_:io:)`` prints them and maps
/// them to an exit status, in one place: 1 for invalid input and a history that cannot be
/// used, 64 for wrong usage.
public enum AppError: Error, Sendable, Equatable {
    /// An inventory, catalog, template, file or id the user named is invalid: every problem,
    /// each with its place where known. Exit status 1.
    case invalidInput([Diagnostic])
    /// The run history cannot be used or has no answer (no runs, no such run). Exit status 1.
    case history(String)
    /// Wrong usage that only shows once the inputs are loaded (`--products` naming no option).
    /// Exit status 64.
    case usage(String)
    /// The command did what it could and printed each problem as it met it (a batch with an
    /// invalid inventory, a history that failed on the way). Exit status 1, nothing more to print.
    case reported

    /// The exit status: 1 for a failure, 64 for wrong usage.
    public var exitStatus: Int32 {
        switch self {
        case .invalidInput, .history, .reported: 1
        case .usage: 64
        }
    }

    /// What is printed to stderr.
    var diagnostics: [Diagnostic] {
        switch self {
        case .invalidInput(let diagnostics): diagnostics
        case .history(let message), .usage(let message): [.error(message, at: nil)]
        case .reported: []
        }
    }
}
