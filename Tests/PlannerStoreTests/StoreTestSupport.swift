import Foundation
import PlannerCore
import TestSupport

@testable import PlannerStore

/// Collects values from several threads.
final class Collector<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Value] = []

    func append(_ value: Value) {
        lock.lock()
        items.append(value)
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

/// Runs `body` on `count` threads at once (real threads, so eight connections contend
/// even on a two-core machine), waits for all, and returns the wall time in seconds.
@discardableResult
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> Double {
    let group = DispatchGroup()
    let start = DispatchSemaphore(value: 0)
    for index in 0..<count {
        group.enter()
        Thread.detachNewThread {
            start.wait()
            body(index)
            group.leave()
        }
    }
    let clock = ContinuousClock()
    let began = clock.now
    for _ in 0..<count { start.signal() }
    group.wait()
    return seconds(clock.now - began)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
