import PlannerApp
import PlannerCore
import TestSupport

extension ChangesFixtures {
    /// A batch writing to `folder/plans` as of `asOf`, recording in `history`.
    static func batch(asOf: CalendarDate, folder: TemporaryFolder, history: (any RunHistory)?) -> PlanBatch {
        let generator = generator(asOf: asOf)
        return PlanBatch(
            generator: generator, loader: InventoryLoader(catalog: catalog, asOf: asOf),
            writer: PlanWriter(directory: folder.file("plans")), history: history, toolVersion: "0.1.0-test")
    }

    /// Runs a batch over `files` and returns its results in argument order and whether all succeeded.
    static func run(_ batch: PlanBatch, _ files: [String]) async -> (results: [PlanBatch.Result], succeeded: Bool) {
        var results: [PlanBatch.Result] = []
        let succeeded = await batch.run(files, width: 4, progress: {}, report: { results.append($0) })
        return (results, succeeded)
    }
}

/// What one in-process run of `plan` printed, and its exit status.
struct AppRun: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The stdout lines, without the final empty one.
    var stdoutLines: [String] { Self.lines(stdout) }
    /// The stderr lines, without the final empty one.
    var stderrLines: [String] { Self.lines(stderr) }

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

/// Runs `plan` in this process through `PlanApp.run`, as `main.swift` does, with stdout and
/// stderr captured. Paths are absolute: a test never depends on the working directory.
enum App {
    /// The as-of date of the golden plans, as flags.
    static let asOf = ["--as-of", "2026-11-29"]

    /// Runs `plan ARGUMENTS`; the streams in `terminals` count as terminals, both streams are
    /// `width` columns wide when given (as with `COLUMNS`), and `input` is standard input.
    static func run(
        _ arguments: [String], terminals: Set<ConsoleIO.Stream> = [], noColour: Bool = false, width: Int? = nil,
        input: String? = nil, locale: Language? = nil
    ) async -> AppRun {
        let buffer = ConsoleBuffer()
        let io = buffer.io(
            terminals: terminals, noColour: noColour, width: width, input: input.map { Array($0.utf8) },
            language: locale)
        let status = await PlanApp.run(arguments, io: io)
        return AppRun(status: status, stdout: buffer.stdout, stderr: buffer.stderr)
    }

    /// The absolute path of a shipped example, `Examples/NAME.yaml`.
    static func example(_ name: String) -> String {
        PackagePaths.example(name + ".yaml").path
    }

    /// The shipped examples, by name.
    static let examples = ["school-44fz", "university-gis", "state-company-kii", "private-firm", "kz-state-body"]

    /// An inventory that loads as YAML but breaks the schema in two places.
    static let invalidInventory = """
        schema: 1
        organization:
          name: "Школа"
          country: RU
          sector: educaton
          ownership: municipal
          users: -5
        services: []

        """
}
