/// A problem found in a previous `plan.md` that keeps it from being overwritten: where it is
/// (1-based line and column) and what is wrong.
public struct PlanProblem: Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in characters.
    public var column: Int
    /// What is wrong and what to do about it.
    public var message: String

    /// Creates a problem.
    public init(line: Int, column: Int = 1, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// Every problem that keeps a previous plan from being overwritten, in line order.
public struct PlanProblems: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, each at its place.
    public var problems: [PlanProblem]

    /// Creates the error.
    public init(_ problems: [PlanProblem]) {
        self.problems = problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// The text of a previous plan, from its bytes. A plan is UTF-8 with LF line endings; what
/// an editor may quietly make of it is either read as meant (a UTF-8 byte-order mark, CRLF
/// line endings) or refused with its place: another encoding (Windows-1251, UTF-16), a NUL,
/// a line ending of CR alone, or a Unicode line or paragraph separator (U+2028, U+2029,
/// U+0085), which an editor shows as a line break and a Markdown reader does not. Reading
/// such a file as text would turn its bytes into U+FFFD or hide its keep markers, and the
/// plan written over it would lose the organization's text.
public enum PlanText {
    /// The text, or every kind of problem at its first place.
    public static func decode(_ bytes: [UInt8]) -> Result<String, PlanProblems> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(PlanProblems([PlanProblem(line: 1, message: "the file is UTF-16 text: save it as UTF-8")]))
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if !hasSuspectBytes(body), let text = String(validating: body, as: UTF8.self) {
            return .success(text)  // The usual case: nothing to look at scalar by scalar.
        }
        return slowDecode(body)
    }

    /// True when the bytes hold a NUL, a CR, or the UTF-8 of U+2028, U+2029 or U+0085.
    private static func hasSuspectBytes(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x00, 0x0D: return true
            case 0xE2 where index + 2 < bytes.count:
                if bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return true }
            case 0xC2 where index + 1 < bytes.count:
                if bytes[index + 1] == 0x85 { return true }
            default: break
            }
            index += 1
        }
        return false
    }

    /// Decodes scalar by scalar, keeping the position of each problem.
    private static func slowDecode(_ bytes: [UInt8]) -> Result<String, PlanProblems> {
        var problems: [String: PlanProblem] = [:]
        func report(_ kind: String, _ line: Int, _ column: Int, _ message: String) {
            if problems[kind] == nil { problems[kind] = PlanProblem(line: line, column: column, message: message) }
        }
        var scalars = String.UnicodeScalarView()
        var line = 1
        var column = 1
        var pendingCR: (line: Int, column: Int)?
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .emptyInput: break decoding
            case .error:
                report(
                    "encoding", line, column,
                    "the file is not UTF-8 text (saved in Windows-1251 or another encoding?): save it as UTF-8")
                column += 1
            case .scalarValue(let scalar):
                if let cr = pendingCR {
                    pendingCR = nil
                    if scalar != "\n" { reportLoneCR(cr, report) }
                }
                switch scalar {
                case "\n":
                    scalars.append(scalar)
                    line += 1
                    column = 1
                    continue decoding
                case "\r":
                    pendingCR = (line, column)  // CRLF is read as LF; CR alone is refused.
                case "\u{0}":
                    report(
                        "nul", line, column,
                        "the file holds a NUL character (UTF-16 without a byte-order mark?): save it as UTF-8 text")
                case "\u{2028}", "\u{2029}", "\u{85}":
                    let name =
                        scalar == "\u{2028}"
                        ? "LINE SEPARATOR" : scalar == "\u{2029}" ? "PARAGRAPH SEPARATOR" : "NEXT LINE"
                    let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                    report(
                        "separator", line, column,
                        "the file holds a \(name) (\(code)), which an editor shows as a line break and Markdown does not: "
                            + "replace it with a line break")
                    scalars.append(scalar)
                default:
                    scalars.append(scalar)
                }
                column += 1
            }
        }
        if let cr = pendingCR { reportLoneCR(cr, report) }
        guard problems.isEmpty else {
            return .failure(PlanProblems(Array(problems.values)))
        }
        return .success(String(scalars))
    }

    private static func reportLoneCR(
        _ place: (line: Int, column: Int), _ report: (String, Int, Int, String) -> Void
    ) {
        report(
            "cr", place.line, place.column,
            "a line ends with CR alone (old Mac OS line endings): save the file with LF or CRLF line endings")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
