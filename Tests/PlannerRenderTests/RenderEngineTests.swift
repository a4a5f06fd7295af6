import Foundation
import Mustache
import PlannerCore
import TestSupport
import Testing

@testable import PlannerRender

/// The plans' own renderer (`Sources/PlannerRender/Mustache/`) against swift-mustache, the
/// reference it replaces: every shipped template, real view models, and templates written to
/// reach the corners of the parser (standalone lines, indentation, delimiters, line breaks).
@Suite("Template renderer")
struct RenderEngineTests {
    /// The shipped sets, once with each renderer.
    static let sets: [Language: (compiled: TemplateSet, reference: TemplateSet)] = {
        var sets: [Language: (TemplateSet, TemplateSet)] = [:]
        for language in Language.allCases {
            guard case .success(let compiled) = TemplateSet.load(language: language),
                case .success(let reference) = TemplateSet.load(
                    language: language, userDirectory: nil, engine: .swiftMustache)
            else { continue }
            sets[language] = (compiled, reference)
        }
        return sets
    }()

    @Test("The shipped templates compile for the own renderer")
    func shippedCompile() {
        for language in Language.allCases {
            #expect(Self.sets[language]?.compiled.isCompiled == true, "\(language)")
            #expect(Self.sets[language]?.reference.isCompiled == false, "\(language)")
        }
    }

    @Test("Every example's plan and documents render to the same bytes with both", arguments: Language.allCases)
    func examples(language: Language) throws {
        let sets = try #require(Self.sets[language])
        for name in ["school-44fz.yaml", "university-gis.yaml", "state-company-kii.yaml", "private-firm.yaml"] {
            let plan = try RenderFixtures.plan(RenderFixtures.example(name), language)
            #expect(sets.compiled.render(plan.document) == sets.reference.render(plan.document), "\(name)")
            for template in sets.compiled.origins.keys.sorted() where template.hasPrefix("inline/phase") {
                for phase in plan.document.timeline.phases {
                    #expect(
                        sets.compiled.render(phase, template: template)
                            == sets.reference.render(phase, template: template), "\(template)")
                }
            }
        }
    }

    /// Templates for the parser's corners, each with the data it is rendered with.
    static let corners: [(name: String, template: String, partials: [String: String])] = [
        ("standalone section", "a\n  {{#yes}}\n  x\n  {{/yes}}\nb\n", [:]),
        ("standalone inverted and comment", " {{^no}}\n{{! note }}\n  y\n{{/no}}  \n", [:]),
        ("crlf", "a\r\n{{#yes}}\r\nx\r\n{{/yes}}\r\n  {{>p}}\r\nz", ["p": "1\r\n2\r\n"]),
        ("indented partial", "  {{>p}}\n  {{>p}}\ntail", ["p": "one\n{{#list}}\n- {{name}}\n{{/list}}\ntwo\n"]),
        ("nested indented partials", "\t{{>p}}\n", ["p": "p\n  {{>q}}\n", "q": "q1\nq2\n"]),
        ("delimiters", "{{=<% %>=}}\n<%name%> <%! c %%> %>\n<%={{ }}=%>{{name}}", [:]),
        ("trailing blanks", "{{name}}\n   ", [:]),
        ("dotted", "{{value.long}} {{#value.flag}}F{{/value.flag}} {{obj.name}} {{#value}}{{.}}{{/value}}", [:]),
        ("lists", "{{#list}}{{position}}:{{name}}{{^isLast}}, {{/isLast}}{{/list}}{{^empty}}none{{/empty}}", [:]),
        ("falsy", "{{#null}}x{{/null}}{{^null}}n{{/null}}{{#zero}}[{{.}}]{{/zero}}{{#blank}}<{{.}}>{{/blank}}", [:]),
        ("unescaped and html", "{{% CONTENT_TYPE: HTML}}{{html}} {{{html}}} {{&html}}", [:]),
        ("text pragma", "{{% CONTENT_TYPE: TEXT}}{{html}}{{>h}}", ["h": "{{html}}"]),
        ("dynamic", "{{#list}}{{>*template}};{{/list}}", ["p1": "P1 {{name}}", "p2": "P2"]),
        ("missing", "[{{nothing}}{{>nothing}}{{#nothing}}x{{/nothing}}]", [:]),
        ("standalone at end", "x\n{{#yes}}\ny\n{{/yes}}", [:]),
        ("lone brace", "a { b }} {{name}} {", [:]),
    ]

    static let data: TemplateData = .object(
        TemplateRecord([
            "yes": .of(true), "no": .of(false), "name": .of("Имя & <b>"), "html": .of("<a href=\"x\">'&'</a>"),
            "value": .of(TemplateValue("v", details: ["long": "долго"], flags: ["flag"])),
            "obj": .of(TemplateRecord(["name": .of("obj")])), "null": .null, "zero": .of(0), "blank": .of(""),
            "empty": .records([]),
            "list": .records([
                TemplateRecord(["name": .of("a"), "template": .of("p1")]),
                TemplateRecord(["name": .of("b"), "template": .of("p2")]),
                TemplateRecord(["name": .of("c"), "template": .of("none")]),
            ]),
        ]))

    @Test("The parser's corners render as with swift-mustache, or fail to parse with it")
    func corners() throws {
        for corner in Self.corners {
            var library = MustacheLibrary()
            var parsed: [String: ParsedTemplate] = [:]
            var referenceFails = false
            for (name, text) in [("main", corner.template)] + corner.partials.map({ ($0.key, $0.value) }) {
                do {
                    library.register(try MustacheTemplate(string: text), named: name)
                } catch {
                    referenceFails = true
                }
                parsed[name] = try? MustacheParser.parse(text)
            }
            if referenceFails {
                #expect(parsed.count < corner.partials.count + 1, "\(corner.name): parses here, not in swift-mustache")
                continue
            }
            let ours = CompiledTemplates(parsed).render(Self.data, template: "main")
            let reference = library.render(Self.data.mustacheValue as Any, withTemplate: "main")
            #expect(ours == reference, "\(corner.name)")
        }
    }

    @Test("A template the renderer does not read makes the set render with swift-mustache")
    func fallback() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "{{#organization}}{{name}}{{/organization}} {{$block}}default{{/block}}\n", to: "en/plan.mustache")
        let set = try TemplateSet.load(language: .en, userDirectory: folder.path).get()
        #expect(!set.isCompiled)
        let plan = try RenderFixtures.plan(RenderFixtures.example("private-firm.yaml"), .en)
        #expect(set.render(plan.document)?.hasSuffix(" default\n") == true)
    }

    @Test("A partial that includes itself stops the render instead of the program")
    func recursion() throws {
        let parsed = ["main": try MustacheParser.parse("{{>main}}x")]
        #expect(CompiledTemplates(parsed).render(Self.data, template: "main") == nil)
        let limited = ["main": try MustacheParser.parse("{{#list}}{{name}}{{/list}}")]
        #expect(CompiledTemplates(limited).render(Self.data, template: "main", limit: 2) == nil)
        #expect(CompiledTemplates(limited).render(Self.data, template: "main", limit: 3) == "abc")
    }
}

/// The limits of issue #16 hold with either renderer, with the same outcome: what loading
/// refuses is refused before either parses, and a render past the size limit stops.
@Suite("Template limits with both renderers")
struct RenderEngineLimitTests {
    /// A user folder with `files` (name → text) for English, loaded with `engine`.
    static func load(
        _ files: [String: String], engine: TemplateSet.Engine
    ) throws -> Result<TemplateSet, DiagnosticsError> {
        let folder = try TemporaryFolder()
        for (name, text) in files { try folder.write(text, to: "en/\(name).mustache") }
        return TemplateSet.load(language: .en, userDirectory: folder.path, engine: engine)
    }

    @Test(
        "Cycles, depth and long delimiters are refused alike",
        arguments: [TemplateSet.Engine.compiled, .swiftMustache])
    func refused(engine: TemplateSet.Engine) throws {
        var chain: [String: String] = ["plan": "{{> partials/p0}}\n"]
        for index in 0..<150 { chain["partials/p\(index)"] = index < 149 ? "{{> partials/p\(index + 1)}}" : "end" }
        let cases: [([String: String], String)] = [
            (["plan": "{{=<% %>=}}\n<%> plan%>\n"], "partials include each other in a cycle (plan → plan)"),
            (chain, "sections and partials nest 101 deep from here; the limit is 100"),
            (["plan": "{{=<<<<<<<<<<<< >>>>>>>>>>>>=}}\n"], "a delimiter longer than 8 characters"),
            (["plan": "{{>*organization.name}}\n"], "a dynamic partial may only read the key 'template'"),
        ]
        for (files, message) in cases {
            guard case .failure(let error) = try Self.load(files, engine: engine) else {
                Issue.record("loaded: \(message)")
                continue
            }
            #expect(error.diagnostics.contains { $0.message.contains(message) }, "\(error.diagnostics)")
        }
    }

    @Test(
        "A render past the size limit stops; one within it is the whole text",
        arguments: [TemplateSet.Engine.compiled, .swiftMustache])
    func sizeLimit(engine: TemplateSet.Engine) throws {
        let set = try Self.load(
            [
                "plan":
                    "{{#timeline.phases}}{{#timeline.phases}}{{organization.name}}\n{{/timeline.phases}}{{/timeline.phases}}"
            ], engine: engine
        ).get()
        #expect(set.isCompiled == (engine == .compiled))
        let document = try RenderFixtures.plan(RenderFixtures.example("school-44fz.yaml"), .en).document
        let whole = try #require(set.render(document))
        #expect(whole.utf8.count > 1000)
        #expect(set.render(document, limit: 1000) == nil)
        #expect(set.render(document, limit: whole.utf8.count) == whole)
    }
}
