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

    /// Depth and size of every template, included ones first.
    private mutating func measure() {
        var deepest: (depth: Int, name: String, tag: TemplateScan.Tag)?
        for name in order {
            guard let scan = scans[name] else { continue }
            var depth = 0
            var size = scan.size
            var deepestTag: TemplateScan.Tag?
            for tag in scan.tags {
                var reach = tag.kind == .opening ? tag.depth + 1 : 0
                if tag.kind == .partial || tag.includes {
                    let targets = targets(of: tag)
                    reach = tag.depth + 1 + (targets.compactMap { depths[$0] }.max() ?? 0)
                    size = Self.add(size, targets.compactMap { sizes[$0] }.max() ?? 0)
                }
                if reach > depth {
                    depth = reach
                    deepestTag = tag
                }
            }
            depths[name] = depth
            sizes[name] = size
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

    /// The costs of rendering, once the graph has no problem.
    func costs(main: String) -> TemplateCosts {
        var costs = TemplateCosts()
        costs.templates = sizes
        for (_, scan) in scans {
            // Partials included before each offset, by size: a body's partials are a difference
            // (in Double, which does not overflow; the sizes are estimates anyway).
            let inclusions = scan.inclusions
            var before: [Double] = [0]
            for tag in inclusions {
                before.append(before[before.count - 1] + Double(targets(of: tag).compactMap { sizes[$0] }.max() ?? 0))
            }
            for body in scan.bodies {
                let first = Self.firstIndex(in: inclusions, atOrAfter: body.start)
                let end = Self.firstIndex(in: inclusions, atOrAfter: body.end)
                let cost = Self.add(body.end - body.start, Int(saturating: before[end] - before[first]))
                costs.elements[body.key] = max(costs.elements[body.key] ?? 0, cost)
            }
        }
        costs.fallback = max(costs.elements.values.max() ?? 0, sizes[main] ?? 0)
        return costs
    }

    /// The index of the first tag starting at or after `offset` (tags are in offset order).
    private static func firstIndex(in tags: [TemplateScan.Tag], atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tags.count
        while low < high {
            let middle = (low + high) / 2
            if tags[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// A sum that stops at a quarter of `Int.max` instead of overflowing.
    static func add(_ a: Int, _ b: Int) -> Int {
        min(Int.max / 4, a + min(b, Int.max / 4))
    }
}
