/// One problem found in an input, printed as `FILE:LINE:COL: error: MESSAGE`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad a problem is: an error makes the input invalid, a warning does not.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// Where the problem is; nil only for problems that belong to no file.
    public var location: SourceLocation?
    /// What is wrong, naming the field path, and what would be right.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// An error at a location.
    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    /// A warning at a location.
    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// `FILE:LINE:COL: error: MESSAGE`, the form editors and CI logs understand. The file and
    /// the message may quote what a file holds, so terminal controls and bidirectional
    /// overrides are written out (see ``TerminalText``): a diagnostic is always one inert line.
    public var description: String {
        let message = TerminalText.safe(message)
        guard let location else { return "\(severity.rawValue): \(message)" }
        return
            "\(TerminalText.safe(location.file)):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in file order (file, line, column), errors before warnings at one place,
    /// so output is the same on every run.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let la = a.element.location
            let lb = b.element.location
            if la != lb {
                guard let la else { return true }
                guard let lb else { return false }
                return la < lb
            }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// Thrown by a loader when its input is invalid; carries every problem found.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// All problems, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates the error.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedByLocation()
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
