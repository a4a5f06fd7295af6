import ArgumentParser

/// `plan explain` (not yet implemented).
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Not yet implemented.")

    func run() async throws {
        throw ExitCode(64)
    }
}
