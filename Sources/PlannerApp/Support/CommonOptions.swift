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
        CalendarDate(daysSinceEpoch: Int(saturating: (Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// The shipped catalog with the user's folder on top, or every problem of it (invalid input).
    func loadCatalog() throws(AppError) -> Catalog {
        try CommandSupport.unwrap(CatalogLoader(asOf: date).load(overlay: catalog))
    }
}

/// Maps library results to the commands' errors.
enum CommandSupport {
    /// The name standard input goes by: `plan validate -` reads it, and messages call it this.
    static let standardInputName = "<stdin>"

    /// A loader checking against `catalog` as of `asOf`, its messages in the locale's
    /// language for files that do not name their own.
    static func inventoryLoader(_ catalog: Catalog, asOf: CalendarDate?, console: Console) -> InventoryLoader {
        var loader = InventoryLoader(catalog: catalog, asOf: asOf)
        loader.messageLanguage = console.io.messageLanguage
        return loader
    }

    /// The inventory in `file`, or in standard input when `file` is `-`.
    static func load(_ file: String, with loader: InventoryLoader, console: Console) -> Result<
        Inventory, DiagnosticsError
    > {
        guard file == "-" else { return loader.load(contentsOf: file) }
        guard let bytes = console.io.readInput(loader.limits.maxBytes) else {
            return .failure(DiagnosticsError([.error("cannot read standard input", at: .start(of: standardInputName))]))
        }
        return loader.load(bytes, file: standardInputName)
    }

    /// The value, or its diagnostics as invalid input (exit 1).
    static func unwrap<T>(_ result: Result<T, DiagnosticsError>) throws(AppError) -> T {
        switch result {
        case .success(let value): return value
        case .failure(let error): throw .invalidInput(error.diagnostics)
        }
    }
}
