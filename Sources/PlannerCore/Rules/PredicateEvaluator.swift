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
        let register = PlanParameter("register", .text(name))
        if let entry = product.registries[name], entry.provenance.isReliable {
            let source = entry.provenance.source
            if !entry.listed {
                return Finding(.notMet, .registryNotListed, [register], source: source).resting(on: entry.provenance)
            }
            if let since = entry.since, asOf < since {
                return Finding(
                    .notMet, .registryListedFrom, [register, PlanParameter("since", .date(since))], source: source
                ).resting(on: entry.provenance)
            }
            return Finding(
                .met, .registryListed,
                [register] + .optional("number", entry.number.map(PlanValue.text))
                    + .optional("since", entry.since.map(PlanValue.date)), source: source
            ).resting(on: entry.provenance)
        }
        if let excluded = admissionExcludes(name, product) {
            return Finding(.notMet, excluded, source: product.vendor.provenance.source)
                .resting(on: product.vendor.provenance)
        }
        if let entry = product.registries[name] {
            return Finding(
                .unknown, .registryEntryUnconfirmed, [register, PlanParameter("listed", .bool(entry.listed))],
                source: entry.provenance.source)
        }
        if let closed = registers[name]?.closed {
            return Finding(
                .notMet, .registryNotOnClosedList, [register] + .optional("asOf", closed.asOf.map(PlanValue.date)),
                source: closed.source
            ).resting(on: closed)
        }
        return Finding(.unknown, .registryUnrecorded, [register])
    }

    /// `not_in_registry: NAME`: the inverse of `registry`, for the same reason.
    func notInRegistry(_ name: String, _ product: Product) -> Finding {
        var listed = registry(name, product)
        listed.outcome = listed.outcome.inverted
        return listed
    }

    /// The reason a register cannot list the product, judged by its confirmed vendor country.
    func admissionExcludes(_ name: String, _ product: Product) -> Reason? {
        guard let register = registers[name], product.vendor.provenance.isReliable else { return nil }
        return register.cannotList(vendorCountry: product.vendor.country)
    }

    // MARK: - Vendor, residency, certificates

    /// `vendor_country: [..]`: the vendor's confirmed country is one of these.
    func vendorCountry(_ countries: [String], _ product: Product) -> Finding {
        let vendor = product.vendor
        let country = PlanParameter("country", .text(vendor.country))
        let source = vendor.provenance.source
        guard vendor.provenance.isReliable else {
            return Finding(.unknown, .vendorCountryUnconfirmed, [country], source: source)
        }
        if countries.contains(vendor.country) {
            return Finding(.met, .vendorCountryIs, [country], source: source).resting(on: vendor.provenance)
        }
        return Finding(
            .notMet, .vendorCountryNot, [country, PlanParameter("countries", .list(countries))], source: source
        ).resting(on: vendor.provenance)
    }

    /// `data_residency: [..]`: met when the product runs on the organization's own servers
    /// (confirmed) or its confirmed cloud residency includes a listed country; not met when the
    /// confirmed residency excludes them all and no on-premises edition is stated; else unknown.
    func dataResidency(_ countries: [String], _ product: Product) -> Finding {
        let required = PlanParameter("countries", .list(countries))
        let onPremises = product.capability("deployment.on_premises")
        if product.canRunOnPremises {
            return Finding(.met, .residencyOnPremises, source: onPremises?.provenance.source)
                .resting(on: onPremises?.provenance)
        }
        let onPremisesUnconfirmed = onPremises?.value == .bool(true) && onPremises?.provenance.isReliable == false
        if let residency = product.dataResidency, residency.provenance.isReliable {
            let kept = PlanParameter("kept", .list(residency.countries))
            let source = residency.provenance.source
            if residency.countries.contains(where: countries.contains) {
                return Finding(.met, .residencyKept, [kept], source: source).resting(on: residency.provenance)
            }
            if onPremisesUnconfirmed {
                return Finding(.unknown, .residencyElsewhereOnPremisesUnconfirmed, [kept, required], source: source)
            }
            return Finding(.notMet, .residencyElsewhere, [kept, required], source: source)
                .resting(on: residency.provenance)
        }
        if onPremisesUnconfirmed {
            return Finding(.unknown, .residencyUnrecordedOnPremisesUnconfirmed, source: onPremises?.provenance.source)
        }
        return Finding(.unknown, .residencyUnrecorded, [required])
    }

    /// `certification: KIND`: a confirmed certificate of that kind valid on the date → met;
    /// otherwise unknown (no certificate recorded is not proof that none exists).
    func certification(_ kind: String, _ product: Product) -> Finding {
        let kindParameter = PlanParameter("kind", .text(kind))
        let confirmed = product.certifications.filter { $0.kind == kind && $0.provenance.isReliable }
        if let valid = confirmed.first(where: { $0.until.map { asOf <= $0 } ?? true }) {
            return Finding(
                .met, .certificateValid,
                [kindParameter] + .optional("number", valid.number.map(PlanValue.text))
                    + .optional("until", valid.until.map(PlanValue.date)), source: valid.provenance.source
            ).resting(on: valid.provenance)
        }
        if let expired = confirmed.compactMap(\.until).max() {
            return Finding(
                .unknown, .certificateExpired, [kindParameter, PlanParameter("expired", .date(expired))],
                source: confirmed.first?.provenance.source)
        }
        return Finding(.unknown, .certificateUnrecorded, [kindParameter])
    }
}

/// What the catalog knows of one product's capability, read the one way every stage reads it.
public enum CapabilityKnowledge {
    /// Has the product this capability? A confirmed bool decides; a confirmed number counts
    /// as present when above zero; an unconfirmed or missing value is unknown.
    public static func has(_ id: String, _ product: Product) -> Finding {
        let capability = PlanParameter("capability", .text(id))
        guard let fact = product.capability(id) else {
            return Finding(.unknown, .capabilityUnstated, [capability])
        }
        let source = fact.provenance.source
        guard fact.provenance.isReliable else {
            return Finding(
                .unknown, .capabilityUnconfirmed, [capability, PlanParameter("value", .text(fact.value.text))],
                source: source)
        }
        switch fact.value {
        case .bool(let value):
            return Finding(
                value ? .met : .notMet, value ? .capabilityPresent : .capabilityAbsent, [capability], source: source
            ).resting(on: fact.provenance)
        case .number(let value):
            return Finding(
                value > 0 ? .met : .notMet, .capabilityValue, [capability, PlanParameter("value", .number(value))],
                source: source
            ).resting(on: fact.provenance)
        }
    }

    /// A must-requirement (`ID`, `ID >= N`, `ID <= N`) against the product's confirmed value;
    /// strict: 199 is not ≥ 200. A value of the wrong kind is unknown.
    public static func meets(_ requirement: MustRequirement, _ product: Product) -> Finding {
        let id = requirement.capability
        let capability = PlanParameter("capability", .text(id))
        switch requirement.comparison {
        case .isTrue:
            return has(id, product)
        case .atLeast(let bound), .atMost(let bound):
            guard let fact = product.capability(id) else {
                return Finding(.unknown, .capabilityUnstated, [capability])
            }
            let source = fact.provenance.source
            guard fact.provenance.isReliable else {
                return Finding(
                    .unknown, .capabilityUnconfirmed, [capability, PlanParameter("value", .text(fact.value.text))],
                    source: source)
            }
            guard case .number(let value) = fact.value else {
                return Finding(.unknown, .capabilityNotNumber, [capability], source: source)
            }
            let atLeast: Bool
            if case .atLeast = requirement.comparison { atLeast = true } else { atLeast = false }
            let ok = atLeast ? value >= bound : value <= bound
            return Finding(
                ok ? .met : .notMet, atLeast ? .capabilityAtLeast : .capabilityAtMost,
                [
                    capability, PlanParameter("value", .number(value)), PlanParameter("bound", .number(bound)),
                    PlanParameter("met", .bool(ok)),
                ], source: source
            ).resting(on: fact.provenance)
        }
    }
}
