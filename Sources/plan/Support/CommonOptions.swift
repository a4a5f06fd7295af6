import ArgumentParser
import Foundation
import PlannerCore

/// Options every command that reads the catalog shares: `--catalog DIR` and `--as-of DATE`.
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A folder of products and rules layered on the shipped catalog (same id replaces, new ids add).",
            valueName: "dir"))
    var catalog: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Evaluate laws and facts as of this date (default: today).", valueName: "yyyy-mm-dd"))
    var asOf: String?

    mutating func validate() throws {
        if let asOf, case .failure(let problem) = CalendarDate.parse(asOf) {
            throw ValidationError("--as-of: \(problem.message)")
        }
    }

    /// The as-of date: the flag, or today's date in UTC.
    var date: CalendarDate {
        if let asOf, case .success(let date) = CalendarDate.parse(asOf) { return date }
        return Self.today
    }

    /// Today's date in UTC. The only clock the tool reads.
    static var today: CalendarDate {
        CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// The shipped catalog with the user's folder on top; prints the problems and exits 1 when invalid.
    func loadCatalog() throws -> Catalog {
        try CommandSupport.unwrap(CatalogLoader(asOf: date).load(overlay: catalog))
    }
}

/// Small helpers that map library results to what a command prints and its exit status.
enum CommandSupport {
    /// The value, or: print the diagnostics and exit 1 (invalid input).
    static func unwrap<T>(_ result: Result<T, DiagnosticsError>) throws -> T {
        switch result {
        case .success(let value): return value
        case .failure(let error):
            Console.report(error.diagnostics)
            throw ExitCode(1)
        }
    }

    /// Reads a file the user named, or prints why not and exits 1.
    static func readInput(_ path: String, limit: Int = 1 << 20) throws -> [UInt8] {
        try unwrap(SourceReader.read(path: path, limit: limit))
    }
}
