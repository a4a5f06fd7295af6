import Foundation
import PlannerCore

/// `--products ID,ID`: every id must be an option of the comparison; otherwise an error with
/// the closest ids and exit 64 (wrong usage).
enum ProductFilter {
    static func parse(_ text: String?, assessment: Assessment, catalog: Catalog) throws(AppError) -> [String]? {
        guard let text else { return nil }
        let ids = text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        guard !ids.isEmpty else {
            throw .usage("--products: give at least one product id")
        }
        let options = assessment.options.map(\.product)
        for id in ids where !options.contains(id) {
            let why =
                catalog.product(id) != nil
                ? "'\(id)' is not an option here; the options are the products of the categories in use: "
                    + options.sorted().joined(separator: ", ")
                : "unknown product '\(id)'" + Suggestions.hint(for: id, in: options.sorted())
            throw .usage("--products: " + why)
        }
        return ids
    }
}
