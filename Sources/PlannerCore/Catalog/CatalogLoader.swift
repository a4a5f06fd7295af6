import Foundation
import Synchronization

/// Loads and validates a catalog from its files, in layers: the shipped catalog first, then a
/// user's folder whose products, rules and capabilities replace those with the same id and add
/// new ones. Reports every problem of every file at once.
public struct CatalogLoader: Sendable {
    /// The date staleness is judged against (`--as-of`).
    public var asOf: CalendarDate
    /// A fact older than this many months is reported as stale.
    public var staleAfterMonths = 18

    /// Creates a loader that judges staleness as of a date.
    public init(asOf: CalendarDate) {
        self.asOf = asOf
    }

    /// The shipped catalog, with an optional user folder layered on top.
    public func load(overlay directory: String? = nil) -> Result<Catalog, DiagnosticsError> {
        guard let directory else { return finish(Self.shippedCatalog) }
        switch CatalogFiles.read(directory: directory) {
        case .success(let files): return load(layers: [CatalogFiles.shipped(), files])
        case .failure(let error): return .failure(error)
        }
    }

    /// Loads layers of catalog files; later layers override earlier ones by id.
    public func load(layers: [[CatalogFile]]) -> Result<Catalog, DiagnosticsError> {
        finish(Self.read(layers: layers))
    }

    /// Starts reading the shipped catalog on a thread of its own, once per process, so that a
    /// command finds it read when it needs it: `plan` parses its arguments meanwhile (about a
    /// fifth of a `compare`). Reading it is the same work, once, whoever asks first; a command
    /// that never asks only spent a background thread's time.
    public static func prefetchShippedCatalog() {
        guard prefetchStarted.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else {
            return
        }
        Thread.detachNewThread { _ = shippedCatalog }
    }

    /// The shipped catalog's files read and checked, once per process (a `static let` is
    /// initialized once, and a second thread asking meanwhile waits for the first). It is
    /// embedded in the binary, so it is the same for every command; what depends on the
    /// date is added by ``finish(_:)``.
    static let shippedCatalog = read(layers: [CatalogFiles.shipped()])
    private static let prefetchStarted = Atomic(false)

    /// The catalog from files read: the staleness of its facts as of ``asOf``, then every
    /// problem at once or the model.
    func finish(_ read: CatalogRead) -> Result<Catalog, DiagnosticsError> {
        var reader = YAMLReader()
        reader.append(contentsOf: read.diagnostics)
        StalenessCheck(asOf: asOf, months: staleAfterMonths).check(read.products, read.rules, reader: &reader)
        let diagnostics = reader.diagnostics
        if diagnostics.hasErrors {
            return .failure(DiagnosticsError(diagnostics))
        }
        return .success(
            Catalog(
                capabilities: read.capabilities, products: read.products, rules: read.rules,
                registers: read.registers, procurementRegimes: read.procurementRegimes,
                fallbackRegime: read.fallbackRegime, calendars: read.calendars, jurisdictions: read.jurisdictions,
                fingerprint: read.fingerprint, warnings: diagnostics.sortedByLocation(),
                staleBefore: asOf.adding(months: -staleAfterMonths)))
    }

}

/// Flags decision facts (vendor, registers, certificates, residency, restrictions, prices)
/// older than the staleness window: they may no longer hold and should be checked again.
struct StalenessCheck {
    let asOf: CalendarDate
    let months: Int

    func check(_ products: [Product], _ rules: [Rule], reader: inout YAMLReader) {
        let cutoff = asOf.adding(months: -months)
        for product in products.sorted(by: { $0.id < $1.id }) {
            for (what, provenance) in product.decisionFacts {
                guard let date = provenance.asOf, date < cutoff, let location = provenance.location else { continue }
                reader.warning(
                    "\(what) is as of \(date), older than \(months) months; check it again", at: FieldPath(""), location
                )
            }
        }
    }
}

extension Product {
    /// The facts that decide eligibility or cost, named for messages.
    var decisionFacts: [(String, Provenance)] {
        var facts: [(String, Provenance)] = [("vendor.country", vendor.provenance)]
        for name in registries.keys.sorted() {
            if let entry = registries[name] { facts.append(("registries.\(name)", entry.provenance)) }
        }
        for (index, item) in certifications.enumerated() { facts.append(("certifications[\(index)]", item.provenance)) }
        if let dataResidency { facts.append(("data_residency", dataResidency.provenance)) }
        for (index, item) in restrictions.enumerated() { facts.append(("restrictions[\(index)]", item.provenance)) }
        for (index, item) in pricing.enumerated() { facts.append(("pricing[\(index)]", item.provenance)) }
        return facts
    }
}
