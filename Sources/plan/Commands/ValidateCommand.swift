import ArgumentParser

/// `plan validate` (not yet implemented).
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Not yet implemented.")

    func run() async throws {
        throw ExitCode(64)
    }
}
