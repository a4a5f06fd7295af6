import Foundation
import Testing

@testable import PlannerCore

/// The catalog's files are read on all cores, and the shipped ones once per process: the
/// catalog and its messages must be those of reading every file in turn, every time.
@Suite("Reading the catalog in parallel and once")
struct CatalogReadTests {
    @Test("parallelMap gives map's results in the elements' order, whatever each costs")
    func parallelMapKeepsTheOrder() {
        // Uneven work, heaviest first, so that on two threads later elements finish first.
        @Sendable func work(_ n: Int) -> Int {
            var value = n
            for step in 0..<((200 - n) * 500) { value = value &* 31 &+ step }
            return n * 1_000 + (value & 1)
        }
        for count in [0, 1, 2, 3, 7, 200] {
            let elements = Array(0..<count)
            #expect(elements.parallelMap(work) == elements.map(work), "\(count) elements")
        }
    }

    @Test("The shipped catalog read once gives the catalog of a fresh read")
    func cachedShippedCatalogEqualsAFreshRead() throws {
        CatalogLoader.prefetchShippedCatalog()
        CatalogLoader.prefetchShippedCatalog()  // A second call starts nothing.
        for asOf in [CatalogTests.asOf, CalendarDate(year: 2031, month: 1, day: 1)!] {
            let loader = CatalogLoader(asOf: asOf)
            let cached = try loader.load().get()
            let fresh = try loader.load(layers: [CatalogFiles.shipped()]).get()
            #expect(cached.fingerprint == fresh.fingerprint)
            #expect(cached.products.map(\.id) == fresh.products.map(\.id))
            #expect(cached.products.map(\.name) == fresh.products.map(\.name))
            #expect(cached.rules == fresh.rules)
            #expect(cached.calendars == fresh.calendars)
            #expect(cached.capabilities.map(\.id) == fresh.capabilities.map(\.id))
            #expect(cached.procurementRegimes.map(\.id) == fresh.procurementRegimes.map(\.id))
            // The staleness warnings depend on the date, so they are not part of what is kept.
            #expect(cached.warnings.map(\.description) == fresh.warnings.map(\.description))
            #expect(cached.staleBefore == fresh.staleBefore)
        }
        let later = try CatalogLoader(asOf: CalendarDate(year: 2031, month: 1, day: 1)!).load().get()
        let now = try CatalogLoader(asOf: CatalogTests.asOf).load().get()
        #expect(later.warnings.count > now.warnings.count, "facts grow stale between 2026 and 2031")
    }
}
