import Foundation
import PlannerCore

/// Where the command writes: results to stdout, diagnostics to stderr, colour only when the
/// stream is a terminal and `NO_COLOR` is not set. (Three ANSI codes do not justify a
/// dependency with global mutable state such as Rainbow's `enabled` switch.)
enum Console {
    /// True when `fd` is a terminal and the user has not asked for no colour.
    static func wantsColour(_ fd: Int32) -> Bool {
        isatty(fd) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// True when stdout is a terminal (progress lines, table colours).
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Writes text to stdout, adding a final newline when missing.
    static func out(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    /// Writes a line to stderr.
    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints diagnostics to stderr, one per line, `error`/`warning` coloured on a terminal.
    static func report(_ diagnostics: [Diagnostic]) {
        let colour = wantsColour(2)
        for diagnostic in diagnostics {
            var line = diagnostic.description
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
