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
