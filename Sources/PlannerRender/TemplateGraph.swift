import PlannerCore

/// What rendering a template set may cost, for ``RenderBudget``: the text of each template
/// with every partial it includes, and the largest body of a section by the key it reads.
struct TemplateCosts: Sendable {
    /// Template name → its bytes with the partials it includes (a dynamic partial counts as the
    /// largest template it can name).
    var templates: [String: Int] = [:]
    /// Section key → the largest body of a section of that key, partials included.
    var elements: [String: Int] = [:]
    /// The cost of anything not listed: the largest of all.
    var fallback = 0
}

/// The partials of a template set as a graph: which template includes which, checked for
/// cycles (a template that includes itself, directly or through others, would recurse until
/// the stack runs out) and for depth (sections and partials nested through partials), and
/// measured for ``TemplateCosts``.
///
/// A dynamic partial (`{{>*template}}`) may include any template of the folders the view
/// model's `template` keys name: checklist, risk and mitigation sentences.
struct TemplateGraph {
    /// The folders a dynamic partial can include from.
    static let dynamicFolders = [
        TemplateCoverage.checklistFolder + "/", TemplateCoverage.riskFolder + "/",
        TemplateCoverage.mitigationFolder + "/",
    ]

    let scans: [String: TemplateScan]
    let origins: [String: String]
    /// The first cycle or excessive depth found, as an error at the tag that causes it.
    private(set) var problem: Diagnostic?
    /// Templates in an order where every template comes after the ones it includes.
    private var order: [String] = []
    private var depths: [String: Int] = [:]
    private var sizes: [String: Int] = [:]
    private let dynamicTargets: [String]

    init(scans: [String: TemplateScan], origins: [String: String]) {
        self.scans = scans
        self.origins = origins
        dynamicTargets = scans.keys.filter { name in Self.dynamicFolders.contains { name.hasPrefix($0) } }.sorted()
        findOrder()
        guard problem == nil else { return }
        measure()
    }

    /// The templates a tag includes.
    private func targets(of tag: TemplateScan.Tag) -> [String] {
        if tag.dynamic { return dynamicTargets }
        return scans[tag.name] == nil ? [] : [tag.name]
    }

    // MARK: - Cycles

    /// A depth-first walk without recursion (a chain of thousands of partials must not
    /// exhaust this stack either); the first edge back to a template on the path is a cycle.
    private mutating func findOrder() {
        enum State { case onPath, done }
        var state: [String: State] = [:]
        for root in scans.keys.sorted() where state[root] == nil {
            // Each frame: a template, its outgoing edges (tag, target) and the next edge to follow.
            var path: [(name: String, edges: [(TemplateScan.Tag, String)], next: Int)] = []
            path.append((root, edges(of: root), 0))
            state[root] = .onPath
            while let top = path.last {
                if top.next == top.edges.count {
                    state[top.name] = .done
                    order.append(top.name)
                    path.removeLast()
                    continue
                }
                let (tag, target) = top.edges[top.next]
                path[path.count - 1].next += 1
                switch state[target] {
                case .done: continue
                case .onPath:
                    let names = path.map(\.name)
                    let cycle = (names.drop { $0 != target } + [target]).joined(separator: " → ")
                    problem = .error(
                        "template error: partials include each other in a cycle (\(cycle)); a render would never end",
                        at: location(of: tag, in: top.name))
                    return
                case nil:
                    state[target] = .onPath
                    path.append((target, edges(of: target), 0))
                }
            }
        }
    }

    private func edges(of name: String) -> [(TemplateScan.Tag, String)] {
        (scans[name]?.inclusions ?? []).flatMap { tag in targets(of: tag).map { (tag, $0) } }
    }

    private func location(of tag: TemplateScan.Tag, in name: String) -> SourceLocation {
        SourceLocation(file: origins[name] ?? name, line: tag.line, column: tag.column)
    }

    // MARK: - Depth and size

    /// Depth and size of every template, included ones first. A template's size is the text
    /// it renders outside its sections, with the partials included there: each section is
    /// counted when it renders (see ``costs(main:)``).
    private mutating func measure() {
        var deepest: (depth: Int, name: String, tag: TemplateScan.Tag)?
        for name in order {
            guard let scan = scans[name] else { continue }
            var depth = 0
            var deepestTag: TemplateScan.Tag?
            for tag in scan.tags {
                var reach = tag.kind == .opening ? tag.depth + 1 : 0
                if tag.kind == .partial || tag.includes {
                    reach = tag.depth + 1 + (targets(of: tag).compactMap { depths[$0] }.max() ?? 0)
                }
                if reach > depth {
                    depth = reach
                    deepestTag = tag
                }
            }
            depths[name] = depth
            sizes[name] = ownCosts(of: scan).top
            if depth > TemplateSet.maxDepth, let tag = deepestTag, deepest.map({ depth < $0.depth }) ?? true {
                deepest = (depth, name, tag)
            }
        }
        if let deepest {
            problem = .error(
                "template error: sections and partials nest \(deepest.depth) deep from here; the limit is \(TemplateSet.maxDepth)",
                at: location(of: deepest.tag, in: deepest.name))
        }
    }

    /// What a template renders at its top level, and what each of its sections renders once,
    /// each without the sections inside it and with the partials it includes (a dynamic
    /// partial as the largest template it can name). Inverted sections count in full where
    /// they stand: they show when a value is missing, which costs nothing to look up.
    private func ownCosts(of scan: TemplateScan) -> (top: Int, sections: [(key: String, cost: Int)]) {
        let (sections, parentOfSection, parentOfInclusion) = scan.layout()
        var own = sections.map { $0.end - $0.start }
        var top = scan.size
        for (index, section) in sections.enumerated() {
            let span = section.outerEnd - section.outerStart
            if let parent = parentOfSection[index] { own[parent] -= span } else { top -= span }
        }
        for (index, tag) in scan.inclusions.enumerated() {
            let size = targets(of: tag).compactMap { sizes[$0] }.max() ?? 0
            if let parent = parentOfInclusion[index] {
                own[parent] = Self.add(own[parent], size)
            } else {
                top = Self.add(top, size)
            }
        }
        return (top, zip(sections, own).map { ($0.key, $1) })
    }

    /// The costs of rendering, once the graph has no problem: every section's own cost by its
    /// key (the largest where several share a key, at least ``minimumCost``).
    func costs(main: String) -> TemplateCosts {
        var costs = TemplateCosts()
        costs.templates = sizes
        for (_, scan) in scans {
            for (key, cost) in ownCosts(of: scan).sections {
                costs.elements[key] = max(costs.elements[key] ?? Self.minimumCost, cost)
            }
        }
        costs.fallback = max(costs.elements.values.max() ?? 0, sizes[main] ?? 0)
        return costs
    }

    /// The least a section's render is counted: its tags and line breaks, and the time it takes.
    static let minimumCost = 16

    /// A sum that stops at a quarter of `Int.max` instead of overflowing.
    static func add(_ a: Int, _ b: Int) -> Int {
        min(Int.max / 4, a + min(b, Int.max / 4))
    }
}
