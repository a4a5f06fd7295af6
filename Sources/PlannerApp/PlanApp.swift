import ArgumentParser
import PlannerCore

/// The `plan` program as a function: arguments and streams in, exit status out. `main.swift`
/// calls it with the process's arguments and streams; tests call it with a ``ConsoleBuffer``.
public enum PlanApp {
    /// Parses `arguments` (without the program name), runs the command and returns its exit
    /// status: 0 success, 1 invalid input or a history that cannot be used, 64 wrong usage.
    /// This is the one place where outcomes become exit statuses: an ``AppError`` is printed
    /// as diagnostics to stderr; ArgumentParser's errors, help and version are printed as
    /// `plan` always printed them (help and version to stdout, errors with the usage to stderr).
    public static func run(_ arguments: [String], io: ConsoleIO) async -> Int32 {
        let console = Console(io: io)
        do {
            var command = try Plan.parseAsRoot(arguments)
            if let command = command as? any PlanCommand {
                try await command.run(console)
            } else {
                try command.run()
            }
            return 0
        } catch let error as AppError {
            console.report(error.diagnostics)
            return error.exitStatus
        } catch {
            let message = Plan.fullMessage(for: error)
            let status = Plan.exitCode(for: error)
            if !message.isEmpty {
                io.write(message + "\n", status.isSuccess ? .standardOutput : .standardError)
            }
            return status.rawValue
        }
    }
}
