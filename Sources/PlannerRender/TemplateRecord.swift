import PlannerCore

/// A view-model object given as named values, for the procurement documents' many small
/// views: a dictionary lookup per key (no `Mirror`). Every key a template may read is given,
/// `.null` for one without a value, so that a missing value never falls through to an
/// enclosing object's key of the same name.
public struct TemplateRecord: TemplateObject {
    private let values: [String: TemplateData]

    /// Creates a record; a later pair replaces an earlier one with the same key.
    public init(_ pairs: KeyValuePairs<String, TemplateData>) {
        var values: [String: TemplateData] = [:]
        for (key, value) in pairs { values[key] = value }
        self.values = values
    }

    /// Creates a record from a dictionary.
    public init(_ values: [String: TemplateData]) {
        self.values = values
    }

    /// The record with more values (replacing those with the same keys).
    public func adding(_ more: [String: TemplateData]) -> TemplateRecord {
        TemplateRecord(values.merging(more) { $1 })
    }

    public func data(for key: String) -> TemplateData? { values[key] }

    /// The record's keys, sorted (for the tests that check they are documented).
    var keys: [String] { values.keys.sorted() }
}

extension TemplateData {
    /// A list of records, each wrapped with its position (`isFirst`, `isLast`, `position`).
    static func records(_ items: [TemplateRecord]) -> TemplateData { .of(Listed.list(items)) }
}
