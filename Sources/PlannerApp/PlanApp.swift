import ArgumentParser
import PlannerCore
import PlannerRender

/// The `plan` program as a function: arguments and streams in, exit status out. `main.swift`
/// calls it with the process's arguments and streams; tests call it with a ``ConsoleBuffer``.
public enum PlanApp {
    /// Parses `arguments` (without the program name), runs the command and returns its exit
    /// status: 0 success, 1 invalid input or a history that cannot be used, 64 wrong usage.
    /// This is the one place where outcomes become exit statuses: an ``AppError`` is printed
    /// as diagnostics to stderr; ArgumentParser's errors, help and version are printed as
    /// `plan` always printed them (help and version to stdout, errors with the usage to stderr).
    public static func run(_ arguments: [String], io: ConsoleIO) async -> Int32 {
        // Most commands read the shipped catalog: on the other core while the arguments parse.
        CatalogLoader.prefetchShippedCatalog()
        let console = Console(io: io)
        do {
            var command = try Plan.parseAsRoot(arguments)
            if let command = command as? any PlanCommand {
                do {
                    try await command.run(console)
                } catch let error as ValidationError {
                    // Wrong usage found only once the inputs are read (`--category` naming no
                    // category of the catalog): shown with the usage of this command, not of `plan`.
                    reportUsage(error.message, of: type(of: command), io: io)
                    return ExitCode.validationFailure.rawValue
                }
            } else {
                try command.run()
            }
            return 0
        } catch let error as AppError {
            console.report(error.diagnostics)
            return error.exitStatus
        } catch {
            let status = Plan.exitCode(for: error)
            let stream: ConsoleIO.Stream = status.isSuccess ? .standardOutput : .standardError
            // ArgumentParser wraps its help to the width but prints the usage line and errors
            // whole: on a stream of known width, fold what is still too long within it; to a
            // pipe or a file, print the message as ArgumentParser made it.
            let width = io.knownWidth(stream)
            var message = Plan.fullMessage(for: error, columns: width)
            if let width { message = foldUsage(message, width: width) }
            if !message.isEmpty {
                io.write(message + "\n", stream)
            }
            return status.rawValue
        }
    }

    /// `Error: MESSAGE`, the usage of `command` and where its help is, as ArgumentParser
    /// prints a usage error found while parsing.
    static func reportUsage(_ message: String, of command: any ParsableCommand.Type, io: ConsoleIO) {
        let usage = Plan.usageString(for: command)
        let name = usage.split(separator: " ").prefix { !"[<-".contains($0.first ?? "-") }.joined(separator: " ")
        var text = "Error: \(message)\nUsage: \(usage)\n  See '\(name) --help' for more information."
        if let width = io.knownWidth(.standardError) {
            text = foldUsage(text, width: width)
        }
        io.write(text + "\n", .standardError)
    }

    /// ArgumentParser's message with every line kept within `width`: the usage line broken
    /// between whole options (`[--out <dir>]` stays on one line), continued under the
    /// command's name; any other long line word-wrapped.
    static func foldUsage(_ message: String, width: Int) -> String {
        let glue: Character = "\u{00A0}"
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width, line.hasPrefix("USAGE: ") || line.hasPrefix("Usage: ") else {
                return String(line)
            }
            var depth = 0
            let glued = String(
                line.map { character -> Character in
                    if character == "[" || character == "<" { depth += 1 }
                    if character == "]" || character == ">" { depth = max(0, depth - 1) }
                    return character == " " && depth > 0 ? glue : character
                })
            return TextWrap.lines(glued, width: width, hanging: "USAGE: plan ".count).joined(separator: "\n")
                .replacingOccurrences(of: String(glue), with: " ")
        }
        return TextWrap.fold(lines.joined(separator: "\n"), width: width, hanging: 2)
    }
}
