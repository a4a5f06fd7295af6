import Mustache
import PlannerCore

// What loading a template set checks and parses besides compiling: the scan's limits, and
// swift-mustache's parse for a set the own renderer does not read (with its errors placed).

extension TemplateSet {
    /// A scanned template's problems that stop it from being parsed: a delimiter too long to
    /// look for, sections nested too deep, a dynamic partial that reads another key.
    static func problems(of scan: TemplateScan, origin: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let place = scan.longDelimiter {
            problems.append(
                .error(
                    "template error: a set-delimiter tag sets a delimiter longer than \(TemplateScan.maxDelimiter) characters",
                    at: SourceLocation(file: origin, line: place.line, column: place.column)))
        }
        if let tag = scan.firstOpening(deeperThan: maxDepth) {
            problems.append(
                .error(
                    "template error: sections are nested more than \(maxDepth) deep from here (\(scan.depth) at the "
                        + "deepest); the limit is \(maxDepth)",
                    at: SourceLocation(file: origin, line: tag.line, column: tag.column)))
        }
        for tag in scan.inclusions where tag.dynamic && TemplateScan.key(of: tag.name) != dynamicPartialKey {
            problems.append(
                .error(
                    "template error: a dynamic partial may only read the key '\(dynamicPartialKey)' "
                        + "(the name of a checklist, risk or mitigation template), not '\(MarkdownText.singleLine(tag.name))'",
                    at: SourceLocation(file: origin, line: tag.line, column: tag.column)))
        }
        return problems
    }

    /// The templates parsed by swift-mustache, and the parse errors at their places.
    static func parseLibrary(
        _ texts: [String: String], sources: [String: (origin: String, text: String)]
    ) -> (MustacheLibrary, [Diagnostic]) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for name in texts.keys.sorted() {
            guard let text = texts[name], let source = sources[name] else { continue }
            // The added pragma stands on the first line without a line break, so positions
            // in the parsed text are positions in the file (columns on line 1 aside).
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let added = text.count - source.text.count
                let line = error.context.lineNumber
                let column = max(1, line == 1 ? error.context.columnNumber - added : error.context.columnNumber)
                diagnostics.append(
                    .error(
                        "template error: \(Self.describe(error.error))",
                        at: SourceLocation(file: source.origin, line: line, column: column)))
            } catch {
                diagnostics.append(.error("template error: \(error)", at: .start(of: source.origin)))
            }
        }
        return (library, diagnostics)
    }
}
