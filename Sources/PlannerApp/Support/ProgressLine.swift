import PlannerCore

/// A progress line on stderr (`generating 120/1000`), only on a terminal, redrawn with `\r`
/// at most every 100 ms. Used from the command's task only.
final class ProgressLine {
    private let total: Int
    private let console: Console
    private var done = 0
    private var shown = false
    private var last = ContinuousClock.now
    private let enabled: Bool

    init(total: Int, console: Console) {
        self.total = total
        self.console = console
        enabled = total > 1 && console.io.isTerminal(.standardError)
    }

    func advance() {
        done += 1
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - last >= .milliseconds(100) || done == total else { return }
        last = now
        console.io.write("\rgenerating \(done)/\(total)", .standardError)
        shown = true
    }

    func clear() {
        guard shown else { return }
        console.io.write("\r\u{1B}[K", .standardError)
        shown = false
    }
}
