import ArgumentParser

/// `plan compare` (not yet implemented).
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "Not yet implemented.")

    func run() async throws {
        throw ExitCode(64)
    }
}
