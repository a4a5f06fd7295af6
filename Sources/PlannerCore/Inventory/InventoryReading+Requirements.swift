/// Reading the second half of an inventory: requirements, quotes and plan settings.
extension InventoryReading {
    // MARK: Requirements

    mutating func requirements(_ node: YAMLNode?, at path: FieldPath) -> Requirements {
        guard let map = reader.mapping(node, at: path, keys: Self.requirementKeys) else {
            return Requirements(weights: Weights.standard.normalized())
        }
        return Requirements(
            must: must(map["must"], at: map.path("must")),
            want: want(map["want"], at: map.path("want")),
            weights: weights(map["weights"], at: map.path("weights")))
    }

    /// `requirements.must`: each `ID`, `ID >= N` or `ID <= N`; a repeat is dropped with a warning.
    mutating func must(_ node: YAMLNode?, at path: FieldPath) -> [MustRequirement] {
        guard let items = reader.sequence(node, at: path) else { return [] }
        var requirements: [MustRequirement] = []
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            guard let requirement = mustRequirement(item, at: itemPath) else { continue }
            if requirements.contains(requirement) {
                reader.warning("'\(requirement.expression)' is listed twice", at: itemPath, item.location)
                continue
            }
            requirements.append(requirement)
        }
        return requirements
    }

    /// One must-requirement, with the comparison matching the capability's kind: a bare id
    /// needs a yes/no capability, `>=` and `<=` a number one.
    mutating func mustRequirement(_ node: YAMLNode, at path: FieldPath) -> MustRequirement? {
        if case .mapping(let entries) = node.value, entries.count == 1, let key = entries.first?.key.scalar?.text {
            // `- clients.astra_linux: true` is a natural slip; say what to write instead.
            reader.error(
                "expected text such as \(YAMLReader.quoted(key)) or \(YAMLReader.quoted(key + " >= N")), found a mapping",
                at: path, node.location)
            return nil
        }
        if node.isNull {
            reader.error("empty requirement; \(MustRequirement.grammar)", at: path, node.location)
            return nil
        }
        guard let text = reader.string(node, at: path) else { return nil }
        let requirement: MustRequirement
        switch MustRequirement.parse(text) {
        case .success(let parsed): requirement = parsed
        case .failure(let problem):
            reader.error(problem.message, at: path, node.location)
            return nil
        }
        guard let capability = knownCapability(requirement.capability, at: path, node.location) else { return nil }
        switch (requirement.comparison, capability.kind) {
        case (.isTrue, .bool), (.atLeast, .number), (.atMost, .number):
            return requirement
        case (.isTrue, .number):
            reader.error(
                "'\(capability.id)' is a number; compare it, e.g. '\(capability.id) >= N' or '\(capability.id) <= N'",
                at: path, node.location)
        case (.atLeast, .bool), (.atMost, .bool):
            reader.error(
                "'\(capability.id)' is yes/no and takes no comparison; write just '\(capability.id)'", at: path,
                node.location)
        }
        return nil
    }

    /// `requirements.want`: capability id → weight 1..5, in file order.
    mutating func want(_ node: YAMLNode?, at path: FieldPath) -> [Want] {
        guard let entries = reader.dictionary(node, at: path) else { return [] }
        var wants: [Want] = []
        for entry in entries {
            let entryPath = path.key(entry.key)
            let capability = knownCapability(entry.key, at: path, entry.keyLocation)
            if entry.value.isNull {
                reader.error(InventoryMessage.wantWithoutWeight, at: entryPath, entry.value.location)
            }
            guard let weight = reader.integer(entry.value, at: entryPath, in: 1...5), let capability else { continue }
            if capability.kind == .number {
                reader.warning(
                    "'\(capability.id)' is a number (a limit); wants are yes/no features, "
                        + "so require a limit with a must such as '\(capability.id) >= N'", at: entryPath,
                    entry.keyLocation)
            }
            wants.append(Want(capability: capability.id, weight: weight))
        }
        return wants
    }

    /// `requirements.weights`: fit, cost, effort, risk, each ≥ 0 and defaulting to the
    /// standard 40/30/20/10, at least one above 0; normalized to sum 100.
    mutating func weights(_ node: YAMLNode?, at path: FieldPath) -> Weights {
        let standard = Weights.standard
        guard let map = reader.mapping(node, at: path, keys: Self.weightKeys), let node else {
            return standard.normalized()
        }
        // Weights are relative, so a cap costs nothing and keeps their sum finite.
        func read(_ key: String, _ fallback: Double) -> Double {
            reader.number(map[key], at: map.path(key), in: 0...1_000_000) ?? fallback
        }
        let weights = Weights(
            fit: read("fit", standard.fit), cost: read("cost", standard.cost),
            effort: read("effort", standard.effort), risk: read("risk", standard.risk))
        guard weights.sum > 0 else {
            reader.error(InventoryMessage.allWeightsZero, at: path, node.location)
            return standard.normalized()
        }
        return weights.normalized()
    }

    // MARK: Quotes

    /// `quotes`: product id → offer, amounts ≥ 0.
    mutating func quotes(_ node: YAMLNode?, at path: FieldPath) -> [Quote] {
        guard let entries = reader.dictionary(node, at: path) else { return [] }
        var quotes: [Quote] = []
        for entry in entries {
            let entryPath = path.key(entry.key)
            let product = knownProduct(entry.key, at: path, entry.keyLocation)
            guard let quote = self.quote(entry.value, at: entryPath), let product else { continue }
            quotes.append(
                Quote(
                    product: product, annual: quote.annual, oneTime: quote.oneTime, date: quote.date, note: quote.note,
                    licences: quote.licences))
        }
        return quotes
    }

    /// One offer; its product is filled in by the caller.
    mutating func quote(_ node: YAMLNode, at path: FieldPath) -> Quote? {
        if node.isNull {
            reader.error("give the offer's 'annual' or 'one_time' amount", at: path, node.location)
            return nil
        }
        guard let map = reader.mapping(node, at: path, keys: Self.quoteKeys) else { return nil }
        let quote = Quote(
            product: "",
            annual: reader.number(map["annual"], at: map.path("annual"), in: amounts),
            oneTime: reader.number(map["one_time"], at: map.path("one_time"), in: amounts),
            date: reader.date(map["date"], at: map.path("date")),
            note: reader.string(map["note"], at: map.path("note")),
            licences: licences(map, at: path, node.location))
        if !map.has("annual"), !map.has("one_time") {
            reader.warning(
                "gives neither 'annual' nor 'one_time', so it does not change the cost", at: path, node.location)
        }
        return quote
    }

    /// The offer's licence metric: at most one of `connections`, `named_users`, `participants`,
    /// a whole number above 0.
    mutating func licences(_ map: YAMLMapping, at path: FieldPath, _ location: SourceLocation)
        -> LicenceQuantity?
    {
        let given = LicenceQuantity.Metric.allCases.filter { map.has($0.rawValue) }
        var found: [LicenceQuantity] = []
        for metric in given {
            let key = metric.rawValue
            if let quantity = reader.integer(map[key], at: map.path(key), in: 1...InventoryLoader.maxCount) {
                found.append(LicenceQuantity(metric: metric, quantity: quantity))
            }
        }
        if given.count > 1 {
            reader.error(
                "give one licence metric, not \(given.map(\.rawValue).joined(separator: " and "))", at: path, location)
            return nil
        }
        return found.first
    }

    // MARK: Plan

    mutating func plan(_ node: YAMLNode?, at path: FieldPath) -> PlanSettings {
        guard let map = reader.mapping(node, at: path, keys: Self.planKeys) else {
            return PlanSettings()
        }
        let language = reader.enumeration(Language.self, map["language"], at: map.path("language"))
        let start = planDate(map["start"], at: map.path("start"))
        if start != nil { locations.start = map.location("start") }
        var settings = PlanSettings(
            language: language ?? .ru, start: start, blackouts: blackouts(map["blackouts"], at: map.path("blackouts")))
        settings.statedLanguage = language
        return settings
    }

    /// `plan.blackouts`: `{from, to, reason}` with `from` ≤ `to`; `reason` may be left out.
    mutating func blackouts(_ node: YAMLNode?, at path: FieldPath) -> [Blackout] {
        guard let items = reader.sequence(node, at: path) else { return [] }
        var blackouts: [Blackout] = []
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            if item.isNull { reader.error("empty period; give 'from' and 'to'", at: itemPath, item.location) }
            guard
                let map = reader.mapping(item, at: itemPath, keys: Self.blackoutKeys, required: ["from", "to"])
            else { continue }
            let from = planDate(map["from"], at: map.path("from"))
            let to = planDate(map["to"], at: map.path("to"))
            let reason = reader.string(map["reason"], at: map.path("reason"))
            guard let from, let to else { continue }
            guard from <= to else {
                reader.error("'from' (\(from)) is after 'to' (\(to))", at: itemPath, map.location("to"))
                continue
            }
            blackouts.append(Blackout(from: from, to: to, reason: reason ?? ""))
        }
        return blackouts
    }
}
