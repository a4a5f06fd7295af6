import Mustache
import PlannerCore

/// How much text one render may still produce, counted while swift-mustache renders, so that
/// a template that would write gigabytes (loops nested in loops over the plan's lists) stops
/// early instead of filling memory.
///
/// swift-mustache gives no hook into its output, so the budget counts what it can see: each
/// value printed costs its length, and each time a section may render (an element of a list,
/// a true flag, an object or a value) costs the largest own text of a section of that key
/// (its text without the sections inside it, with the partials it includes, measured when the
/// templates were loaded; see ``TemplateGraph``). The estimate errs on the high side. Once the
/// budget is spent, every key reads as missing and every list as ended, so the render
/// finishes at once; the caller then refuses the plan.
final class RenderBudget {
    /// The most the estimate may reach.
    let limit: Int
    /// The cost of one element of a list, by the key of the section that repeats it.
    let costs: [String: Int]
    /// The cost of an element of a list whose key no section names.
    let fallbackCost: Int
    /// The estimate so far.
    private(set) var spent = 0

    /// True once the estimate passed the limit.
    var exceeded: Bool { spent > limit }

    init(limit: Int, costs: [String: Int], fallbackCost: Int) {
        self.limit = limit
        self.costs = costs
        self.fallbackCost = fallbackCost
    }

    /// Adds `bytes` to the estimate; false once the limit is passed.
    @discardableResult
    func charge(_ bytes: Int) -> Bool {
        let (sum, overflow) = spent.addingReportingOverflow(max(0, bytes))
        spent = overflow ? Int.max : sum
        return !exceeded
    }

    /// The value of a key as swift-mustache reads it, with the budget carried into objects
    /// and lists; nil once the budget is spent.
    func value(_ data: TemplateData, key: String) -> Any? {
        guard !exceeded else { return nil }
        // What a section of this key renders when the value makes it show.
        let section = costs[key] ?? 0
        switch data {
        case .null: return TemplateValue.null
        case .text(let text):
            return charge(text.utf8.count + (text.isEmpty ? 0 : section)) ? text : nil
        case .flag(let flag):
            return flag && !charge(section) ? nil : flag
        case .number(let number):
            return charge(20) ? number : nil
        case .value(let value):
            return charge(value.longestText + (value.isNull ? 0 : section)) ? value : nil
        case .object(let object):
            return charge(section) ? BudgetedObject(object: object, budget: self) : nil
        case .list(let list): return BudgetedList(list: list, cost: costs[key] ?? fallbackCost, budget: self)
        }
    }
}

/// A view-model object whose keys are read within a budget.
struct BudgetedObject: MustacheParent, CustomStringConvertible {
    let object: any TemplateObject
    let budget: RenderBudget

    func child(named name: String) -> Any? {
        guard let data = object.data(for: name) else { return nil }
        return budget.value(data, key: name)
    }

    /// `{{.}}` of an object prints nothing (not a dump of the view model).
    var description: String { "" }
}

/// A list a section repeats over, each element charged before it is rendered.
struct BudgetedList: MustacheSequence, MustacheTransformable, CustomStringConvertible {
    let list: any TemplateList
    /// What one element costs.
    let cost: Int
    let budget: RenderBudget
    /// The positions, in the order they are rendered.
    var indices: [Int]

    init(list: any TemplateList, cost: Int, budget: RenderBudget, indices: [Int]? = nil) {
        self.list = list
        self.cost = cost
        self.budget = budget
        self.indices = indices ?? Array(0..<list.count)
    }

    struct Iterator: IteratorProtocol {
        let list: BudgetedList
        var position = 0

        mutating func next() -> Any? {
            guard position < list.indices.count, list.budget.charge(list.cost) else { return nil }
            defer { position += 1 }
            return list.budget.value(list.list.item(list.indices[position]), key: "")
        }
    }

    func makeIterator() -> Iterator { Iterator(list: self) }

    /// swift-mustache's list transforms: `first`, `last`, `reversed`, `count`, `empty`.
    func transform(_ name: String) -> Any? {
        switch name {
        case "first": return indices.first.flatMap { budget.value(list.item($0), key: "") }
        case "last": return indices.last.flatMap { budget.value(list.item($0), key: "") }
        case "reversed": return BudgetedList(list: list, cost: cost, budget: budget, indices: indices.reversed())
        case "count": return indices.count
        case "empty": return indices.isEmpty
        default: return nil
        }
    }

    /// `{{list}}` prints nothing (not a dump of its elements).
    var description: String { "" }
}

extension TemplateValue {
    /// The longest text `{{x}}` or `{{x.detail}}` can print.
    var longestText: Int {
        max(text.utf8.count, details.longestText)
    }
}
