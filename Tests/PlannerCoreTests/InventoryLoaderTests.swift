import Foundation
import PlannerCore
import Testing

@Suite("Inventory loader")
struct InventoryLoaderTests {
    typealias Support = InventoryTestSupport

    /// The complete example of the contract (inventory-v1.md), verbatim.
    static let contractExample = """
        schema: 1
        organization:
          name: "МБОУ «Гимназия № 5»"
          id: gymnasium-5            # optional; used for file names; default: transliterated slug of name
          country: RU                # ISO 3166-1 alpha-2
          sector: education          # government | education | healthcare | finance | energy | transport | telecom | commercial | nonprofit
          ownership: municipal       # federal | regional | municipal | state_company | private
          procurement: 44-FZ         # 44-FZ | 223-FZ | none   (default: 44-FZ for federal/regional/municipal, 223-FZ for state_company, none for private)
          personal_data: true        # processes personal data of citizens (default true)
          kii: none                  # none | kii | significant  (critical information infrastructure; default none)
          state_information_system: false   # operates a state information system (default false)
          users: 140                 # people who will use the replacement (> 0)
          it_staff: 2                # default 1
          deadline: 2026-08-31       # optional: the migration must be finished by this date
          budget:                    # optional
            currency: RUB            # default RUB
            annual: 300000
          sites:                     # optional; default: one site holding all users
            - name: "Главный корпус"
              users: 120
              room_systems: 2        # SIP/H.323 meeting-room endpoints on this site (default 0)
            - name: "Филиал"
              users: 20

        services:                    # foreign services in use today; at least one
          - product: zoom            # a catalog product id
            plan: business           # optional, free text
            licenses: 10
            annual_cost: 180000      # optional, in budget currency
            contract_end: 2026-06-30 # optional
            usage:                   # all optional
              peak_participants: 150
              meetings_per_week: 60
              webinar_attendees: 500
              recordings_gb: 80
            features_used:           # capability ids (see Catalog/capabilities.yaml)
              - breakout_rooms
              - polls
              - recording.cloud
              - interop.sip
              - integrations.moodle
              - auth.ldap

        requirements:                # all optional
          must:                      # hard requirements: a product that fails one is not eligible
            - deployment.on_premises
            - clients.astra_linux
            - "meetings.max_participants >= 200"
          want:                      # soft requirements: capability id -> weight 1..5
            transcription: 2
            breakout_rooms: 3
            security.e2e_encryption: 1
          weights:                   # how the four scores combine; default fit 40, cost 30, effort 20, risk 10
            fit: 40
            cost: 30
            effort: 20
            risk: 10

        quotes:                      # optional: commercial offers received, by product id;
          trueconf:                  # a quote replaces the catalog's list price in the cost model
            annual: 420000
            one_time: 150000
            date: 2026-10-01
            note: "КП № 17 от 01.10.2026"

        plan:                        # all optional
          language: ru               # ru | en (default ru)
          start: 2026-03-01          # default: the as-of date
          blackouts:                 # periods with no pilot or cut-over, besides public holidays
            - {from: 2026-05-20, to: 2026-06-30, reason: "ОГЭ и ЕГЭ"}

        """

    @Test func readsEveryFieldOfTheContractExample() throws {
        let inventory = try Support.load(Self.contractExample, file: "school.yaml").get()
        #expect(inventory.file == "school.yaml")
        #expect(inventory.schema == 1)
        let org = inventory.organization
        #expect(org.name == "МБОУ «Гимназия № 5»")
        #expect(org.id == "gymnasium-5")
        #expect(org.country == "RU")
        #expect(org.sector == .education)
        #expect(org.ownership == .municipal)
        #expect(org.procurement == "44-FZ")
        #expect(org.personalData)
        #expect(org.kii == .none)
        #expect(!org.stateInformationSystem)
        #expect(org.users == 140)
        #expect(org.itStaff == 2)
        #expect(org.deadline == CalendarDate(year: 2026, month: 8, day: 31))
        #expect(org.budget.currency == "RUB")
        #expect(org.budget.annual == 300_000)
        #expect(org.sites.map(\.name) == ["Главный корпус", "Филиал"])
        #expect(org.sites.map(\.users) == [120, 20])
        #expect(org.sites.map(\.roomSystems) == [2, 0])
        #expect(org.roomSystems == 2)

        let service = try #require(inventory.services.first)
        #expect(inventory.services.count == 1)
        #expect(service.product == "zoom")
        #expect(service.plan == "business")
        #expect(service.licenses == 10)
        #expect(service.annualCost == 180_000)
        #expect(service.contractEnd == CalendarDate(year: 2026, month: 6, day: 30))
        #expect(service.usage.peakParticipants == 150)
        #expect(service.usage.meetingsPerWeek == 60)
        #expect(service.usage.webinarAttendees == 500)
        #expect(service.usage.recordingsGB == 80)
        #expect(
            service.featuresUsed == [
                "breakout_rooms", "polls", "recording.cloud", "interop.sip", "integrations.moodle", "auth.ldap",
            ])

        let requirements = inventory.requirements
        #expect(
            requirements.must == [
                MustRequirement(capability: "deployment.on_premises", comparison: .isTrue),
                MustRequirement(capability: "clients.astra_linux", comparison: .isTrue),
                MustRequirement(capability: "meetings.max_participants", comparison: .atLeast(200)),
            ])
        #expect(
            requirements.want == [
                Want(capability: "transcription", weight: 2), Want(capability: "breakout_rooms", weight: 3),
                Want(capability: "security.e2e_encryption", weight: 1),
            ])
        #expect(requirements.weights == Weights.standard)

        let quote = try #require(inventory.quote(for: "trueconf"))
        #expect(quote.annual == 420_000)
        #expect(quote.oneTime == 150_000)
        #expect(quote.date == CalendarDate(year: 2026, month: 10, day: 1))
        #expect(quote.note == "КП № 17 от 01.10.2026")

        #expect(inventory.plan.language == .ru)
        #expect(inventory.plan.start == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(inventory.plan.blackouts.count == 1)
        #expect(inventory.plan.blackouts.first?.reason == "ОГЭ и ЕГЭ")
        // Read as of 2026-11-29, the contract's example starts in the past: said, in the
        // file's language (plan.language: ru), at plan.start.
        #expect(
            inventory.warnings.map(\.description) == [
                "school.yaml:68:10: warning: plan.start: 2026-03-01 раньше даты расчёта (2026-11-29): график "
                    + "начнётся в прошлом; проверьте год (если переход уже идёт, это предупреждение можно не учитывать)"
            ])
    }

    @Test func fillsEveryDefault() throws {
        let inventory = try Support.load(Support.minimal).get()
        let org = inventory.organization
        #expect(org.id == "mbou-gimnaziya-5")
        #expect(org.procurement == "44-FZ")
        #expect(org.personalData)
        #expect(org.kii == .none)
        #expect(!org.stateInformationSystem)
        #expect(org.itStaff == 1)
        #expect(org.deadline == nil)
        #expect(org.budget.currency == "RUB")
        #expect(org.budget.annual == nil)
        #expect(org.sites.count == 1)
        #expect(org.sites.first?.users == 140)
        #expect(org.sites.first?.roomSystems == 0)
        let service = try #require(inventory.services.first)
        #expect(
            service.plan == nil && service.licenses == nil && service.annualCost == nil && service.contractEnd == nil)
        #expect(service.featuresUsed.isEmpty)
        #expect(inventory.requirements.must.isEmpty && inventory.requirements.want.isEmpty)
        #expect(inventory.requirements.weights == Weights.standard)
        #expect(inventory.quotes.isEmpty)
        #expect(inventory.plan.language == .ru)
        #expect(inventory.plan.start == nil)
        #expect(inventory.plan.blackouts.isEmpty)
    }

    @Test(arguments: [
        (Ownership.federal, "44-FZ"), (.regional, "44-FZ"), (.municipal, "44-FZ"), (.stateCompany, "223-FZ"),
        (.private, "none"),
    ])
    func procurementDefaultsFromOwnership(ownership: Ownership, procurement: String) throws {
        let text = Support.minimal.replacingOccurrences(
            of: "ownership: municipal", with: "ownership: \(ownership.rawValue)")
        #expect(try Support.load(text).get().organization.procurement == procurement)
    }

    @Test func explicitProcurementWins() throws {
        let text = Support.minimal.replacingOccurrences(
            of: "ownership: municipal", with: "ownership: federal\n  procurement: 223-FZ")
        #expect(try Support.load(text).get().organization.procurement == "223-FZ")
    }

    @Test func idDefaultsToTheTransliteratedName() throws {
        #expect(try Support.load(Support.minimal).get().organization.id == "mbou-gimnaziya-5")
        let latin = Support.minimal.replacingOccurrences(of: "\"МБОУ «Гимназия № 5»\"", with: "\"Acme, Inc.\"")
        #expect(try Support.load(latin).get().organization.id == "acme-inc")
    }

    @Test func weightsAreNormalizedAndMissingOnesTakeTheirDefault() throws {
        let equal = Support.minimal + "requirements:\n  weights: {fit: 1, cost: 1, effort: 1, risk: 1}\n"
        #expect(try Support.load(equal).get().requirements.weights == Weights(fit: 25, cost: 25, effort: 25, risk: 25))
        let partial = Support.minimal + "requirements:\n  weights: {cost: 0}\n"
        let weights = try Support.load(partial).get().requirements.weights
        #expect(weights.cost == 0)
        #expect(abs(weights.fit - 400.0 / 7) < 1e-9)
        #expect(abs(weights.sum - 100) < 1e-9)
    }

    @Test func mustExpressionsAreCheckedAgainstTheCapabilityKind() throws {
        let text =
            Support.minimal + """
                requirements:
                  must:
                    - clients.astra_linux
                    - meetings.max_participants>=300
                    - "meetings.max_duration_minutes <= 1_440"

                """
        let must = try Support.load(text).get().requirements.must
        #expect(
            must.map(\.expression) == [
                "clients.astra_linux", "meetings.max_participants >= 300", "meetings.max_duration_minutes <= 1440",
            ])
    }

    @Test func reportsEveryProblemAtOnceInFileOrder() {
        let text = """
            schema: 1
            organization:
              name: "Школа"
              country: ru
              sector: educaton
              ownership: municipal
              users: 0
            services:
              - product: zom
                contract_end: 2026-02-30
            requirements:
              want:
                transcripton: 6

            """
        #expect(
            Support.messages(text) == [
                "inventory.yaml:4:12: error: organization.country: expected an ISO 3166-1 alpha-2 country code such as RU or KZ, found 'ru'; write 'RU'",
                "inventory.yaml:5:11: error: organization.sector: unknown value 'educaton'; did you mean 'education'?",
                "inventory.yaml:7:10: error: organization.users: must be between 1 and 10000000, found 0",
                "inventory.yaml:9:14: error: services[0].product: unknown product 'zom'; did you mean 'zoom'?",
                "inventory.yaml:10:19: error: services[0].contract_end: 2026-02-30 is not a calendar date",
                "inventory.yaml:13:5: error: requirements.want: unknown capability 'transcripton'; did you mean 'transcription'?",
                "inventory.yaml:13:19: error: requirements.want.transcripton: must be between 1 and 5, found 6",
            ])
    }

    @Test func warnsAboutADeadlineOrAContractEndBeforeTheStart() throws {
        let text =
            Support.minimal.replacingOccurrences(of: "users: 140", with: "users: 140\n  deadline: 2026-12-01")
            .replacingOccurrences(of: "- product: zoom", with: "- product: zoom\n    contract_end: 2026-12-31")
            + "plan:\n  start: 2027-01-10\n"
        let inventory = try Support.load(text).get()
        #expect(
            inventory.warnings.map(\.description) == [
                "inventory.yaml:8:13: warning: organization.deadline: 2026-12-01 is before plan.start (2027-01-10); the plan cannot finish in time",
                "inventory.yaml:11:19: warning: services[0].contract_end: the contract ends on 2026-12-31, before plan.start (2027-01-10); check the date or whether the service is still in use",
            ])
    }

    @Test func theAsOfDateStandsInForAMissingStart() throws {
        let text = Support.minimal.replacingOccurrences(of: "users: 140", with: "users: 140\n  deadline: 2026-11-01")
        let inventory = try Support.load(text).get()
        #expect(
            inventory.warnings.map(\.message) == [
                "organization.deadline: 2026-11-01 is before the as-of date (2026-11-29); the plan cannot finish in time"
            ])
        let undated = InventoryLoader(catalog: Support.catalog)
        #expect(try undated.load(Array(text.utf8), file: "x.yaml").get().warnings.isEmpty)
    }

    @Test func summaryNamesTheOrganizationAndCountsServices() throws {
        let inventory = try Support.load(Support.minimal + "  - product: microsoft-teams\n").get()
        #expect(inventory.summary == "МБОУ «Гимназия № 5», 2 services")
        let escaped = Support.minimal.replacingOccurrences(of: "\"МБОУ «Гимназия № 5»\"", with: "\"A\\e[31mB\"")
        #expect(try Support.load(escaped).get().summary == "A?[31mB, 1 service")
    }

    @Test func missingAndUnreadableFilesAreDiagnostics() throws {
        let missing = Support.loader.load(contentsOf: "/nonexistent/inventory.yaml")
        #expect(throws: DiagnosticsError.self) { try missing.get() }
        let folder = Support.loader.load(contentsOf: NSTemporaryDirectory())
        #expect(throws: DiagnosticsError.self) { try folder.get() }
    }

    @Test(arguments: [
        "school-44fz.yaml", "university-gis.yaml", "state-company-kii.yaml", "private-firm.yaml", "kz-state-body.yaml",
    ])
    func examplesValidateAgainstTheShippedCatalogWithoutWarnings(name: String) throws {
        let loader = InventoryLoader(catalog: try Support.shippedCatalog(), asOf: Support.asOf)
        let path = Support.packageRoot.appendingPathComponent("Examples/\(name)").path
        let inventory = try loader.load(contentsOf: path).get()
        #expect(inventory.warnings.isEmpty)
        #expect(inventory.plan.start.map { $0.year == 2027 } == true)
    }
}
