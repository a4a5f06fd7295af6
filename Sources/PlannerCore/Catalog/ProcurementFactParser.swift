/// Reads the parts of a procurement regime the procurement documents use:
/// `price_justification` and `single_supplier` (Docs/Catalog.md, "Procurement regimes").
extension ProcurementRegimeParser {
    /// `price_justification: {method, guidance, variation_limit, minimum_prices, supplier_requests}`,
    /// each a fact.
    func parsePriceRules(
        _ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader
    ) -> ProcurementRegime.PriceRules? {
        guard node != nil else { return nil }
        let keys = ["method", "guidance", "variation_limit", "minimum_prices", "supplier_requests"]
        guard let map = reader.mapping(node, at: path, keys: keys) else { return nil }
        func fact(_ key: String) -> ProcurementRegime.Fact? {
            map.has(key) ? parseFact(map[key], at: map.path(key), &reader) : nil
        }
        return ProcurementRegime.PriceRules(
            method: fact("method"), guidance: fact("guidance"), variationLimit: fact("variation_limit"),
            minimumPrices: fact("minimum_prices"), supplierRequests: fact("supplier_requests"))
    }

    /// `single_supplier: {citation, days, limit}`.
    func parseSingleSupplier(
        _ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader
    ) -> ProcurementRegime.SingleSupplier? {
        guard node != nil,
            let map = reader.mapping(node, at: path, keys: ["citation", "days", "limit"], required: ["days"])
        else { return nil }
        let citation =
            map.has("citation") ? RuleParser.citation(map["citation"], at: map.path("citation"), &reader) : nil
        let days = reader.integer(map["days"], at: map.path("days"), in: 0...400)
        let limit = map.has("limit") ? parseFact(map["limit"], at: map.path("limit"), &reader) : nil
        if let limit, limit.value != nil, limit.currency == nil {
            reader.error(
                "a limit with a value names its currency (e.g. currency: RUB)", at: map.path("limit"),
                map.location("limit"))
        }
        guard let days else { return nil }
        return ProcurementRegime.SingleSupplier(citation: citation, days: days, limit: limit)
    }

    /// `{citation?, value?, currency?, source?, confidence?, note?}`; an unconfirmed fact needs
    /// a note saying what is not verified.
    func parseFact(_ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader) -> ProcurementRegime.Fact? {
        guard
            let map = reader.mapping(
                node, at: path, keys: ["citation", "value", "currency", "source", "confidence", "note"])
        else { return nil }
        let citation =
            map.has("citation") ? RuleParser.citation(map["citation"], at: map.path("citation"), &reader) : nil
        let value = reader.number(map["value"], at: map.path("value"), in: 0...Double.greatestFiniteMagnitude)
        let currency = reader.string(map["currency"], at: map.path("currency"))
        let source = reader.string(map["source"], at: map.path("source"))
        let confidence =
            reader.enumeration(Confidence.self, map["confidence"], at: map.path("confidence")) ?? .confirmed
        let note = reader.string(map["note"], at: map.path("note"))
        if confidence == .unconfirmed, note == nil {
            reader.error(
                "confidence: unconfirmed needs a note that says what is not verified", at: map.path("confidence"),
                map.location("confidence"))
        }
        if confidence != .unconfirmed, value != nil, source == nil, citation?.url == nil {
            reader.error(
                "a value the documents state needs a source (or a citation with a url)", at: map.path("value"),
                map.location("value"))
        }
        return ProcurementRegime.Fact(
            citation: citation, value: value, currency: currency, source: source, confidence: confidence, note: note)
    }
}
