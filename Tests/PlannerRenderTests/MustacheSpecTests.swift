import Foundation
import Mustache
import TestSupport
import Testing

@testable import PlannerRender

/// Mustache cases rendered by the plans' own renderer and by swift-mustache: both must give the
/// same text, case by case, and that text must be the expected one, except where swift-mustache
/// is known to differ from the specification (listed below): there the plans keep
/// swift-mustache's behaviour, which the golden plans were made with.
///
/// Two sets of cases in the specification's layout (name, template, data, partials, expected):
/// - `Fixtures/mustache-cases.json`, written by us for the part of Mustache the templates use
///   (interpolation and escaping, sections, inverted sections, comments, delimiters, partials
///   with standalone indentation, CRLF); always run.
/// - the official specification (<https://github.com/mustache/spec>, `specs/*.json`), when
///   `MUSTACHE_SPEC_DIR` names a checkout's `specs` folder. Its files are not copied into this
///   repository; at commit 9cb20c3 its 157 cases of these seven files all pass.
@Suite("Mustache specification")
struct MustacheSpecTests {
    /// Where swift-mustache 2.1.1 gives another text than the specification.
    static let swiftMustacheDiffers: [String: String] = [
        "interpolation/Dotted Names - Context Precedence": "",
        "sections/Dotted Names - Context Precedence": "",
    ]

    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let name: String
        let template: String
        let partials: [String: String]
        let expected: String
        let data: JSONData
        var id: String { "\(file)/\(name)" }
        var testDescription: String { id }
    }

    /// One file's cases as the specification writes them.
    struct SpecFile: Decodable {
        struct Test: Decodable {
            let name: String
            let template: String
            let expected: String
            let partials: [String: String]?
            let data: JSONData
        }
        let tests: [Test]
    }

    /// Our own cases: the specification's layout, grouped by the file they would belong to.
    struct OwnCases: Decodable {
        let files: [String: [SpecFile.Test]]
    }

    static func cases(_ file: String, _ tests: [SpecFile.Test]) -> [Case] {
        tests.map { test in
            Case(
                file: file, name: test.name, template: test.template, partials: test.partials ?? [:],
                expected: test.expected, data: test.data)
        }
    }

    static let ownCases: [Case] = {
        let url = PackagePaths.root.appendingPathComponent("Tests/PlannerRenderTests/Fixtures/mustache-cases.json")
        guard let bytes = try? Data(contentsOf: url), let own = try? JSONDecoder().decode(OwnCases.self, from: bytes)
        else { return [] }
        return own.files.keys.sorted().flatMap { cases($0, own.files[$0] ?? []) }
    }()

    /// The official specification's folder, when given.
    static let specDirectory = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"]

    static let officialCases: [Case] = {
        guard let specDirectory else { return [] }
        let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~dynamic-names"]
        return files.flatMap { file -> [Case] in
            let url = URL(fileURLWithPath: specDirectory).appendingPathComponent("\(file).json")
            guard let bytes = try? Data(contentsOf: url),
                let spec = try? JSONDecoder().decode(SpecFile.self, from: bytes)
            else { return [] }
            return cases(file, spec.tests)
        }
    }()

    @Test("Our cases load: every group of the subset the templates use")
    func ownCasesLoad() {
        #expect(Self.ownCases.count == 44, "\(Self.ownCases.count)")
        #expect(
            Set(Self.ownCases.map(\.file)) == [
                "comments", "delimiters", "interpolation", "inverted", "partials", "sections",
            ])
    }

    @Test("Our case renders as expected, and as swift-mustache does", arguments: ownCases)
    func ownCase(_ spec: Case) throws {
        try Self.check(spec)
    }

    @Test(
        "The official specification's cases, when MUSTACHE_SPEC_DIR is given",
        .enabled(if: specDirectory != nil, "MUSTACHE_SPEC_DIR is not set"))
    func officialCasesPass() throws {
        #expect(Self.officialCases.count == 157, "\(Self.officialCases.count) cases read")
        for spec in Self.officialCases { try Self.check(spec) }
    }

    static func check(_ spec: Case) throws {
        var parsed = ["main": try MustacheParser.parse(spec.template)]
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: spec.template), named: "main")
        for (name, text) in spec.partials {
            parsed[name] = try MustacheParser.parse(text)
            library.register(try MustacheTemplate(string: text), named: name)
        }
        let data = spec.data.templateData
        let ours = try #require(CompiledTemplates(parsed).render(data, template: "main"))
        let reference = library.render(data.mustacheValue as Any, withTemplate: "main")
        #expect(ours == reference, "\(spec.id): the same text as swift-mustache")
        if swiftMustacheDiffers[spec.id] == nil {
            #expect(ours == spec.expected, "\(spec.id): the expected text")
        }
    }
}

/// A spec case's data, kept as JSON values (Sendable) and turned into template data.
enum JSONData: Sendable, Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case object([String: JSONData])
    case array([JSONData])

    init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .null
        } else if let flag = try? value.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? value.decode(Int.self) {
            self = .int(number)
        } else if let number = try? value.decode(Double.self) {
            self = .double(number)
        } else if let text = try? value.decode(String.self) {
            self = .string(text)
        } else if let object = try? value.decode([String: JSONData].self) {
            self = .object(object)
        } else {
            self = .array(try value.decode([JSONData].self))
        }
    }

    /// The value as a template reads it: objects as records, lists of any values.
    var templateData: TemplateData {
        switch self {
        case .null: return .null
        case .bool(let value): return .flag(value)
        case .int(let value): return .number(value)
        case .double(let value): return .text(String(describing: value))
        case .string(let value): return .text(value)
        case .object(let values): return .object(TemplateRecord(values.mapValues(\.templateData)))
        case .array(let values): return .list(DataList(items: values.map(\.templateData)))
        }
    }
}

/// A list of any template values (the view models' lists hold objects only).
struct DataList: TemplateList {
    let items: [TemplateData]
    var count: Int { items.count }
    func item(_ index: Int) -> TemplateData { items[index] }
    var mustacheElements: [Any] { items.map { $0.mustacheValue as Any } }
}
