import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The streams a run of `plan` writes to, and what it may know about them: whether each is a
/// terminal (progress lines, colour) and whether the user asked for no colour. The program
/// passes ``standard``; a test passes a ``ConsoleBuffer``'s, to read what a command printed.
public struct ConsoleIO: Sendable {
    /// One of the two output streams.
    public enum Stream: Sendable, Hashable {
        /// Results.
        case standardOutput
        /// Diagnostics and progress.
        case standardError
    }

    /// Writes text to a stream as it is (no newline added).
    public var write: @Sendable (String, Stream) -> Void
    /// The streams that are terminals.
    public var terminals: Set<Stream>
    /// True when `NO_COLOR` is set to a non-empty value: no colour even on a terminal.
    public var noColour: Bool

    /// Creates a console over `write`.
    public init(
        write: @escaping @Sendable (String, Stream) -> Void, terminals: Set<Stream> = [], noColour: Bool = false
    ) {
        self.write = write
        self.terminals = terminals
        self.noColour = noColour
    }

    /// The process's stdout and stderr; terminals as `isatty` says; `NO_COLOR` from the environment.
    public static var standard: ConsoleIO {
        var terminals: Set<Stream> = []
        if isatty(1) == 1 { terminals.insert(.standardOutput) }
        if isatty(2) == 1 { terminals.insert(.standardError) }
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return ConsoleIO(
            write: { text, stream in
                let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data(text.utf8))
            },
            terminals: terminals, noColour: noColour)
    }

    /// True when `stream` is a terminal.
    public func isTerminal(_ stream: Stream) -> Bool { terminals.contains(stream) }

    /// True when `stream` is a terminal and the user has not asked for no colour.
    public func wantsColour(_ stream: Stream) -> Bool { isTerminal(stream) && !noColour }
}

/// Output kept in memory: what a command wrote to stdout and to stderr, for tests and for
/// callers that run `plan` in-process.
public final class ConsoleBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""

    /// Creates an empty buffer.
    public init() {}

    /// A console writing into this buffer, with the given streams reported as terminals.
    public func io(terminals: Set<ConsoleIO.Stream> = [], noColour: Bool = false) -> ConsoleIO {
        ConsoleIO(write: { [self] in append($0, to: $1) }, terminals: terminals, noColour: noColour)
    }

    /// Everything written to stdout.
    public var stdout: String { locked { out } }

    /// Everything written to stderr.
    public var stderr: String { locked { err } }

    private func append(_ text: String, to stream: ConsoleIO.Stream) {
        locked {
            switch stream {
            case .standardOutput: out += text
            case .standardError: err += text
            }
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
