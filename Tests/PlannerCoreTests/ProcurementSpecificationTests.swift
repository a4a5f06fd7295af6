import Foundation
import Testing

@testable import PlannerCore

/// The specification, the price requests and product neutrality (issue #13).
@Suite("Procurement documents: specification, requests, neutrality")
struct ProcurementSpecificationTests {
    typealias F = AssessmentFixture
    typealias D = ProcurementDossierTests

    @Test("Every must of every example is a requirement of its specification, with the need it states")
    func mustsPresent() throws {
        for name in D.examples {
            let inventory = try D.example(name)
            let spec = D.dossier(inventory).specification
            for must in inventory.requirements.must {
                let requirement = spec.requirements.first { $0.capability == must.capability }
                #expect(requirement?.basis == .must, "\(name): \(must.expression)")
            }
            #expect(Set(spec.requirements.map(\.capability)).count == spec.requirements.count, "no repeats: \(name)")
            let order = spec.requirements.map { TenderSection.allCases.firstIndex(of: $0.section) ?? 0 }
            #expect(order == order.sorted(), "by section: \(name)")
        }
        // The university asks 300 participants at least and holds meetings of 480: the
        // specification states 480 and records the 300.
        let university = D.dossier(try D.example("university-gis.yaml")).specification
        let meetings = try #require(university.requirements.first { $0.capability == "meetings.max_participants" })
        #expect(meetings.comparison == .atLeast(480) && meetings.raisedFrom == 300)
        #expect(university.sizes.meetingParticipants == 480 && university.sizes.webinarAttendees == 1200)
        #expect(university.clauses.contains { $0.rule == "RU-FSTEC-117-STATE-IS" && !$0.check })
        // The municipal school: Order 117 may apply, to check.
        let school = D.dossier(try D.example("school-44fz.yaml")).specification
        #expect(school.clauses.contains { $0.rule == "RU-FSTEC-117-STATE-IS" && $0.check })
        #expect(school.excludedPurposes == [.lessons] && school.purposes == [.staffMeetings, .externalMeetings])
    }

    @Test("A requirement at most one compared product can meet is narrow; one only confirmed for one is thin")
    func narrowRequirements() throws {
        let yes = CapabilityValue.bool(true)
        let no = CapabilityValue.bool(false)
        let capabilities: [String: CapabilityValue] = [
            "deployment.on_premises": yes, "meetings.max_participants": .number(500),
        ]
        func product(_ id: String, _ extra: [String: CapabilityValue]) -> Product {
            F.product(
                id, capabilities: capabilities.merging(extra) { $1 }, residency: ["RU"],
                registries: ["ru_software": true, "rkn_foreign_messengers": false])
        }
        let catalog = F.catalog(adding: [
            product("aa-one", ["interop.rtsp": yes, "polls": yes]),
            product("bb-two", ["interop.rtsp": no, "polls": no]),
            product("cc-three", ["interop.rtsp": no]),
        ])
        let only = Catalog(
            capabilities: catalog.capabilities,
            products: catalog.products.filter { ["zoom", "aa-one", "bb-two", "cc-three"].contains($0.id) },
            rules: catalog.rules, registers: F.catalog.registers, procurementRegimes: F.catalog.procurementRegimes,
            fallbackRegime: F.catalog.fallbackRegime, jurisdictions: F.catalog.jurisdictions, fingerprint: "test")
        let inventory = F.inventory(
            F.organization(), want: [Want(capability: "interop.rtsp", weight: 3), Want(capability: "polls", weight: 2)])
        let spec = D.dossier(inventory, catalog: only).specification
        #expect(spec.compared == 3)
        let rtsp = try #require(spec.requirements.first { $0.capability == "interop.rtsp" })
        #expect(rtsp.met == 1 && rtsp.unknown == 0 && rtsp.narrow, "only aa-one can meet it")
        let polls = try #require(spec.requirements.first { $0.capability == "polls" })
        #expect(polls.met == 1 && polls.unknown == 1 && !polls.narrow && polls.thinlyConfirmed)
    }

    @Test("Requests go to the best three and every quoted replacement; each asks what the catalog lacks")
    func requestsCarryTheUnknowns() throws {
        for name in D.examples {
            let inventory = try D.example(name)
            let assessment = assess(inventory, against: F.catalog, asOf: D.asOf)
            let dossier = D.dossier(inventory)
            let category = try #require(assessment.primaryCategory)
            let replacements = assessment.ranked(in: category).filter { !$0.inUse }.map(\.product)
            let quoted = Set(inventory.quotes.map(\.product))
            let expected = replacements.enumerated().filter { $0.offset < 3 || quoted.contains($0.element) }
                .map(\.element)
            #expect(dossier.requests.map(\.product) == expected, "\(name)")
            #expect(dossier.requests.count >= min(3, replacements.count), "\(name)")
            for request in dossier.requests {
                let product = try #require(F.catalog.product(request.product))
                let asked = Set(request.questions.filter { $0.kind == .capability }.compactMap(\.fact))
                for requirement in dossier.specification.requirements {
                    let must = MustRequirement(capability: requirement.capability, comparison: requirement.comparison)
                    let unknown = CapabilityKnowledge.meets(must, product).outcome == .unknown
                    #expect(
                        !unknown || asked.contains(requirement.capability),
                        "\(name): \(request.product) is not asked about \(requirement.capability)")
                }
                // The recommendation's deciding unknowns of this product come first.
                let deciding = request.questions.prefix { $0.deciding }
                #expect(request.questions.dropFirst(deciding.count).allSatisfy { !$0.deciding }, "\(name)")
                let swings = deciding.compactMap(\.swing)
                #expect(swings == swings.sorted(by: >), "largest swing first: \(name)")
                #expect(request.questions.contains { $0.kind == .licencePrice }, "\(name): \(request.product)")
                for advisory in product.advisories where advisory.exploited {
                    #expect(request.questions.contains { $0.kind == .fixedVersion && $0.fact == advisory.id })
                }
                let russian = inventory.organization.country == "RU"
                #expect(
                    request.questions.contains { $0.kind == .register && $0.fact == "ru_software" } == russian,
                    "\(name): the domestic register is asked in Russia only")
                #expect(request.questions.contains { $0.kind == .certificate && $0.fact == "fstec" } == russian)
            }
        }
        let school = D.dossier(try D.example("school-44fz.yaml"))
        let trueconf = try #require(school.requests.first { $0.product == "trueconf" })
        #expect(trueconf.questions.first?.kind == .licencePrice, "the largest deciding unknown: its licences")
        #expect(trueconf.offer?.exclusion == .licencesShort)
        let kontur = try #require(school.requests.first { $0.product == "kontur-talk" })
        #expect(kontur.questions.first?.kind == .dataLocation, "the deciding unknown of Контур.Толк")
    }

    @Test("A product's names are found as whole words, its vendor's too, the customer's own name is ignored")
    func neutrality() throws {
        let trueconf = try #require(F.catalog.product("trueconf"))
        #expect(ProductNeutrality.terms(of: trueconf).contains("TrueConf"))
        #expect(ProductNeutrality.terms(of: trueconf).contains("ТКС"), "the vendor without its legal form")
        let mts = try #require(F.catalog.product("mts-link"))
        #expect(ProductNeutrality.terms(of: mts).contains("Webinar.ru"), "a former name")
        let found = ProductNeutrality.violations(in: "Сервер TrueConf и МТС Линк", catalog: F.catalog)
        #expect(Set(found.map(\.product)) == ["mts-link", "trueconf"])
        #expect(ProductNeutrality.violations(in: "TrueConferencing, вебинары, контур сети", catalog: F.catalog).isEmpty)
        #expect(
            ProductNeutrality.violations(in: "Заказчик: ООО «Яндекс»", catalog: F.catalog, ignoring: ["ООО «Яндекс»"])
                .isEmpty)
    }

    @Test("The catalog's tender words and rule clauses name no product, and every capability has tender words")
    func catalogWordsAreNeutral() throws {
        for capability in F.catalog.capabilities {
            let tender = try #require(capability.tender, "\(capability.id) has no tender wording")
            for language in Language.allCases {
                #expect(
                    ProductNeutrality.violations(in: tender.text[language], catalog: F.catalog).isEmpty,
                    "\(capability.id)")
                #expect(
                    tender.text[language].contains(Capability.Tender.placeholder) == (capability.kind == .number),
                    "\(capability.id)")
            }
        }
        for rule in F.catalog.rules {
            for clause in rule.specification {
                for language in Language.allCases {
                    #expect(ProductNeutrality.violations(in: clause.text[language], catalog: F.catalog).isEmpty)
                }
            }
        }
    }

    @Test("Bad tender words, clauses and regime facts are errors at their place")
    func parserErrors() throws {
        let capabilities = """
            capabilities:
              - id: meetings.max_participants
                type: number
                unit: {ru: "участников", en: "participants"}
                name: {ru: "Участники", en: "Participants"}
                description: {ru: "…", en: "…"}
                tender: {section: functions, ru: "Много участников", en: "Many {value}"}
              - id: polls
                type: bool
                name: {ru: "Опросы", en: "Polls"}
                description: {ru: "…", en: "…"}
                workaround: {ru: "…", en: "…"}
                tender: {section: elsewhere, ru: "Опросы {value}", en: "Polls"}

            """
        let procurement = """
            fallback: none
            regimes:
              - id: none
                key: none
                name: {ru: "нет", en: "none"}
                regulated: false
                procurement_days: 10
                price_justification:
                  minimum_prices: {confidence: unconfirmed}
                  variation_limit: {value: 33, confidence: secondary}
                single_supplier: {days: 5, limit: {value: 100, confidence: confirmed, source: "https://x.test"}}

            """
        let files = [
            CatalogFile(role: .capabilities, path: "capabilities.yaml", bytes: Array(capabilities.utf8)),
            CatalogFile(role: .procurement, path: "procurement.yaml", bytes: Array(procurement.utf8)),
        ]
        guard case .failure(let error) = CatalogLoader(asOf: D.asOf).load(layers: [files]) else {
            Issue.record("the catalog loaded")
            return
        }
        let messages = error.diagnostics.map(\.description)
        func has(_ text: String) -> Bool { messages.contains { $0.contains(text) } }
        #expect(has("capabilities.yaml:7:") && has("holds {value} for the required number"), "\(messages)")
        #expect(has("only a number capability's tender text holds {value}"), "\(messages)")
        #expect(has("capabilities[1].tender.section: unknown value 'elsewhere'"), "\(messages)")
        #expect(has("confidence: unconfirmed needs a note"), "\(messages)")
        #expect(has("a value the documents state needs a source"), "\(messages)")
        #expect(has("a limit with a value names its currency"), "\(messages)")
    }
}
