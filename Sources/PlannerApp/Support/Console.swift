import PlannerCore
import PlannerRender

/// Where a command writes: results to stdout, diagnostics to stderr, colour only when the
/// stream is a terminal and `NO_COLOR` is not set, text laid out for the stream's width.
/// (Three ANSI codes do not justify a dependency with global mutable state such as Rainbow's
/// `enabled` switch.)
struct Console: Sendable {
    /// The streams.
    let io: ConsoleIO

    /// True when stdout is a terminal and colour is allowed (table colours).
    var colourOnStdout: Bool { io.wantsColour(.standardOutput) }

    /// The columns that results are laid out in (``ConsoleIO/layoutWidth(_:)`` of stdout).
    var width: Int { io.layoutWidth(.standardOutput) }

    /// Writes text to stdout, adding a final newline when missing.
    func out(_ text: String) {
        io.write(text.hasSuffix("\n") ? text : text + "\n", .standardOutput)
    }

    /// Writes a message in words to stdout (an OK line, what was written): on a stream of
    /// known width, a long one continues on lines indented by two spaces.
    func say(_ text: String) {
        guard let width = io.knownWidth(.standardOutput) else {
            return out(text)
        }
        out(TextWrap.fold(text, width: width, hanging: 2))
    }

    /// Writes text to stdout as it is.
    func write(_ text: String) {
        io.write(text, .standardOutput)
    }

    /// Writes a line to stderr.
    func err(_ text: String) {
        io.write(text + "\n", .standardError)
    }

    /// Prints diagnostics to stderr, one per line, `error`/`warning` coloured on a terminal.
    /// When stderr's width is known (a terminal, or `COLUMNS`), a long one continues on
    /// indented lines within it; to a pipe or a file each stays on one line, the form that
    /// editors and CI logs parse.
    func report(_ diagnostics: [Diagnostic]) {
        let colour = io.wantsColour(.standardError)
        let width = io.knownWidth(.standardError)
        for diagnostic in diagnostics {
            var line = diagnostic.description
            if let width { line = TextWrap.fold(line, width: width, hanging: 4) }
            if colour {
                let label = "\(diagnostic.severity.rawValue):"
                let code = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
                if let range = line.range(of: " \(label) ") {
                    line.replaceSubrange(range, with: " \(code)\(label)\u{1B}[0m ")
                } else if line.hasPrefix(label) {
                    line = code + label + "\u{1B}[0m" + line.dropFirst(label.count)
                }
            }
            err(line)
        }
    }
}
