import ArgumentParser

/// `plan generate` (not yet implemented).
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Not yet implemented.")

    func run() async throws {
        throw ExitCode(64)
    }
}
