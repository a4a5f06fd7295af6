/// The syntax of a must-requirement as an inventory writes it: `ID`, `ID >= N` or `ID <= N`.
/// Parsing only splits the text; whether the id exists and has the right kind (a bare id
/// needs a bool capability, a comparison a number one) is the loader's check, because only
/// the catalog knows.
extension MustRequirement {
    /// Why a text is not a must-expression; `message` completes "requirements.must[0]: …".
    public struct SyntaxError: Error, Sendable, Equatable {
        /// The problem in words, with the grammar.
        public let message: String
    }

    /// The one-line reminder of the grammar, added to every syntax error.
    public static let grammar = "expected ID, 'ID >= N' or 'ID <= N'"

    /// Splits `text` into id, operator and number. Spaces around the operator are optional.
    public static func parse(_ text: String) -> Result<MustRequirement, SyntaxError> {
        let trimmed = text.trimmingWhitespace()
        let shown = YAMLReader.quoted(trimmed)
        guard !trimmed.isEmpty else { return .failure(SyntaxError(message: "empty requirement; \(grammar)")) }
        guard let operatorStart = trimmed.firstIndex(where: isOperatorCharacter) else {
            guard isIdentifier(trimmed) else {
                return .failure(SyntaxError(message: "\(shown) is not a capability id; \(grammar)"))
            }
            return .success(MustRequirement(capability: trimmed, comparison: .isTrue))
        }
        let id = String(trimmed[..<operatorStart]).trimmingWhitespace()
        let afterID = trimmed[operatorStart...]
        let operatorText = String(afterID.prefix(while: isOperatorCharacter))
        let rest = String(afterID.dropFirst(operatorText.count)).trimmingWhitespace()
        guard !id.isEmpty, isIdentifier(id) else {
            return .failure(SyntaxError(message: "\(shown) does not start with a capability id; \(grammar)"))
        }
        guard operatorText == ">=" || operatorText == "<=" else {
            return .failure(
                SyntaxError(
                    message: "unsupported comparison '\(operatorText)' in \(shown); only >= and <= are accepted"))
        }
        guard let value = Double(rest.replacingUnderscores()), value.isFinite, isPlainNumber(rest) else {
            let found = rest.isEmpty ? "nothing" : YAMLReader.quoted(rest)
            return .failure(SyntaxError(message: "expected a number after '\(operatorText)', found \(found)"))
        }
        return .success(
            MustRequirement(capability: id, comparison: operatorText == ">=" ? .atLeast(value) : .atMost(value)))
    }

    /// Characters that start a comparison, including the ones people type by mistake
    /// (`>`, `=`, `≥`), so that those get a precise message instead of "not an id".
    private static func isOperatorCharacter(_ character: Character) -> Bool {
        ["<", ">", "=", "!", "≥", "≤"].contains(character)
    }

    /// A dotted capability id as the catalog writes them: letters, digits, `_`, `.` and `-`.
    private static func isIdentifier(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "_" || scalar == "." || scalar == "-"
        }
    }

    /// Digits with an optional sign, point, exponent and `_` separators: refuses what
    /// `Double.init` accepts but a person would not write (`nan`, `inf`, `0x10`).
    private static func isPlainNumber(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            ("0"..."9").contains(scalar) || ["+", "-", ".", "_", "e", "E"].contains(scalar)
        }
    }
}
