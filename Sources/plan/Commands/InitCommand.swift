import ArgumentParser

/// `plan init` (not yet implemented).
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Not yet implemented.")

    func run() async throws {
        throw ExitCode(64)
    }
}
