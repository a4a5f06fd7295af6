/// Compares what the organization uses and asks for with what the catalog knows of the
/// target. Unknown is not false: a capability the catalog does not know, or knows only
/// unconfirmed, is "to verify", never "missing".
enum FeatureGapFinder {
    /// What the catalog holds for one capability of a product.
    enum Knowledge: Equatable {
        case confirmedTrue
        case confirmedFalse
        case unconfirmed
        case unknown
        case number(Double, confirmed: Bool)
    }

    static func knowledge(of id: String, in product: Product) -> Knowledge {
        guard let fact = product.capability(id) else { return .unknown }
        switch fact.value {
        case .bool(let value):
            guard fact.provenance.isReliable else { return .unconfirmed }
            return value ? .confirmedTrue : .confirmedFalse
        case .number(let value):
            return .number(value, confirmed: fact.provenance.isReliable)
        }
    }

    /// Each feature used today that the target lacks (confirmed false: `missing`) or that the
    /// catalog does not confirm (`toVerify`), in order of first use, with the catalog's
    /// workaround; then the limits today's usage needs (peak participants, webinar
    /// attendees) that the target does not confirm.
    static func gaps(inventory: Inventory, catalog: Catalog, target: Product) -> [FeatureGap] {
        var order: [String] = []
        var users: [String: [String]] = [:]
        for service in inventory.services {
            for feature in service.featuresUsed {
                if users[feature] == nil { order.append(feature) }
                if users[feature]?.contains(service.product) != true {
                    users[feature, default: []].append(service.product)
                }
            }
        }
        var gaps: [FeatureGap] = []
        for id in order {
            let capability = catalog.capability(id)
            let fact = target.capability(id)
            let status: FeatureGap.Status
            switch knowledge(of: id, in: target) {
            case .confirmedTrue: continue
            case .number(_, confirmed: true): continue
            case .confirmedFalse: status = .missing
            case .unconfirmed, .unknown, .number(_, confirmed: false): status = .toVerify
            }
            gaps.append(
                FeatureGap(
                    capability: id, status: status, name: capability?.name,
                    workaround: capability?.workaround, services: users[id] ?? [],
                    note: fact?.provenance.note))
        }
        let musts = Set(inventory.requirements.must.map(\.capability))
        let limits: [(String, (Service) -> Int?)] = [
            ("meetings.max_participants", { $0.usage.peakParticipants }),
            ("webinars.max_attendees", { $0.usage.webinarAttendees }),
        ]
        for (id, need) in limits where !musts.contains(id) && !order.contains(id) {
            let using = inventory.services.filter { (need($0) ?? 0) > 0 }
            guard let needed = using.compactMap(need).max() else { continue }
            let capability = catalog.capability(id)
            let fact = target.capability(id)
            switch knowledge(of: id, in: target) {
            case .number(let value, confirmed: true) where value >= Double(needed):
                continue
            case .number(let value, confirmed: true):
                gaps.append(
                    FeatureGap(
                        capability: id, status: .missing, name: capability?.name,
                        workaround: capability?.workaround, services: using.map(\.product),
                        note: fact?.provenance.note, needed: Double(needed), available: value))
            case .number(let value, confirmed: false):
                gaps.append(
                    FeatureGap(
                        capability: id, status: .toVerify, name: capability?.name,
                        workaround: capability?.workaround, services: using.map(\.product),
                        note: fact?.provenance.note, needed: Double(needed), available: value))
            default:
                gaps.append(
                    FeatureGap(
                        capability: id, status: .toVerify, name: capability?.name,
                        workaround: capability?.workaround, services: using.map(\.product),
                        note: fact?.provenance.note, needed: Double(needed)))
            }
        }
        return gaps
    }

    /// The inventory's must and want capabilities that the catalog does not know or cannot
    /// confirm for the target: musts first, each in inventory order, without repeats.
    static func vendorQuestions(inventory: Inventory, catalog: Catalog, target: Product) -> [VendorQuestion] {
        var questions: [VendorQuestion] = []
        func knowledge(_ id: String) -> VendorQuestion.Knowledge? {
            switch Self.knowledge(of: id, in: target) {
            case .unknown: return .unknown
            case .unconfirmed, .number(_, confirmed: false): return .unconfirmed
            default: return nil
            }
        }
        for must in inventory.requirements.must where !questions.contains(where: { $0.capability == must.capability }) {
            guard let known = knowledge(must.capability) else { continue }
            questions.append(
                VendorQuestion(
                    capability: must.capability, origin: .must, knowledge: known,
                    requirement: must.expression, name: catalog.capability(must.capability)?.name))
        }
        for want in inventory.requirements.want where !questions.contains(where: { $0.capability == want.capability }) {
            guard let known = knowledge(want.capability) else { continue }
            questions.append(
                VendorQuestion(
                    capability: want.capability, origin: .want, knowledge: known,
                    weight: want.weight, name: catalog.capability(want.capability)?.name))
        }
        return questions
    }
}
