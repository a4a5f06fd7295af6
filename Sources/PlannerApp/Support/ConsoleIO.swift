import Foundation
import PlannerCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The streams a run of `plan` reads and writes, and what it may know about them: whether each
/// is a terminal (progress lines, colour), how wide it is (tables and wrapped text), and
/// whether the user asked for no colour. The program passes ``standard``; a test passes a
/// ``ConsoleBuffer``'s, to read what a command printed.
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
    /// The width in columns of each stream whose width is known: `COLUMNS` when set, else the
    /// terminal's own. A stream without one (a pipe or a file, no `COLUMNS`) is laid out for
    /// ``defaultWidth`` columns, as `plan` always did, so piped output does not change.
    public var widths: [Stream: Int]
    /// Reads standard input, at most `limit` bytes plus one (so that a reader can tell that
    /// the input is over its limit); nil when it cannot be read. For `plan validate -`.
    public var readInput: @Sendable (_ limit: Int) -> [UInt8]?
    /// The user's language as the locale says (`LC_ALL`, `LC_MESSAGES`, `LANG`), for messages
    /// about an inventory that does not name its own in `plan.language`; nil when the locale
    /// names neither Russian nor English.
    public var messageLanguage: Language?

    /// The width of a stream whose width is unknown.
    public static let defaultWidth = 100
    /// The narrowest layout: a table of nine columns needs about this much.
    public static let minimumWidth = 40

    /// Creates a console over `write`.
    public init(
        write: @escaping @Sendable (String, Stream) -> Void, terminals: Set<Stream> = [], noColour: Bool = false,
        widths: [Stream: Int] = [:], readInput: @escaping @Sendable (Int) -> [UInt8]? = { _ in nil },
        messageLanguage: Language? = nil
    ) {
        self.write = write
        self.terminals = terminals
        self.noColour = noColour
        self.widths = widths
        self.readInput = readInput
        self.messageLanguage = messageLanguage
    }

    /// The language a POSIX locale names: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides (`ru_RU.UTF-8` is Russian, `en_GB` English, `C` neither).
    public static func language(locale environment: [String: String]) -> Language? {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let code = locale?.prefix(while: { $0.isLetter }).lowercased() else { return nil }
        return Language(rawValue: code)
    }

    /// The process's stdin, stdout and stderr; terminals as `isatty` says; `NO_COLOR` and
    /// `COLUMNS` from the environment, else each terminal's width as the kernel reports it.
    public static var standard: ConsoleIO {
        // The five variables read, not the whole environment (`ProcessInfo.environment`
        // builds a dictionary of every variable, at every command's start).
        var environment: [String: String] = [:]
        for name in ["COLUMNS", "NO_COLOR", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        let columns = environment["COLUMNS"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap {
            $0 > 0 ? $0 : nil
        }
        var terminals: Set<Stream> = []
        var widths: [Stream: Int] = [:]
        for (descriptor, stream) in [(Int32(1), Stream.standardOutput), (2, .standardError)] {
            let terminal = isatty(descriptor) == 1
            if terminal { terminals.insert(stream) }
            if let width = columns ?? (terminal ? terminalWidth(descriptor) : nil) { widths[stream] = width }
        }
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return ConsoleIO(
            write: { text, stream in
                let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data(text.utf8))
            },
            terminals: terminals, noColour: noColour, widths: widths,
            readInput: { limit in
                do {
                    return Array(try FileHandle.standardInput.read(upToCount: limit + 1) ?? Data())
                } catch {
                    return nil
                }
            },
            messageLanguage: language(locale: environment))
    }

    /// The width the kernel reports for the terminal on `descriptor`, or nil.
    private static func terminalWidth(_ descriptor: Int32) -> Int? {
        var size = winsize()
        let status = ioctl(descriptor, UInt(TIOCGWINSZ), &size)
        return status == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    }

    /// True when `stream` is a terminal.
    public func isTerminal(_ stream: Stream) -> Bool { terminals.contains(stream) }

    /// True when `stream` is a terminal and the user has not asked for no colour.
    public func wantsColour(_ stream: Stream) -> Bool { isTerminal(stream) && !noColour }

    /// The columns to lay text out in on `stream`: its known width, else ``defaultWidth``;
    /// never under ``minimumWidth``.
    public func layoutWidth(_ stream: Stream) -> Int {
        knownWidth(stream) ?? Self.defaultWidth
    }

    /// The width of `stream` when known (a terminal, or `COLUMNS`), never under
    /// ``minimumWidth``; nil for a pipe or a file without `COLUMNS`, whose lines are left as
    /// they are (one diagnostic per line, for tools).
    public func knownWidth(_ stream: Stream) -> Int? {
        widths[stream].map { max(Self.minimumWidth, $0) }
    }
}

/// Output kept in memory: what a command wrote to stdout and to stderr, for tests and for
/// callers that run `plan` in-process.
public final class ConsoleBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""

    /// Creates an empty buffer.
    public init() {}

    /// A console writing into this buffer, with the given streams reported as terminals, both
    /// streams `width` columns wide when given, `input` as standard input and `language` as
    /// the locale's.
    public func io(
        terminals: Set<ConsoleIO.Stream> = [], noColour: Bool = false, width: Int? = nil, input: [UInt8]? = nil,
        language: Language? = nil
    ) -> ConsoleIO {
        ConsoleIO(
            write: { [self] in append($0, to: $1) }, terminals: terminals, noColour: noColour,
            widths: width.map { [.standardOutput: $0, .standardError: $0] } ?? [:],
            readInput: { limit in input.map { Array($0.prefix(limit + 1)) } }, messageLanguage: language)
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
