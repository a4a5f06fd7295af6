/// How sure the catalog is of a fact. A confirmed or secondary fact decides; an unconfirmed
/// fact is shown, but never decides eligibility: the assessment treats it as unknown.
public enum Confidence: String, Sendable, CaseIterable, Codable {
    /// A primary source states it: the official publication, the register's record, the
    /// vendor's own documentation.
    case confirmed
    /// Only a third party relays it (a news re-post, a package manifest, a third-party SDK):
    /// it decides, and every plan that relies on it says "secondary source" next to it.
    case secondary
    /// Believed, not confirmed by any source: treated as unknown.
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

    /// True when the fact may be relied on: confirmed or secondary.
    public var isReliable: Bool { confidence != .unconfirmed }

    /// True when the fact rests only on a secondary source.
    public var isSecondary: Bool { confidence == .secondary }
}
