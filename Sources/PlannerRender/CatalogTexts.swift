import PlannerCore

/// The catalog's texts already escaped for Markdown, and its sources already made links:
/// computed once per run, so a batch of plans does not escape the same rule summaries,
/// capability names and workarounds thousands of times. Any other text (an inventory's) is
/// escaped when asked for.
public struct CatalogTexts: Sendable {
    private let escaped: [BytesKey: String]
    private let links: [BytesKey: String]

    /// No precomputed texts: everything is escaped when asked for.
    public static let none = CatalogTexts(escaped: [:], links: [:])

    private init(escaped: [BytesKey: String], links: [BytesKey: String]) {
        self.escaped = escaped
        self.links = links
    }

    /// Every name, summary, citation, advice, workaround and unit of the catalog, in both
    /// languages, and every source.
    public init(catalog: Catalog) {
        var texts: Set<String> = []
        var sources: Set<String> = []
        func add(_ text: LocalizedText?) {
            if let text {
                texts.insert(text.ru)
                texts.insert(text.en)
            }
        }
        func add(_ provenance: Provenance) {
            if let source = provenance.source { sources.insert(source) }
        }
        for capability in catalog.capabilities {
            texts.insert(capability.id)
            add(capability.name)
            add(capability.workaround)
            add(capability.unit)
        }
        for product in catalog.products {
            texts.formUnion([product.id, product.name, product.vendor.name, product.vendor.country, product.category])
            if let nameEn = product.nameEn { texts.insert(nameEn) }
            add(product.summary)
            product.allProvenance.forEach(add)
            sources.formUnion(product.sources)
            for restriction in product.restrictions {
                texts.insert(restriction.id)
                add(restriction.summary)
            }
            for advisory in product.advisories {
                texts.insert(advisory.id)
                add(advisory.summary)
            }
            for price in product.pricing { texts.insert(price.plan) }
            texts.formUnion(product.registries.keys)
        }
        for rule in catalog.rules {
            add(rule.title)
            add(rule.summary)
            add(rule.advice)
            texts.insert(rule.citation.title)
            if let url = rule.citation.url { sources.insert(url) }
            sources.formUnion(rule.sources)
        }
        var escaped: [BytesKey: String] = [:]
        for text in texts { escaped[BytesKey(text)] = MarkdownText.escape(text) }
        var links: [BytesKey: String] = [:]
        for source in sources { links[BytesKey(source)] = MarkdownText.source(source) }
        self.init(escaped: escaped, links: links)
    }

    /// `MarkdownText.escape(text)`.
    public func escape(_ text: String) -> String {
        escaped[BytesKey(text)] ?? MarkdownText.escape(text)
    }

    /// `MarkdownText.source(text)`.
    public func source(_ text: String) -> String {
        links[BytesKey(text)] ?? MarkdownText.source(text)
    }
}

/// A text as a dictionary key by its UTF-8 bytes. A `String` key hashes and compares by
/// canonical equivalence, which for Cyrillic text means normalizing it on every lookup: that
/// cost more than the escaping it saved (3 % of a batch's CPU time). By bytes, a text canonically
/// equal to a catalog text but spelled otherwise misses and is escaped as it is given, which
/// also keeps its bytes.
private struct BytesKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: BytesKey, b: BytesKey) -> Bool {
        var (x, y) = (a.text, b.text)
        return x.withUTF8 { p in y.withUTF8 { q in p.elementsEqual(q) } }
    }
}
