import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerRender

/// The procurement documents as rendered (issue #13): which are written, product neutrality,
/// the musts and the unknowns they carry, the arithmetic, and golden copies of the school's.
@Suite("Procurement documents")
struct ProcurementDocumentsTests {
    static let examples = [
        "school-44fz.yaml", "university-gis.yaml", "state-company-kii.yaml", "private-firm.yaml", "kz-state-body.yaml",
    ]
    static let cases: [(example: String, language: Language)] = examples.flatMap { name in
        Language.allCases.map { (name, $0) }
    }

    static func documents(_ name: String, _ language: Language) throws -> (GeneratedPlan, [String: String]) {
        let plan = try RenderFixtures.plan(RenderFixtures.example(name), language)
        return (plan, Dictionary(uniqueKeysWithValues: plan.documents.map { ($0.path, $0.markdown) }))
    }

    @Test(
        "Under a procurement law: the specification, the justification and the requests; without one the requests only",
        arguments: cases)
    func whichDocuments(example: String, language: Language) throws {
        let (plan, documents) = try Self.documents(example, language)
        let regulated = plan.dossier.regulated
        #expect(regulated == (example != "private-firm.yaml"))
        #expect((documents[ProcurementFiles.specification] != nil) == regulated, "\(example)")
        #expect((documents[ProcurementFiles.justification] != nil) == regulated, "\(example)")
        let requests = plan.documents.map(\.path).filter { $0.hasPrefix(ProcurementFiles.requestsFolder + "/") }
        #expect(requests == plan.dossier.requests.map { ProcurementFiles.request($0.product) }, "\(example)")
        #expect(requests.count >= 3, "\(example): at least three where three are ranked")
        for (path, markdown) in documents {
            #expect(MarkdownTable.brokenRows(in: markdown).isEmpty, "\(example) \(path)")
            #expect(!markdown.contains("{{") && !markdown.contains("&amp;lt;"), "\(example) \(path)")
            #expect(!plan.markdown.isEmpty && plan.markdown.contains(path), "the plan links \(path)")
        }
        #expect(plan.warnings.isEmpty, "\(plan.warnings)")
    }

    @Test(
        "The specification names no catalog product or vendor (every shipped name), the requests do", arguments: cases)
    func neutral(example: String, language: Language) throws {
        let (plan, documents) = try Self.documents(example, language)
        if let spec = documents[ProcurementFiles.specification] {
            let found = ProductNeutrality.violations(
                in: spec, catalog: RenderFixtures.catalog, ignoring: [plan.inventory.organization.name])
            #expect(found.isEmpty, "\(example): \(found.map(\.term))")
        }
        for request in plan.dossier.requests {
            let text = try #require(documents[ProcurementFiles.request(request.product)])
            #expect(
                ProductNeutrality.violations(in: text, catalog: RenderFixtures.catalog).contains {
                    $0.product == request.product
                }, "the check finds a name where there is one")
        }
    }

    @Test("Each must appears in the specification in tender words, with the value it needs", arguments: cases)
    func mustsInTheSpecification(example: String, language: Language) throws {
        let (plan, documents) = try Self.documents(example, language)
        guard let spec = documents[ProcurementFiles.specification] else { return }
        let format = PlanFormatter(language: language)
        for requirement in plan.dossier.specification.requirements where requirement.isMust {
            let tender = try #require(RenderFixtures.catalog.capability(requirement.capability)?.tender)
            var value = ""
            if case .atLeast(let bound) = requirement.comparison { value = format.number(bound, decimals: 0) }
            let text = MarkdownText.escape(tender.text[language]).replacingOccurrences(of: "{value}", with: value)
            #expect(spec.contains(text), "\(example): \(requirement.capability)")
        }
    }

    /// A contract's acceptance binds the supplier: users' readiness to work in the system (the
    /// pilot's own decision, in the plan) is not the supplier's to meet.
    @Test(
        "The specification's acceptance holds what the supplier answers for, not the users' readiness", arguments: cases
    )
    func acceptanceIsTheSuppliers(example: String, language: Language) throws {
        let (plan, documents) = try Self.documents(example, language)
        guard let spec = documents[ProcurementFiles.specification], plan.plan.phase("pilot") != nil else { return }
        let pilot =
            language == .ru ? "- Опытная эксплуатация (пилот): не менее " : "- Trial operation (pilot): at least "
        let line = try #require(spec.components(separatedBy: "\n").first { $0.hasPrefix(pilot) }, "\(example)")
        let criteria = plan.plan.facts.pilotCriteria
        #expect(line.contains(String(criteria.meetingsWithoutFailure)), "\(example)")
        #expect(!line.contains(language == .ru ? "готовы работать" : "ready to use"), "\(example): \(line)")
        #expect(
            plan.markdown.contains(language == .ru ? "готовы работать" : "ready to use"), "the plan's pilot keeps it")
    }

    /// On premises the plan installs the server at the end of preparation, months before the
    /// school's pilot (after the summer): the specification asks for delivery by the install.
    @Test("The specification's delivery date is when the plan starts installing the server")
    func deliveryByTheInstallation() throws {
        let (plan, documents) = try Self.documents("school-44fz.yaml", .ru)
        let spec = try #require(documents[ProcurementFiles.specification])
        let installFrom = try #require(plan.plan.serverInstallFrom)
        let format = PlanFormatter(language: .ru)
        #expect(spec.contains("передаются не позднее \(format.longDate(installFrom)): с этого дня по плану перехода"))
        #expect(spec.contains("опытная эксплуатация начинается 1 сентября 2027 года"))
    }

    /// No advisory in the catalog is unknown, not clean: every vendor is asked, in the words of
    /// the buyer's regime for vulnerability databases.
    @Test("Every request asks for the product's published vulnerabilities and fix times", arguments: cases)
    func everyRequestAsksForVulnerabilities(example: String, language: Language) throws {
        let (plan, documents) = try Self.documents(example, language)
        let question =
            language == .ru
            ? "Какие уязвимости продукта опубликованы за последние 12 месяцев "
            : "Which vulnerabilities of the product were published in the last 12 months "
        for request in plan.dossier.requests {
            let text = try #require(documents[ProcurementFiles.request(request.product)])
            #expect(text.contains(question), "\(example) \(request.product)")
            // The regime's words (`terms.vulnerabilityDatabases`): FSTEC's bank under 44-FZ and
            // 223-FZ, public CVE databases otherwise (a private firm, Kazakhstan).
            let russianLaw = plan.dossier.regulated && plan.inventory.organization.country == "RU"
            #expect(text.contains("bdu.fstec.ru") == russianLaw, "\(example) \(request.product)")
        }
    }

    /// H.323 moves the school's effort score but is not in its specification (it asks for SIP).
    @Test("A request calls a capability a requirement only when the specification asks for it")
    func requestsCallOnlyTheSpecificationsCapabilitiesRequirements() throws {
        let (_, documents) = try Self.documents("school-44fz.yaml", .ru)
        let request = try #require(documents[ProcurementFiles.request("mts-link")])
        #expect(request.contains("Есть ли в продукте «Подключение H.323-устройств» (К видеоконференции подключаются"))
        #expect(request.contains("Это не требование закупки: ответ уточняет сравнение продуктов."))
        #expect(
            !request.contains(
                "требование «К видеоконференции подключаются терминалы видеоконференцсвязи по протоколу H.323"))
        #expect(
            request.contains(
                "Выполняет ли продукт требование «К видеоконференции подключаются терминалы видеоконференцсвязи и IP-телефоны по протоколу SIP»"
            ))
    }

    @Test("Each request asks its product's unknowns, the deciding ones first", arguments: cases)
    func unknownsInTheRequests(example: String, language: Language) throws {
        let (plan, documents) = try Self.documents(example, language)
        for request in plan.dossier.requests {
            let text = try #require(documents[ProcurementFiles.request(request.product)])
            var last = text.startIndex
            for question in request.questions where question.kind == .capability {
                let capability = try #require(question.fact.flatMap(RenderFixtures.catalog.capability))
                var words = MarkdownText.escape(capability.tender?.text[language] ?? "")
                if words.hasSuffix(".") { words.removeLast() }
                if let cut = words.range(of: "{value}") { words = String(words[..<cut.lowerBound]) }
                let found = text.range(of: words, range: last..<text.endIndex)
                #expect(found != nil, "\(example) \(request.product): \(capability.id) not asked (in order)")
                if let found { last = found.upperBound }
            }
            if request.questions.contains(where: \.deciding) {
                let first = language == .ru ? "## В первую очередь просим ответить" : "## Please answer first"
                #expect(text.contains(first), "\(example) \(request.product)")
            }
        }
    }

    @Test("The university's justification: mean, deviation and variation of its quotes, in the language's figures")
    func arithmetic() throws {
        let inventory = try RenderFixtures.example("university-gis.yaml")
        for language in Language.allCases {
            let (_, documents) = try Self.documents("university-gis.yaml", language)
            let text = try #require(documents[ProcurementFiles.justification])
            let prices = ["mts-link", "videomost"].map { id in
                (inventory.quote(for: id)?.oneTime ?? 0) + (inventory.quote(for: id)?.annual ?? 0)
            }
            let mean = prices.reduce(0, +) / 2
            let deviation = (prices.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 1).squareRoot()
            let format = PlanFormatter(language: language)
            let unit = language == .ru ? PlanFormatter.groupSeparator + "₽" : PlanFormatter.groupSeparator + "RUB"
            #expect(text.contains("**" + format.number(mean, decimals: 2) + unit + "**"), "the mean: \(language)")
            #expect(text.contains(format.number(deviation, decimals: 2) + unit), "σ: \(language)")
            #expect(text.contains("**" + format.percent(deviation / mean * 100, decimals: 2) + "**"), "V: \(language)")
            #expect(text.contains("[price-requests/trueconf.md](price-requests/trueconf.md)"), "asked again")
        }
    }

    @Test("The school's documents (ru) match their golden copies byte for byte")
    func golden() throws {
        let (_, documents) = try Self.documents("school-44fz.yaml", .ru)
        for path in [
            ProcurementFiles.specification, ProcurementFiles.justification, ProcurementFiles.request("trueconf"),
        ] {
            let markdown = try #require(documents[path])
            let name = path.replacingOccurrences(of: "procurement/", with: "").replacingOccurrences(of: "/", with: ".")
            try GoldenFile.check(markdown, name: "school-44fz.ru.procurement." + name)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: RenderFixtures.goldenFolder.path)
            .filter { $0.contains(".procurement.") }
        #expect(files.count == 3, "one golden a case: \(files)")
    }

    @Test("Every key of the procurement documents' view models is documented in Docs/Templates.md")
    func keysDocumented() throws {
        let docs = try String(
            contentsOf: RenderFixtures.packageRoot.appendingPathComponent("Docs/Templates.md"), encoding: .utf8)
        let section = try #require(docs.range(of: "## Procurement documents")).upperBound
        let text = String(docs[section...])
        var keys: Set<String> = []
        for name in Self.examples {
            let inventory = try RenderFixtures.example(name)
            let plan = try RenderFixtures.plan(inventory, .ru)
            let builder = PlanDocumentBuilder(
                inventory: inventory, assessment: plan.assessment, plan: plan.plan, catalog: RenderFixtures.catalog,
                values: ValueFactory(language: .ru), coverage: .all)
            let procurement = ProcurementDocumentBuilder(dossier: plan.dossier, plan: builder)
            for request in plan.dossier.requests.prefix(1) {
                collect(.of(procurement.root(inventoryFile: name, request: request)), into: &keys)
            }
            collect(
                .of(procurement.root(inventoryFile: name).adding(procurement.links(from: "procurement"))), into: &keys)
            collect(.of(procurement.planLinks()), into: &keys)
        }
        #expect(keys.count > 80, "\(keys.count)")
        for key in keys.sorted() {
            #expect(text.contains("`\(key)`"), "Docs/Templates.md (Procurement documents) does not list \(key)")
        }
    }

    private func collect(_ data: TemplateData, into keys: inout Set<String>) {
        switch data {
        case .object(let object):
            if let listed = object as? Listed<TemplateRecord> {
                collect(.of(listed.element), into: &keys)
                return
            }
            guard let record = object as? TemplateRecord else { return }
            for key in record.keys {
                keys.insert(key)
                if let value = record.data(for: key) { collect(value, into: &keys) }
            }
        case .list(let list):
            for index in 0..<list.count { collect(list.item(index), into: &keys) }
        default:
            return
        }
    }
}
