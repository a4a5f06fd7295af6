/// What a rules file says of its jurisdiction as a whole (`jurisdiction:` at the top of
/// `rules/<country>.yaml`): where its laws are officially published, so that a rule that
/// decides eligibility can be held to cite one of those, and which sectors are usually
/// critical information infrastructure there, so that an inventory silent on `kii` is asked.
public struct Jurisdiction: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 code.
    public var country: String
    /// Hosts of the official publications and legal databases (`publication.pravo.gov.ru`,
    /// `consultant.ru`); a subdomain counts as its host.
    public var officialSources: [String]
    /// Sectors whose organizations are usually subjects of critical information infrastructure.
    public var kiiSectors: [Sector]
    /// The act that lists those sectors, for messages.
    public var kiiLaw: String?
    /// The certificate organizations of this country ask a vendor about (FSTEC's in Russia),
    /// for the price requests; nil when the catalog names none.
    public var certification: CertificationKind?
    /// Where it is written.
    public var location: SourceLocation?

    /// Creates a jurisdiction.
    public init(
        country: String, officialSources: [String] = [], kiiSectors: [Sector] = [], kiiLaw: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.country = country
        self.officialSources = officialSources
        self.kiiSectors = kiiSectors
        self.kiiLaw = kiiLaw
        self.location = location
    }

    /// True when the URL's host is one of the official sources or a subdomain of one.
    public func isOfficial(_ url: String) -> Bool {
        guard let host = Self.host(of: url) else { return false }
        return officialSources.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    /// The lower-case host of an `http(s)://` URL, without port or user.
    static func host(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@").last ?? authority
        let host = hostAndPort.split(separator: ":").first.map(String.init) ?? ""
        return host.isEmpty ? nil : host.lowercased()
    }
}

/// A kind of certificate a jurisdiction's buyers ask for (`jurisdiction.certification`): the
/// `kind` products record under `certifications`, and its name.
public struct CertificationKind: Sendable, Hashable {
    /// The kind as products record it (`fstec`).
    public var kind: String
    public var name: LocalizedText

    /// Creates a kind.
    public init(kind: String, name: LocalizedText) {
        self.kind = kind
        self.name = name
    }
}
