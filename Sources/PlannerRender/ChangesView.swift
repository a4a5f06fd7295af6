import PlannerCore

// The view model of "Changes since the last plan": what `RunDiff` found between the last plan
// with other inputs and this one, formatted for the plan's language. Like the rest of the
// view model: ids, flags, formatted values and escaped text, no sentences, no run ids and
// nothing that depends on when the plan was generated. Built in ChangesViewBuilder.swift.

/// What changed since the last plan (`changes`; absent on a first plan).
public struct ChangesView: TemplateObject {
    /// The as-of date of the last plan and of this one.
    public var from: TemplateValue
    public var to: TemplateValue
    /// Both plans have the same as-of date.
    public var sameDate: Bool
    /// Which inputs differ: the inventory, the catalog, the version of `plan`.
    public var inventoryChanged: Bool
    public var catalogChanged: Bool
    public var toolChanged: Bool
    /// The recommendation of the plan's category changed.
    public var recommendation: LeaderChangeView?
    /// Other categories whose first-ranked product changed.
    public var leaders: [Listed<LeaderChangeView>]
    /// Rules that came into force, left it or changed severity, by id.
    public var rules: [Listed<RuleChangeView>]
    /// Products excluded, admitted, new in or gone from the comparison.
    public var statuses: [Listed<StatusChangeView>]
    /// Products excluded in both plans whose blocking rules changed.
    public var blockers: [Listed<BlockerChangeView>]
    /// Products ranked in both plans at another place.
    public var ranks: [Listed<RankChangeView>]
    /// Score changes of at least 0.1, one entry per product.
    public var scores: [Listed<ScoreChangeView>]
    /// Three-year costs that changed.
    public var costs: [Listed<CostChangeView>]
    /// Prices, quotes and catalog facts that changed.
    public var facts: [Listed<FactChangeView>]
    /// The inputs differ, but nothing the plan shows changed.
    public var noOutcomeChange: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "from": return .of(from)
        case "to": return .of(to)
        case "sameDate": return .of(sameDate)
        case "inventoryChanged": return .of(inventoryChanged)
        case "catalogChanged": return .of(catalogChanged)
        case "toolChanged": return .of(toolChanged)
        case "recommendation": return .of(recommendation)
        case "leaders": return .of(leaders)
        case "hasLeaders": return .of(!leaders.isEmpty)
        case "rules": return .of(rules)
        case "hasRules": return .of(!rules.isEmpty)
        case "statuses": return .of(statuses)
        case "hasStatuses": return .of(!statuses.isEmpty)
        case "hasEligibility": return .of(!statuses.isEmpty || !blockers.isEmpty)
        case "blockers": return .of(blockers)
        case "hasBlockers": return .of(!blockers.isEmpty)
        case "ranks": return .of(ranks)
        case "hasRanks": return .of(!ranks.isEmpty)
        case "scores": return .of(scores)
        case "hasScores": return .of(!scores.isEmpty)
        case "costs": return .of(costs)
        case "hasCosts": return .of(!costs.isEmpty)
        case "facts": return .of(facts)
        case "hasFacts": return .of(!facts.isEmpty)
        case "noOutcomeChange": return .of(noOutcomeChange)
        default: return nil
        }
    }
}

/// The first-ranked product of a category before and now.
public struct LeaderChangeView: TemplateObject {
    /// The category id (escaped).
    public var category: String
    /// The product ranked first in the last plan; nil when none was ranked.
    public var from: NameView?
    /// The product ranked first now; nil when none is ranked.
    public var to: NameView?
    // Keys besides these: `replaced` (both are known), `lost` (none is ranked now), `found`
    // (none was ranked before).

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "category": return .of(category)
        case "from": return .of(from)
        case "to": return .of(to)
        case "replaced": return .of(from != nil && to != nil)
        case "lost": return .of(from != nil && to == nil)
        case "found": return .of(from == nil && to != nil)
        default: return nil
        }
    }
}

/// A rule that came into force, left it or changed severity.
public struct RuleChangeView: TemplateObject {
    public var id: String
    /// The rule's title in the plan's language from the catalog; the recorded title when the
    /// catalog no longer has the rule. Escaped.
    public var title: String
    /// Flags: `came_into_force`, `left`, `severity_changed`.
    public var change: TemplateValue
    /// Flags `blocker`, `warning`: the severity in the last plan (nil when not in force then)
    /// and now (nil when no longer in force).
    public var from: TemplateValue?
    public var to: TemplateValue?
    /// The date between the two plans on which it happened (entry into force, end, severity
    /// change), from the catalog; nil when the change is not a date passing (the inventory or
    /// the catalog changed).
    public var date: TemplateValue?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "is": return .of(IDMatcher(id))
        case "title": return .of(title)
        case "change": return .of(change)
        case "from": return .of(from)
        case "to": return .of(to)
        case "date": return .of(date)
        default: return nil
        }
    }
}

/// A rule, restriction or requirement that blocks a product (or blocked it).
public struct BlockerView: TemplateObject {
    /// Rule id, `VENDOR-RESTRICTION` or `REQUIREMENT`.
    public var rule: String
    /// Flags: `law`, `vendor_restriction`, `requirement`.
    public var kind: TemplateValue
    /// The rule's title, or a requirement's capability name, in the plan's language (escaped);
    /// nil when unknown (a requirement of the last plan, a rule the catalog no longer has).
    public var title: String?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "rule": return .of(rule)
        case "kind": return .of(kind)
        case "title": return .of(title)
        default: return nil
        }
    }
}

/// A product whose status changed, or that is new in or gone from the comparison.
public struct StatusChangeView: TemplateObject {
    public var id: String
    /// Escaped name.
    public var name: String
    /// Flags `eligible`, `conditional`, `excluded`: before (nil when not compared then) and
    /// now (nil when no longer compared).
    public var from: TemplateValue?
    public var to: TemplateValue?
    /// Excluded now and ranked (or not compared) before.
    public var excluded: Bool
    /// Ranked now and excluded (or not compared) before.
    public var admitted: Bool
    /// The rank now, when ranked.
    public var rank: TemplateValue?
    /// The blockers that exclude it now and did not before.
    public var newBlockers: [Listed<BlockerView>]
    /// The blockers of the last plan that are gone.
    public var liftedBlockers: [Listed<BlockerView>]

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "name": return .of(name)
        case "from": return .of(from)
        case "to": return .of(to)
        case "excluded": return .of(excluded)
        case "admitted": return .of(admitted)
        case "rank": return .of(rank)
        case "newBlockers": return .of(newBlockers)
        case "hasNewBlockers": return .of(!newBlockers.isEmpty)
        case "liftedBlockers": return .of(liftedBlockers)
        case "hasLiftedBlockers": return .of(!liftedBlockers.isEmpty)
        default: return nil
        }
    }
}

/// A product excluded in both plans whose blockers changed.
public struct BlockerChangeView: TemplateObject {
    public var id: String
    public var name: String
    public var added: [Listed<BlockerView>]
    public var removed: [Listed<BlockerView>]

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "name": return .of(name)
        case "added": return .of(added)
        case "hasAdded": return .of(!added.isEmpty)
        case "removed": return .of(removed)
        case "hasRemoved": return .of(!removed.isEmpty)
        default: return nil
        }
    }
}

/// A product ranked in both plans at another place.
public struct RankChangeView: TemplateObject {
    public var id: String
    public var name: String
    public var from: TemplateValue
    public var to: TemplateValue
    /// Moved up (a smaller rank) or down.
    public var up: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "name": return .of(name)
        case "from": return .of(from)
        case "to": return .of(to)
        case "up": return .of(up)
        case "down": return .of(!up)
        default: return nil
        }
    }
}

/// The score changes of one product.
public struct ScoreChangeView: TemplateObject {
    public var id: String
    public var name: String
    /// Total first, then fit, cost, effort, risk.
    public var parts: [Listed<ScorePartChangeView>]

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "name": return .of(name)
        case "parts": return .of(parts)
        default: return nil
        }
    }
}

/// One score of one product before and now.
public struct ScorePartChangeView: TemplateObject {
    /// Flags: `total`, `fit`, `cost`, `effort`, `risk`.
    public var score: TemplateValue
    public var from: TemplateValue
    public var to: TemplateValue

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "score": return .of(score)
        case "from": return .of(from)
        case "to": return .of(to)
        default: return nil
        }
    }
}

/// A product's three-year cost before and now.
public struct CostChangeView: TemplateObject {
    public var id: String
    public var name: String
    /// Money; nil when unknown.
    public var from: TemplateValue?
    public var to: TemplateValue?
    /// The new cost against the old one, when both are known in one currency.
    public var comparison: ComparisonView?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "name": return .of(name)
        case "from": return .of(from)
        case "to": return .of(to)
        case "comparison": return .of(comparison)
        default: return nil
        }
    }
}

/// A price, quote or catalog fact of one product before and now.
public struct FactChangeView: TemplateObject {
    /// The product id and its escaped name.
    public var id: String
    public var product: String
    /// Flags: `cost_annual`, `cost_one_time`, `cost_basis` (the cost the plan uses: a quote,
    /// the current contract or the list price), `price` (a list price of the catalog),
    /// `capability`, `registry`, `vendor_country`, `data_residency`, `certification`, `other`.
    public var kind: TemplateValue
    /// What the fact is about, escaped: the capability's name in the plan's language, the
    /// price plan, the register, the certificate kind; the raw key for `other`.
    public var name: String?
    /// The part of the key after the kind (`ru_software`, `recording.cloud`), as recorded, for
    /// `{{#is.ru_software}}`; empty when the kind has none. `{{subject}}` prints it escaped.
    public var subject: String
    /// The key as recorded (e.g. `capability.recording.cloud`), escaped.
    public var key: String
    /// The value before and now; nil when unknown then or now.
    public var from: FactValueView?
    public var to: FactValueView?

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "id": return .of(id)
        case "product": return .of(product)
        case "kind": return .of(kind)
        case "name": return .of(name)
        case "subject": return .of(MarkdownText.escape(subject))
        case "is": return .of(IDMatcher(subject))
        case "key": return .of(self.key)
        case "from": return .of(from)
        case "to": return .of(to)
        default: return nil
        }
    }
}

/// A recorded fact value, read back for the plan.
public struct FactValueView: TemplateObject {
    /// Flags: `money` (`text` is an amount in the plan's format), `yes`, `no`, `listed`,
    /// `not_listed`, `basis` (see `basis`), `text` (`text` is the recorded value, escaped).
    public var kind: TemplateValue
    /// The value to print for `money` and `text`.
    public var text: String
    /// A price's model: flags `per_user_year`, `per_user_month`, `per_server`,
    /// `per_concurrent`, `free`, as for `inline/price-model`.
    public var model: TemplateValue?
    /// A cost basis: flags `quote`, `current_contract`, `catalog`, `unknown`.
    public var basis: TemplateValue?
    /// A register entry's number.
    public var number: String?
    /// The catalog marks the fact unconfirmed.
    public var unconfirmed: Bool

    public func data(for key: String) -> TemplateData? {
        switch key {
        case "kind": return .of(kind)
        case "text": return .of(text)
        case "model": return .of(model)
        case "basis": return .of(basis)
        case "number": return .of(number)
        case "unconfirmed": return .of(unconfirmed)
        default: return nil
        }
    }
}
