/// How sure the catalog is of a fact. An unconfirmed fact is shown, but never decides
/// eligibility: the assessment treats it as unknown.
public enum Confidence: String, Sendable, CaseIterable, Codable {
    case confirmed
    case unconfirmed
}

/// Where a fact comes from and when it was true.
public struct Provenance: Sendable, Hashable {
    /// A URL or a reference to a document.
    public var source: String?
    /// The date the source shows (or the date the fact was seen, for an undated source).
    public var asOf: CalendarDate?
    /// A remark for the reader.
    public var note: String?
    public var confidence: Confidence
    /// Where the fact is written in the catalog.
    public var location: SourceLocation?

    /// Creates a provenance record.
    public init(
        source: String? = nil, asOf: CalendarDate? = nil, note: String? = nil,
        confidence: Confidence = .confirmed, location: SourceLocation? = nil
    ) {
        self.source = source
        self.asOf = asOf
        self.note = note
        self.confidence = confidence
        self.location = location
    }

    /// True when the fact may be relied on: confirmed.
    public var isConfirmed: Bool { confidence == .confirmed }
}
