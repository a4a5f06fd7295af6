/// Evaluates the fixed set of rule predicates (see `Predicate`) against one product, as of a
/// date. Each predicate is one small function. Three answers: met, not met, unknown; an
/// unconfirmed fact counts as unknown, and a fact the catalog lacks is never read as false.
public struct PredicateEvaluator: Sendable {
    /// The date facts are judged at (certificates expire, register entries start).
    public var asOf: CalendarDate
    /// The catalog's registers by id: whom each can list, and whether it is a closed list.
    public var registers: [String: Register]

    /// Creates an evaluator for a date and the catalog's registers.
    public init(asOf: CalendarDate, registers: [Register] = []) {
        self.asOf = asOf
        self.registers = Dictionary(registers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The outcome of a predicate for a product, with the reason in words.
    public func evaluate(_ predicate: Predicate, for product: Product) -> Finding {
        switch predicate {
        case .registry(let name): return registry(name, product)
        case .notInRegistry(let name): return notInRegistry(name, product)
        case .vendorCountry(let countries): return vendorCountry(countries, product)
        case .dataResidency(let countries): return dataResidency(countries, product)
        case .certification(let kind): return certification(kind, product)
        case .capability(let id): return CapabilityKnowledge.has(id, product)
        }
    }

    // MARK: - Registers

    /// `registry: NAME`: listed (confirmed entry, listed, on the date) → met; a confirmed
    /// absence → not met; a confirmed vendor the register cannot admit → not met; no entry in
    /// a closed list → not met; else unknown.
    func registry(_ name: String, _ product: Product) -> Finding {
        if let entry = product.registries[name], entry.provenance.isReliable {
            if !entry.listed {
                return Finding(.notMet, "recorded as not listed in \(name)", source: entry.provenance.source)
            }
            if let since = entry.since, asOf < since {
                return Finding(.notMet, "listed in \(name) only from \(since)", source: entry.provenance.source)
            }
            var details: [String] = []
            if let number = entry.number { details.append("record \(number)") }
            if let since = entry.since { details.append("since \(since)") }
            let detail = details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"
            return Finding(.met, "listed in \(name)\(detail)", source: entry.provenance.source)
        }
        if let excluded = admissionExcludes(name, product) {
            return Finding(.notMet, excluded, source: product.vendor.provenance.source)
        }
        if let entry = product.registries[name] {
            return Finding(
                .unknown, "the catalog's entry for \(name) (\(entry.listed ? "listed" : "not listed")) is unconfirmed",
                source: entry.provenance.source)
        }
        if let closed = registers[name]?.closed {
            let edition = closed.asOf.map { " (as of \($0))" } ?? ""
            return Finding(.notMet, "not on the closed list \(name)\(edition)", source: closed.source)
        }
        return Finding(.unknown, "the catalog does not record whether it is listed in \(name)")
    }

    /// `not_in_registry: NAME`: the inverse of `registry`, with its own words.
    func notInRegistry(_ name: String, _ product: Product) -> Finding {
        let listed = registry(name, product)
        switch listed.outcome {
        case .met:
            return Finding(.notMet, listed.reason, source: listed.source)
        case .notMet:
            let reason =
                listed.reason.hasPrefix("recorded as not listed") || listed.reason.hasPrefix("listed in")
                ? listed.reason : "not listed: \(listed.reason)"
            return Finding(.met, reason, source: listed.source)
        case .unknown:
            return listed
        }
    }

    /// The reason a register cannot list the product, judged by its confirmed vendor country.
    func admissionExcludes(_ name: String, _ product: Product) -> String? {
        guard let register = registers[name], product.vendor.provenance.isReliable else { return nil }
        return register.cannotList(vendorCountry: product.vendor.country)
    }

    // MARK: - Vendor, residency, certificates

    /// `vendor_country: [..]`: the vendor's confirmed country is one of these.
    func vendorCountry(_ countries: [String], _ product: Product) -> Finding {
        let vendor = product.vendor
        guard vendor.provenance.isReliable else {
            return Finding(
                .unknown, "the vendor's country (\(vendor.country)) is unconfirmed", source: vendor.provenance.source)
        }
        let list = countries.joined(separator: ", ")
        if countries.contains(vendor.country) {
            return Finding(.met, "the vendor is from \(vendor.country)", source: vendor.provenance.source)
        }
        return Finding(.notMet, "the vendor is from \(vendor.country), not \(list)", source: vendor.provenance.source)
    }

    /// `data_residency: [..]`: met when the product runs on the organization's own servers
    /// (confirmed) or its confirmed cloud residency includes a listed country; not met when the
    /// confirmed residency excludes them all and no on-premises edition is stated; else unknown.
    func dataResidency(_ countries: [String], _ product: Product) -> Finding {
        let list = countries.joined(separator: ", ")
        let onPremises = product.capability("deployment.on_premises")
        if product.canRunOnPremises {
            return Finding(
                .met, "it can be installed on the organization's own servers", source: onPremises?.provenance.source)
        }
        let onPremisesUnconfirmed = onPremises?.value == .bool(true) && onPremises?.provenance.isReliable == false
        if let residency = product.dataResidency, residency.provenance.isReliable {
            let kept =
                residency.countries.isEmpty ? "nowhere in a cloud" : "in " + residency.countries.joined(separator: ", ")
            if residency.countries.contains(where: countries.contains) {
                return Finding(.met, "its cloud keeps data \(kept)", source: residency.provenance.source)
            }
            if onPremisesUnconfirmed {
                return Finding(
                    .unknown, "its cloud keeps data \(kept), not \(list), and an on-premises edition is unconfirmed",
                    source: residency.provenance.source)
            }
            return Finding(
                .notMet, "its cloud keeps data \(kept), not \(list), and no on-premises edition is recorded",
                source: residency.provenance.source)
        }
        if onPremisesUnconfirmed {
            return Finding(
                .unknown, "an on-premises edition is unconfirmed and where the cloud keeps data is not recorded",
                source: onPremises?.provenance.source)
        }
        return Finding(
            .unknown,
            "the catalog does not record where its cloud keeps data (\(list) required) "
                + "and no on-premises edition is confirmed")
    }

    /// `certification: KIND`: a confirmed certificate of that kind valid on the date → met;
    /// otherwise unknown (no certificate recorded is not proof that none exists).
    func certification(_ kind: String, _ product: Product) -> Finding {
        let confirmed = product.certifications.filter { $0.kind == kind && $0.provenance.isReliable }
        if let valid = confirmed.first(where: { $0.until.map { asOf <= $0 } ?? true }) {
            let number = valid.number.map { " No. \($0)" } ?? ""
            let until = valid.until.map { ", valid until \($0)" } ?? ""
            return Finding(.met, "holds a \(kind) certificate\(number)\(until)", source: valid.provenance.source)
        }
        if let expired = confirmed.compactMap(\.until).max() {
            return Finding(
                .unknown, "its \(kind) certificate expired on \(expired) and no valid one is recorded",
                source: confirmed.first?.provenance.source)
        }
        return Finding(.unknown, "no confirmed \(kind) certificate is recorded")
    }
}

/// What the catalog knows of one product's capability, read the one way every stage reads it.
public enum CapabilityKnowledge {
    /// Has the product this capability? A confirmed bool decides; a confirmed number counts
    /// as present when above zero; an unconfirmed or missing value is unknown.
    public static func has(_ id: String, _ product: Product) -> Finding {
        guard let fact = product.capability(id) else {
            return Finding(.unknown, "the catalog does not state \(id)")
        }
        guard fact.provenance.isReliable else {
            return Finding(.unknown, "\(id) = \(fact.value.text) is unconfirmed", source: fact.provenance.source)
        }
        switch fact.value {
        case .bool(let value):
            return Finding(value ? .met : .notMet, value ? "has \(id)" : "lacks \(id)", source: fact.provenance.source)
        case .number(let value):
            return Finding(value > 0 ? .met : .notMet, "\(id) = \(value.formatted())", source: fact.provenance.source)
        }
    }

    /// A must-requirement (`ID`, `ID >= N`, `ID <= N`) against the product's confirmed value;
    /// strict: 199 is not ≥ 200. A value of the wrong kind is unknown.
    public static func meets(_ requirement: MustRequirement, _ product: Product) -> Finding {
        let id = requirement.capability
        switch requirement.comparison {
        case .isTrue:
            return has(id, product)
        case .atLeast(let bound), .atMost(let bound):
            guard let fact = product.capability(id) else {
                return Finding(.unknown, "the catalog does not state \(id)")
            }
            guard fact.provenance.isReliable else {
                return Finding(.unknown, "\(id) = \(fact.value.text) is unconfirmed", source: fact.provenance.source)
            }
            guard case .number(let value) = fact.value else {
                return Finding(.unknown, "\(id) is not a number in the catalog", source: fact.provenance.source)
            }
            let atLeast: Bool
            if case .atLeast = requirement.comparison { atLeast = true } else { atLeast = false }
            let ok = atLeast ? value >= bound : value <= bound
            let sign = atLeast ? (ok ? "≥" : "<") : (ok ? "≤" : ">")
            return Finding(
                ok ? .met : .notMet, "\(id) = \(value.formatted()) \(sign) \(bound.formatted())",
                source: fact.provenance.source)
        }
    }
}
