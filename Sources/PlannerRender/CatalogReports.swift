import PlannerCore

/// Terminal output of `plan catalog list` and `plan catalog show`.
public enum CatalogReports {
    /// One line per product: id, name, category, vendor country, its standing in each register
    /// of domestic software (`domestic_for` in `registers.yaml`), deployment.
    public static func listTable(_ products: [Product], registers: [Register] = [], width: Int = 100) -> String {
        let domestic = registers.filter { !$0.domesticFor.isEmpty }
        let rows = products.map { product -> [String] in
            var deployment: [String] = []
            if case .bool(true) = product.capability("deployment.cloud")?.value { deployment.append("cloud") }
            if case .bool(true) = product.capability("deployment.on_premises")?.value { deployment.append("on-prem") }
            return [product.id, product.name, product.category, product.vendor.country]
                + domestic.map { standing(of: product, in: $0) }
                + [deployment.isEmpty ? "unknown" : deployment.joined(separator: ", ")]
        }
        let registerHeaders = domestic.map { "\($0.country ?? $0.id) REGISTER" }
        return TextTable(
            headers: ["ID", "NAME", "CATEGORY", "VENDOR"] + registerHeaders + ["DEPLOYMENT"], rows: rows, keep: [0]
        ).render(width: width)
    }

    /// One line per capability of the vocabulary: id, type, unit and English name; the ids
    /// are what inventories name in `features_used` and `requirements`.
    public static func capabilitiesTable(_ capabilities: [Capability], width: Int = 100) -> String {
        let rows = capabilities.map { [$0.id, $0.kind.rawValue, $0.unit?.en ?? "", $0.name.en] }
        return TextTable(headers: ["ID", "TYPE", "UNIT", "NAME"], rows: rows, keep: [0]).render(width: width)
    }

    /// Per product, the capabilities known (confirmed or secondary), unknown and secondary,
    /// and whether each decision fact is known.
    public static func coverageTable(_ coverage: CatalogCoverage, width: Int = 100) -> String {
        let word = { (known: Bool) in known ? "known" : "-" }
        let rows = coverage.products.map { product in
            [
                product.id, "\(product.known)", "\(product.unknown)", "\(product.secondary)", word(product.register),
                word(product.dataResidency), word(product.certification), word(product.price),
            ]
        }
        let table = TextTable(
            headers: ["PRODUCT", "KNOWN", "UNKNOWN", "SECONDARY", "REGISTER", "RESIDENCY", "CERT", "PRICE"],
            rows: rows, keep: [0]
        ).render(width: width)
        let note = TextWrap.lines(
            "Of \(coverage.capabilities) capabilities in the vocabulary: KNOWN have a confirmed or secondary value, "
                + "SECONDARY (part of KNOWN) rest only on a secondary source, UNKNOWN have none the catalog relies on. "
                + "REGISTER, data RESIDENCY, CERTificate, PRICE: known when the catalog knows the fact (not what "
                + "it is: plan catalog show ID says that), - when it does not.", width: width)
        return table + "\n" + note.joined(separator: "\n") + "\n"
    }

    /// `yes`, `no`, `unconfirmed`, `no (foreign)` (the register cannot list the vendor) or `unknown`.
    static func standing(of product: Product, in register: Register) -> String {
        if let entry = product.registries[register.id] {
            guard entry.provenance.isReliable else { return "unconfirmed" }
            return entry.listed ? "yes" : "no"
        }
        return register.cannotList(vendorCountry: product.vendor.country) == nil ? "unknown" : "no (foreign)"
    }

    /// Every fact of a product with its source and date, in English, each line within `width`
    /// columns (a long one continues indented under itself). A fact resting only on a
    /// secondary source says so, and so does a stale one (``Catalog/isStale(_:)``).
    public static func sheet(_ product: Product, catalog: Catalog, width: Int = 100) -> String {
        let cite = { (provenance: Provenance) in Self.cite(provenance, stale: catalog.staleBefore(provenance)) }
        var lines: [String] = []
        lines.append("\(product.name) (\(product.id)), \(product.category)")
        if !product.formerNames.isEmpty { lines.append("Formerly: \(product.formerNames.joined(separator: ", "))") }
        if let summary = product.summary { lines.append(summary.en) }
        lines.append("")
        lines.append(
            "Vendor: \(product.vendor.name), \(product.vendor.country)\(product.vendor.website.map { ", \($0)" } ?? "")"
        )
        lines.append("  " + cite(product.vendor.provenance))
        lines.append("")
        lines.append("Registers:")
        if product.registries.isEmpty { lines.append("  none recorded (unknown)") }
        for name in product.registries.keys.sorted() {
            guard let entry = product.registries[name] else { continue }
            var text = "  \(name): \(entry.listed ? "listed" : "not listed")"
            if let number = entry.number { text += ", record \(number)" }
            if let since = entry.since { text += ", since \(since)" }
            lines.append(text)
            lines.append("    " + cite(entry.provenance))
        }
        lines.append("Certifications:")
        if product.certifications.isEmpty { lines.append("  none recorded (unknown)") }
        for item in product.certifications {
            lines.append(
                "  \(item.kind)\(item.number.map { " № \($0)" } ?? "")\(item.until.map { ", valid until \($0)" } ?? "")"
            )
            lines.append("    " + cite(item.provenance))
        }
        lines.append(
            "Data residency: \(product.dataResidency.map { $0.countries.joined(separator: ", ") } ?? "unknown")")
        if let residency = product.dataResidency { lines.append("  " + cite(residency.provenance)) }
        lines.append("")
        let coverage = ProductCoverage(product, catalog: catalog)
        let secondary = coverage.secondary > 0 ? ", \(coverage.secondary) of them from a secondary source" : ""
        lines.append("Capabilities (\(coverage.known) of \(catalog.capabilities.count) known\(secondary)):")
        for capability in catalog.capabilities {
            guard let fact = product.capability(capability.id) else { continue }
            var value = fact.value.text
            if let unit = capability.unit, case .number = fact.value { value += " \(unit.en)" }
            lines.append("  \(capability.id): \(value)")
            if fact.provenance.source != nil || fact.provenance.note != nil || !fact.provenance.isReliable
                || catalog.isStale(fact.provenance)
            {
                lines.append("    " + cite(fact.provenance))
            }
        }
        let unknown = catalog.capabilities.filter { product.capability($0.id) == nil }.map(\.id)
        if !unknown.isEmpty { lines.append("  unknown: \(unknown.joined(separator: ", "))") }
        lines.append("")
        lines.append("Pricing:")
        if product.pricing.isEmpty { lines.append("  no confirmed price: ask the vendor for a commercial offer") }
        for price in product.pricing {
            lines.append(
                "  \(price.plan): \(price.price.formatted()) \(price.currency) \(price.model.rawValue)"
                    + (price.oneTime > 0 ? " + \(price.oneTime.formatted()) one-time" : ""))
            lines.append("    " + cite(price.provenance))
        }
        if !product.restrictions.isEmpty {
            lines.append("Vendor restrictions:")
            for item in product.restrictions {
                lines.append(
                    "  \(item.id): \(item.effect.rawValue) since \(item.since)\(item.summary.map { ": \($0.en)" } ?? "")"
                )
                lines.append("    applies to: \(CatalogJSON.condition(item.appliesTo).serialized(pretty: false))")
                lines.append("    " + cite(item.provenance))
            }
        }
        if !product.advisories.isEmpty {
            lines.append("Security advisories:")
            for item in product.advisories {
                let cvss = item.cvss.map { " CVSS \($0.formatted())" } ?? ""
                lines.append(
                    "  \(item.id)\(cvss)\(item.exploited ? ", exploited" : ""): \(item.summary.en); fixed in \(item.fixedIn ?? "unknown")"
                )
                lines.append("    " + cite(item.provenance))
            }
        }
        if !product.sources.isEmpty {
            lines.append("Sources:")
            lines += product.sources.map { "  \($0)" }
        }
        return lines.flatMap { line in
            let indent = line.prefix { $0 == " " }.count
            return TextWrap.lines(MarkdownText.singleLine(line), width: width, indent: indent, hanging: indent + 2)
        }.joined(separator: "\n") + "\n"
    }

    /// Source, date and how far to trust it: `UNCONFIRMED`, `secondary source`, and `STALE`
    /// with the day before which a fact is stale.
    static func cite(_ provenance: Provenance, stale: CalendarDate? = nil) -> String {
        var parts = ["source: \(provenance.source ?? "none")", "as of \(provenance.asOf?.description ?? "unknown")"]
        if let stale { parts.append("STALE (dated before \(stale)): check it again") }
        if !provenance.isReliable { parts.append("UNCONFIRMED") }
        if provenance.isSecondary { parts.append("secondary source") }
        if let note = provenance.note { parts.append(note) }
        return parts.joined(separator: "; ")
    }
}
