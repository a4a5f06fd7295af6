import Dispatch
import Synchronization

extension Array {
    /// `transform` applied to every element on all cores (Dispatch's `concurrentPerform`, the
    /// calling thread taking part), the results in the elements' order.
    ///
    /// For a few dozen independent pieces of CPU work, such as the catalog's files: starting
    /// `plan` is waiting on one core for work the second could share. The order of the
    /// results, and so of anything merged from them, does not depend on the threads.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] where Element: Sendable {
        guard count > 1 else { return map(transform) }
        let results = Mutex([T?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = transform(self[index])
            results.withLock { $0[index] = value }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
