import PlannerCore

/// The catalog's texts already escaped for Markdown, and its sources already made links:
/// computed once per run, so a batch of plans does not escape the same rule summaries,
/// capability names and workarounds thousands of times. Any other text (an inventory's) is
/// escaped when asked for.
public struct CatalogTexts: Sendable {
    private let escaped: [String: String]
    private let links: [String: String]

    /// No precomputed texts: everything is escaped when asked for.
    public static let none = CatalogTexts(escaped: [:], links: [:])

    private init(escaped: [String: String], links: [String: String]) {
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
        var escaped: [String: String] = [:]
        for text in texts { escaped[text] = MarkdownText.escape(text) }
        var links: [String: String] = [:]
        for source in sources { links[source] = MarkdownText.source(source) }
        self.init(escaped: escaped, links: links)
    }

    /// `MarkdownText.escape(text)`.
    public func escape(_ text: String) -> String {
        escaped[text] ?? MarkdownText.escape(text)
    }

    /// `MarkdownText.source(text)`.
    public func source(_ text: String) -> String {
        links[text] ?? MarkdownText.source(text)
    }
}
