/// The optional parts of a rule: the purposes it reaches, its variants and its tasks.
extension RuleParser {
    /// `purposes: [lessons]`: the uses of a service the rule is about.
    func parsePurposes(_ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader) -> [Purpose]? {
        guard let items = reader.oneOrMany(node, at: path) else { return nil }
        let purposes = items.enumerated().compactMap { index, item in
            reader.enumeration(Purpose.self, item, at: path.index(index))
        }
        if let node, items.isEmpty {
            reader.error(
                "purposes must name at least one purpose; leave the key out for the whole organization",
                at: path, node.location)
        }
        return purposes
    }

    /// `variants:` each `{when, from?, until?, citation?, summary?, advice?}`, within the rule's dates.
    func parseVariants(
        _ node: YAMLNode?, at path: FieldPath, from: CalendarDate?, until: CalendarDate?, _ reader: inout YAMLReader
    ) -> [Rule.Variant] {
        guard let items = reader.sequence(node, at: path) else { return [] }
        return items.enumerated().compactMap { index, item in
            let itemPath = path.index(index)
            guard
                let map = reader.mapping(
                    item, at: itemPath, keys: ["when", "from", "until", "citation", "summary", "advice"],
                    required: ["when"])
            else { return nil }
            let conditions = parseWhen(map["when"], at: map.path("when"), &reader)
            let start = reader.date(map["from"], at: map.path("from"))
            let end = reader.date(map["until"], at: map.path("until"))
            if let start, let from, start < from {
                reader.error(
                    "a variant from \(start) starts before the rule (\(from))", at: map.path("from"),
                    map.location("from"))
            }
            if let end, let until, end > until {
                reader.error(
                    "a variant until \(end) ends after the rule (\(until))", at: map.path("until"),
                    map.location("until"))
            }
            if let start, let end, end < start {
                reader.error("until (\(end)) is before from (\(start))", at: map.path("until"), map.location("until"))
            }
            let citation =
                map.has("citation") ? Self.citation(map["citation"], at: map.path("citation"), &reader) : nil
            let summary = reader.localized(map["summary"], at: map.path("summary"))
            let advice = reader.localized(map["advice"], at: map.path("advice"))
            if !map.has("citation"), !map.has("summary"), !map.has("advice") {
                reader.error(
                    "a variant replaces citation, summary or advice; it gives none", at: itemPath, item.location)
            }
            guard let conditions else { return nil }
            return Rule.Variant(
                when: conditions, from: start, until: end, citation: citation, summary: summary, advice: advice)
        }
    }

    /// `tasks:` each `{phase, text: {ru, en}}`, in a phase that occurs once in a plan.
    func parseTasks(_ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader) -> [Rule.Task] {
        guard let items = reader.sequence(node, at: path) else { return [] }
        return items.enumerated().compactMap { index, item in
            let itemPath = path.index(index)
            guard let map = reader.mapping(item, at: itemPath, keys: ["phase", "text"], required: ["phase", "text"])
            else { return nil }
            let phase = reader.choice(map["phase"], at: map.path("phase"), from: Rule.Task.phases.map(\.rawValue))
                .flatMap(PhaseKind.init(rawValue:))
            let text = reader.localized(map["text"], at: map.path("text"))
            guard let phase, let text else { return nil }
            return Rule.Task(phase: phase, text: text)
        }
    }
}

extension RuleParser {
    /// `specification:` each `{section, text: {ru, en}}`: a clause of the technical specification.
    func parseClauses(_ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader) -> [Rule.Clause] {
        guard let items = reader.sequence(node, at: path) else { return [] }
        return items.enumerated().compactMap { index, item in
            let itemPath = path.index(index)
            guard
                let map = reader.mapping(item, at: itemPath, keys: ["section", "text"], required: ["section", "text"])
            else { return nil }
            let section = reader.enumeration(TenderSection.self, map["section"], at: map.path("section"))
            let text = reader.localized(map["text"], at: map.path("text"))
            guard let section, let text else { return nil }
            return Rule.Clause(section: section, text: text)
        }
    }
}

/// Reads `jurisdiction: {country, official_sources, kii_sectors, kii_law}` at the top of a rules file.
enum JurisdictionParser {
    static func parse(_ node: YAMLNode?, _ reader: inout YAMLReader) -> Jurisdiction? {
        let path = FieldPath("jurisdiction")
        guard
            let map = reader.mapping(
                node, at: path, keys: ["country", "official_sources", "kii_sectors", "kii_law", "certification"],
                required: ["country"])
        else { return nil }
        let country = CatalogNames.country(map["country"], at: map.path("country"), reader: &reader)
        let hosts = (reader.sequence(map["official_sources"], at: map.path("official_sources")) ?? []).enumerated()
            .compactMap { index, item -> String? in
                let itemPath = map.path("official_sources").index(index)
                guard let host = reader.string(item, at: itemPath) else { return nil }
                guard !host.contains("/"), !host.contains(":"), host == host.lowercased(), host.contains(".") else {
                    reader.error(
                        "'\(host)' is not a host name: write it without scheme or path (e.g. consultant.ru)",
                        at: itemPath, item.location)
                    return nil
                }
                return host
            }
        let sectors = (reader.oneOrMany(map["kii_sectors"], at: map.path("kii_sectors")) ?? []).enumerated()
            .compactMap { index, item in reader.enumeration(Sector.self, item, at: map.path("kii_sectors").index(index))
            }
        let law = reader.string(map["kii_law"], at: map.path("kii_law"))
        var certification: CertificationKind?
        if map.has("certification"),
            let cert = reader.mapping(
                map["certification"], at: map.path("certification"), keys: ["kind", "name"], required: ["kind", "name"])
        {
            let kind = reader.string(cert["kind"], at: cert.path("kind"))
            let name = reader.localized(cert["name"], at: cert.path("name"))
            if let kind, let name { certification = CertificationKind(kind: kind, name: name) }
        }
        guard let country else { return nil }
        var jurisdiction = Jurisdiction(
            country: country, officialSources: hosts, kiiSectors: sectors, kiiLaw: law, location: node?.location)
        jurisdiction.certification = certification
        return jurisdiction
    }
}

/// A rule that decides eligibility (a blocker on any date) cites the official publication
/// of its act (catalog Revision 2): its citation URL, and each variant's, is on one of the
/// jurisdiction's official sources. News and commentary belong in `sources`.
struct SourceQualityCheck {
    let jurisdiction: Jurisdiction?

    func check(_ rules: [Rule], reader: inout YAMLReader) {
        for rule in rules where rule.isEverBlocker {
            guard let location = rule.location else { continue }
            guard let jurisdiction, !jurisdiction.officialSources.isEmpty else {
                reader.warning(
                    "rule \(rule.id) is a blocker, and this file names no jurisdiction.official_sources to check "
                        + "that it cites an official publication", at: FieldPath("rules"), location)
                continue
            }
            let citations = [rule.citation] + rule.variants.compactMap(\.citation)
            for citation in citations where !(citation.url.map(jurisdiction.isOfficial) ?? false) {
                reader.error(
                    "rule \(rule.id) decides eligibility (a blocker), so its citation must link an official "
                        + "publication (\(jurisdiction.officialSources.joined(separator: ", "))); "
                        + "'\(citation.url ?? "no url")' is not one: move it to sources",
                    at: FieldPath("rules"), location)
            }
        }
    }
}
