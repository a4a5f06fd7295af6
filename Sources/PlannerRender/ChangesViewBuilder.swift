import PlannerCore

extension PlanDocumentBuilder {
    /// "Changes since the last plan" from the diff of the last plan's run to this one. Names
    /// come from the current catalog in the plan's language where it still has them, else
    /// from the run as recorded; every text is escaped.
    func changesView(_ diff: RunDiff) -> ChangesView {
        let category = planCategory
        let leaders = diff.leaders.map(leaderChange)
        let recommendation = diff.leaders.firstIndex { $0.category == category }
        return ChangesView(
            from: values.date(diff.older.asOf),
            to: values.date(diff.newer.asOf),
            sameDate: diff.older.asOf == diff.newer.asOf,
            inventoryChanged: diff.inventoryChanged,
            catalogChanged: diff.catalogChanged,
            toolChanged: diff.older.toolVersion != diff.newer.toolVersion,
            recommendation: recommendation.map { leaders[$0] },
            leaders: Listed.list(leaders.enumerated().filter { $0.offset != recommendation }.map(\.element)),
            rules: Listed.list(diff.rules.map { ruleChange($0, diff: diff) }),
            statuses: Listed.list(diff.statuses.map(statusChange)),
            blockers: Listed.list(
                diff.blockers.map { change in
                    BlockerChangeView(
                        id: esc(change.productID), name: changedProductName(change.productID, change.name),
                        added: Listed.list(change.added.map { blocker($0, product: change.productID, current: true) }),
                        removed: Listed.list(
                            change.removed.map { blocker($0, product: change.productID, current: false) }))
                }),
            ranks: Listed.list(
                diff.ranks.map {
                    RankChangeView(
                        id: esc($0.productID), name: changedProductName($0.productID, $0.name),
                        from: values.count($0.from), to: values.count($0.to), up: $0.to < $0.from)
                }),
            scores: Listed.list(scoreChanges(diff.scores)),
            costs: Listed.list(diff.costs.map(costChange)),
            facts: Listed.list(diff.facts.map(factChange)),
            noOutcomeChange: diff.hasNoOutcomeChanges)
    }

    /// The category the plan recommends in: the target's, else the first service's in use.
    var planCategory: String? {
        if let target = plan.target, let product = catalog.product(target.id) { return product.category }
        return inventory.services.lazy.compactMap { self.catalog.product($0.product)?.category }.first
            ?? assessment.categories.first
    }

    /// A product's name from the catalog, else as the run recorded it; escaped.
    func changedProductName(_ id: String, _ recorded: String) -> String {
        if let product = catalog.product(id) { return esc(product.name(in: values.language)) }
        return esc(recorded.isEmpty ? id : recorded)
    }

    func leaderChange(_ change: RunDiff.LeaderChange) -> LeaderChangeView {
        func name(_ id: String?, _ recorded: String?) -> NameView? {
            id.map { NameView(id: esc($0), name: changedProductName($0, recorded ?? "")) }
        }
        return LeaderChangeView(
            category: esc(change.category), from: name(change.fromProductID, change.fromName),
            to: name(change.toProductID, change.toName))
    }

    func ruleChange(_ change: RunDiff.RuleChange, diff: RunDiff) -> RuleChangeView {
        let rule = catalog.rules.first { $0.id == change.ruleID }
        let kind: String
        var date: CalendarDate?
        let older = diff.older.asOf
        let newer = diff.newer.asOf
        /// A catalog date that passed between the two plans (in either direction of time).
        func between(_ day: CalendarDate?) -> CalendarDate? {
            guard let day else { return nil }
            return (older < day && day <= newer) || (newer < day && day <= older) ? day : nil
        }
        switch (change.from, change.to) {
        case (nil, _):
            kind = "came_into_force"
            date = between(rule?.effectiveFrom)
        case (_, nil):
            kind = "left"
            date = between(rule?.effectiveUntil)
        default:
            kind = "severity_changed"
            date = rule?.severityChanges.map(\.from).compactMap(between).first
        }
        let recorded = change.title[language]
        let title = rule.map { esc($0.title[language]) } ?? esc(recorded.isEmpty ? change.ruleID : recorded)
        return RuleChangeView(
            id: esc(change.ruleID), title: title, change: choice(kind), from: change.from.map { choice($0.rawValue) },
            to: change.to.map { choice($0.rawValue) }, date: values.date(date))
    }

    func statusChange(_ change: RunDiff.StatusChange) -> StatusChangeView {
        let ranked: (ProductRecord.Status?) -> Bool = { $0?.isRanked ?? false }
        return StatusChangeView(
            id: esc(change.productID), name: changedProductName(change.productID, change.name),
            from: change.from.map { choice($0.rawValue) }, to: change.to.map { choice($0.rawValue) },
            excluded: change.to == .excluded && change.from != .excluded,
            admitted: ranked(change.to) && !ranked(change.from),
            rank: change.rank.map { values.count($0) },
            newBlockers: Listed.list(change.newBlockers.map { blocker($0, product: change.productID, current: true) }),
            liftedBlockers: Listed.list(
                change.liftedBlockers.map { blocker($0, product: change.productID, current: false) }))
    }

    /// A blocker by rule id: a law's title from the catalog; a requirement's capability name
    /// from this plan's assessment when it is `current`, else the capability its recorded reason
    /// names (a run recorded before reasons were codes names none).
    func blocker(_ record: BlockerRecord, product: String, current: Bool) -> BlockerView {
        let kind: RuleCheck.Kind
        var title: String?
        switch record.rule {
        case RuleCheck.requirementID:
            kind = .requirement
            if current {
                let names = (assessment.option(product)?.blockers ?? [])
                    .filter { $0.rule == record.rule }
                    .compactMap(\.capability).map { capability($0).name }
                title = names.isEmpty ? nil : names.joined(separator: ", ")
            }
            if title == nil, case .text(let id)? = record.reason?.parameter("capability") {
                title = capability(id).name
            }
        case RuleCheck.vendorRestrictionID:
            kind = .vendorRestriction
        default:
            kind = .law
            title = catalog.rules.first { $0.id == record.rule }.map { esc($0.title[language]) }
        }
        return BlockerView(rule: esc(record.rule), kind: choice(kind.rawValue), title: title)
    }

    /// One entry per product, its parts in RunDiff's order (total first).
    func scoreChanges(_ changes: [RunDiff.ScoreChange]) -> [ScoreChangeView] {
        var views: [ScoreChangeView] = []
        var parts: [ScorePartChangeView] = []
        for (index, change) in changes.enumerated() {
            parts.append(
                ScorePartChangeView(
                    score: choice(change.score.rawValue), from: values.score(change.from), to: values.score(change.to)))
            if index == changes.count - 1 || changes[index + 1].productID != change.productID {
                views.append(
                    ScoreChangeView(
                        id: esc(change.productID), name: changedProductName(change.productID, change.name),
                        parts: Listed.list(parts)))
                parts = []
            }
        }
        return views
    }

    func costChange(_ change: RunDiff.CostChange) -> CostChangeView {
        var comparison: ComparisonView?
        if let from = change.from, let to = change.to, change.fromCurrency == change.toCurrency {
            comparison = compare(to, against: from, currency: change.toCurrency ?? currency)
        }
        return CostChangeView(
            id: esc(change.productID), name: changedProductName(change.productID, change.name),
            from: change.from.map { values.money($0, change.fromCurrency ?? currency) },
            to: change.to.map { values.money($0, change.toCurrency ?? currency) },
            comparison: comparison)
    }

    // MARK: - Facts

    /// A recorded fact as the plan shows it.
    func factChange(_ change: RunDiff.FactChange) -> FactChangeView {
        FactViews(
            safe: esc, money: { values.money($0, $1).text }, number: { values.number($0).text },
            capabilityName: { id in catalog.capability(id).map { esc($0.name[language]) } }
        ).change(change, id: esc(change.productID), product: changedProductName(change.productID, change.name))
    }
}
