import ArgumentParser

/// `plan history` (not yet implemented).
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Not yet implemented.")

    func run() async throws {
        throw ExitCode(64)
    }
}
