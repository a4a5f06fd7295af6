import Foundation
import Mustache
import PlannerCore
import PlannerResources

/// The Mustache templates of one language, parsed once per run and shared by every plan of
/// that run (the set is `Sendable`). The shipped templates come from `Templates/<lang>/`
/// inside the binary; `--templates DIR` layers the user's `DIR/<lang>/*.mustache` on top, by
/// name, so a user copies and changes only the files they want (a missing file falls back to
/// the shipped one). A template's name is its path below `<lang>/` without `.mustache`
/// (`plan`, `partials/options`), and a partial is included by that name (`{{> partials/options}}`).
public struct TemplateSet: Sendable {
    /// The language of the templates.
    public let language: Language
    /// Where each template was read from, by name: `Templates/ru/plan.mustache` for a shipped
    /// one, the file's path for a user's.
    public let origins: [String: String]
    /// The checklist ids, risk kinds and mitigation ids the templates have words for.
    public let coverage: TemplateCoverage
    /// The templates compiled for the set's own renderer; nil when a template uses what only
    /// swift-mustache reads (see ``MustacheParser``).
    private let compiled: CompiledTemplates?
    /// The templates as parsed by swift-mustache, by name, when ``compiled`` is nil (or the
    /// tests ask for swift-mustache).
    private let library: MustacheLibrary?
    /// What rendering with swift-mustache may cost (see ``RenderBudget``): the main template
    /// with its partials, and one element of a list by the key of its section. The own
    /// renderer counts the bytes it writes instead.
    private let costs: TemplateCosts

    /// Which renderer a set uses.
    enum Engine: Sendable {
        /// The set's own (``CompiledTemplates``), unless a template needs swift-mustache.
        case compiled
        /// The set's own, each template checked and compiled when first rendered: only for
        /// shipped templates, which the tests load with ``compiled`` (so every check the load
        /// makes has been made).
        case onDemand
        /// swift-mustache, for every template: the reference the tests compare with.
        case swiftMustache
    }

    /// The template a plan is rendered from.
    public static let mainTemplate = "plan"

    /// The pragma that makes Mustache print values as they are, not HTML-escaped: every shipped
    /// template starts with it, and a user template without it gets it added in front (it does
    /// not carry into partials, and escaping is already done by `MarkdownText`).
    public static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    /// Templates under `inline/` (or a folder's `inline/`, `procurement/inline/`) are phrases
    /// used inside a line (`{{> inline/phase-name}}`): their files' final newlines are dropped.
    public static let inlinePrefix = "inline/"

    /// Templates under `checklist/` are one `- [ ] …` line each, which the item partial ends
    /// with the task's id: their files' final newlines are dropped too.
    public static let checklistPrefix = "checklist/"

    /// The largest template file read (1 MiB).
    public static let maxTemplateBytes = 1 << 20

    /// The deepest sections (with inverted sections, parents and blocks) may nest in one
    /// template, and through partials from the main template: swift-mustache parses and
    /// renders each level with a call of its own, so this bounds the stack a render uses.
    public static let maxDepth = 100

    /// The key a dynamic partial (`{{>*key}}`) may read: the view model's `template` keys name
    /// a checklist, risk or mitigation template, so a dynamic partial includes one of those
    /// folders' templates and nothing else (see ``TemplateGraph``).
    public static let dynamicPartialKey = "template"

    /// The names of the shipped templates of a language, sorted.
    public static func shippedNames(_ language: Language) -> [String] {
        shipped(language).map(\.name)
    }

    /// Loads the shipped templates of `language` and, when `userDirectory` is given, the user's
    /// copies in `userDirectory/<lang>/` over them. Every problem (an unreadable file, a parse
    /// error with its line and column, a partial that does not exist) is reported at once.
    ///
    /// `folders` keeps only the templates whose names start with one of its prefixes
    /// (`["inline/", "report/"]`): a report that renders phrases and reasons need not parse
    /// the plan's templates, and a command's start-up is mostly that parsing. Such a set has
    /// no main template, and a partial it includes must be in the same folders. Without
    /// `userDirectory`, such a set's templates are parsed when first rendered: a report
    /// renders a few dozen of them.
    public static func load(
        language: Language, userDirectory: String? = nil, folders: [String]? = nil
    ) -> Result<TemplateSet, DiagnosticsError> {
        let engine: Engine = userDirectory == nil && folders != nil ? .onDemand : .compiled
        return load(language: language, userDirectory: userDirectory, folders: folders, engine: engine)
    }

    /// `load(language:userDirectory:folders:)` with the renderer chosen (the tests compare both).
    static func load(
        language: Language, userDirectory: String?, folders: [String]? = nil, engine: Engine
    ) -> Result<TemplateSet, DiagnosticsError> {
        var sources: [String: (origin: String, text: String)] = [:]
        for file in shipped(language) {
            sources[file.name] = (file.origin, file.text)
        }
        var diagnostics: [Diagnostic] = []
        if let userDirectory {
            diagnostics += readUserTemplates(userDirectory, language: language, into: &sources)
        }
        if let folders {
            sources = sources.filter { name, _ in folders.contains { name.hasPrefix($0) } }
        }
        if engine == .onDemand {
            return .success(onDemand(language: language, sources: sources))
        }
        var origins: [String: String] = [:]
        var covered: Set<String> = []
        var texts: [String: String] = [:]
        var scans: [String: TemplateScan] = [:]
        for name in sources.keys.sorted() {
            guard let source = sources[name] else { continue }
            origins[name] = source.origin
            covered.insert(name)
            // Checked before swift-mustache sees the text: its parser recurses per nested section.
            let scan = TemplateScan(source.text)
            let problems = Self.problems(of: scan, origin: source.origin)
            diagnostics += problems
            guard problems.isEmpty else { continue }
            scans[name] = scan
            texts[name] = renderedText(name, source.text)
        }
        // The set's own renderer compiles what it reads; a template it does not read (a
        // parent, a transform) or a malformed one is parsed by swift-mustache, which then
        // renders the whole set or says where the error is.
        var parsed: [String: ParsedTemplate] = [:]
        for (name, text) in texts where engine == .compiled {
            guard let template = try? MustacheParser.parse(text) else { break }
            parsed[name] = template
        }
        let compiled = parsed.count == texts.count ? CompiledTemplates(parsed) : nil
        var library: MustacheLibrary?
        if compiled == nil {
            let (parsedLibrary, problems) = parseLibrary(texts, sources: sources)
            library = parsedLibrary
            diagnostics += problems
        }
        if folders == nil, sources[mainTemplate] == nil {
            diagnostics.append(
                .error("no '\(mainTemplate).mustache' template for language '\(language.rawValue)'", at: nil))
        }
        for name in scans.keys.sorted() {
            guard let scan = scans[name], let origin = origins[name] else { continue }
            for reference in scan.inclusions where !reference.dynamic && sources[reference.name] == nil {
                let location = SourceLocation(file: origin, line: reference.line, column: reference.column)
                diagnostics.append(
                    .error(
                        "template error: partial '\(reference.name)' does not exist"
                            + Suggestions.hint(for: reference.name, in: Array(sources.keys)), at: location))
            }
        }
        if diagnostics.hasErrors { return .failure(DiagnosticsError(diagnostics)) }
        let graph = TemplateGraph(scans: scans, origins: origins)
        if let problem = graph.problem { return .failure(DiagnosticsError([problem])) }
        return .success(
            TemplateSet(
                language: language, origins: origins, coverage: TemplateCoverage(names: covered),
                compiled: compiled, library: library, costs: graph.costs(main: mainTemplate)))
    }

    /// A set of shipped templates compiled when first rendered (``Engine/onDemand``).
    private static func onDemand(
        language: Language, sources: [String: (origin: String, text: String)]
    ) -> TemplateSet {
        return TemplateSet(
            language: language, origins: sources.mapValues(\.origin),
            coverage: TemplateCoverage(names: Set(sources.keys)),
            compiled: CompiledTemplates(onDemand: sources.mapValues(\.text)), library: nil, costs: TemplateCosts())
    }

    /// A template file's text as it is parsed: with the text pragma in front unless it starts
    /// with a pragma of its own, and, for a phrase or checklist template, without its final
    /// line breaks (a phrase partial is used inside a line, and a checklist line is continued
    /// by its task id).
    static func renderedText(_ name: String, _ file: String) -> String {
        var text = file.hasPrefix("{{%") ? file : textPragma + file
        if name.hasPrefix(inlinePrefix) || name.contains("/" + inlinePrefix) || name.hasPrefix(checklistPrefix) {
            while let last = text.last, last.isNewline { text.removeLast() }
        }
        return text
    }

    /// Renders the main template with a view model (see `PlanDocument`); nil when it would
    /// be longer than `limit` bytes (the render stops early).
    public func render(_ context: any TemplateObject, limit: Int = PlanLimits.maxPlanBytes) -> String? {
        render(context, template: Self.mainTemplate, limit: limit)
    }

    /// Renders a named template (tests and custom reports); nil when there is no such
    /// template or the text would be longer than `limit` bytes.
    public func render(
        _ context: any TemplateObject, template name: String, limit: Int = PlanLimits.maxPlanBytes
    ) -> String? {
        // The own renderer counts what it writes and stops past the limit.
        if let compiled { return compiled.render(.object(context), template: name, limit: limit) }
        guard let library else { return nil }
        // swift-mustache gives no hook into its output: a budget estimates it (see
        // ``RenderBudget``). The estimate over-counts (every body in full, every partial
        // once), so it may run to four times the limit before the render stops; the text
        // itself must fit the limit.
        let budget = RenderBudget(
            limit: limit.multipliedReportingOverflow(by: 4).overflow ? Int.max : limit * 4,
            costs: costs.elements, fallbackCost: costs.fallback)
        budget.charge(costs.templates[name] ?? costs.fallback)
        guard let text = library.render(BudgetedObject(object: context, budget: budget), withTemplate: name),
            !budget.exceeded, text.utf8.count <= limit
        else { return nil }
        return text
    }

    /// True when the set renders with its own renderer (not swift-mustache).
    var isCompiled: Bool { compiled != nil }

    /// swift-mustache's parse errors in words.
    static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is not closed"
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with another name"
        case MustacheTemplate.Error.invalidSetDelimiter: return "a set-delimiter tag is malformed"
        default: return "\(error)"
        }
    }

    // MARK: - Loading

    private static func shipped(_ language: Language) -> [(name: String, origin: String, text: String)] {
        let prefix = "Templates/\(language.rawValue)/"
        return EmbeddedResources.files(under: prefix).compactMap { file in
            guard file.path.hasSuffix(".mustache") else { return nil }
            let name = String(file.path.dropFirst(prefix.count).dropLast(".mustache".count))
            return (name, file.path, file.text)
        }
    }

    /// Reads `directory/<lang>/**/*.mustache` into `sources`, replacing shipped ones by name.
    private static func readUserTemplates(
        _ directory: String, language: Language,
        into sources: inout [String: (origin: String, text: String)]
    ) -> [Diagnostic] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            return [
                .error(
                    "--templates: '\(directory)' is not a folder (expected a copy of Templates/ with ru/ and en/ inside)",
                    at: nil)
            ]
        }
        let base = directory.hasSuffix("/") ? directory + language.rawValue : directory + "/" + language.rawValue
        guard FileManager.default.fileExists(atPath: base, isDirectory: &isFolder), isFolder.boolValue else {
            return []  // No templates of this language: the shipped ones are used.
        }
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var relatives: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".mustache") { relatives.append(relative) }
        }
        var diagnostics: [Diagnostic] = []
        for relative in relatives.sorted() {
            let path = base + "/" + relative
            let name = String(relative.dropLast(".mustache".count))
            switch SourceReader.read(path: path, limit: maxTemplateBytes) {
            case .success(let bytes):
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    diagnostics.append(.error("template is not UTF-8 text", at: .start(of: path)))
                    continue
                }
                sources[name] = (path, text)
            case .failure(let error):
                diagnostics += error.diagnostics
            }
        }
        return diagnostics
    }

    // MARK: - Checks

    /// The partials a template includes by name (`{{> name}}`, `{{<name}}`), with where.
    static func partialReferences(in text: String) -> [(name: String, line: Int, column: Int)] {
        TemplateScan(text).inclusions.filter { !$0.dynamic && !$0.name.isEmpty }.map { ($0.name, $0.line, $0.column) }
    }
}
