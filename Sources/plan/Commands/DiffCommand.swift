import ArgumentParser

/// `plan diff` (not yet implemented).
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Not yet implemented.")

    func run() async throws {
        throw ExitCode(64)
    }
}
