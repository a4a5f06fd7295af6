import Synchronization

/// Template texts compiled when each is first rendered, then kept: the storage of
/// ``CompiledTemplates/init(onDemand:)``. Shared by the threads that render with it, so the
/// compiled templates sit behind a lock.
final class OnDemandTemplates: Sendable {
    /// The templates' names and files, by position.
    private let files: [(name: String, text: String)]
    /// The position of each template by name, to resolve partials.
    private let index: [String: Int]
    /// The templates compiled so far, by position.
    private let compiled = Mutex<[Int: [MustacheNode]]>([:])

    /// `files` in position order; `index` gives each name's position.
    init(files: [(name: String, text: String)], index: [String: Int]) {
        self.files = files
        self.index = index
    }

    /// The nodes of the template at a position, compiled on the first call; none when its
    /// text does not parse.
    func nodes(_ position: Int) -> [MustacheNode] {
        if let nodes = compiled.withLock({ $0[position] }) { return nodes }
        // Compiled outside the lock: two threads may both compile a template the first time,
        // and both get the same nodes.
        let index = self.index
        let text = TemplateSet.renderedText(files[position].name, files[position].text)
        let nodes = ((try? MustacheParser.parse(text))?.nodes ?? []).map { $0.compiled { index[$0] } }
        compiled.withLock { $0[position] = nodes }
        return nodes
    }
}
