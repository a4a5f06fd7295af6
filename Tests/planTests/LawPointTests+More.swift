import Foundation
import Testing

/// Issue #10, points 5–9, end to end through the built binary (see `LawPointTests`).
@Suite struct LawMorePointTests {
    let plan: BinaryRunner
    init() throws { plan = try BinaryRunner() }

    func compare(_ file: String, _ date: String) throws -> LawComparison {
        try LawComparison(plan, file, asOf: date)
    }

    func generate(_ file: String, _ date: String = "2026-11-29") throws -> String {
        let run = try plan.run(["generate", file, "--stdout", "--as-of", date, "--no-history"])
        #expect(run.exitCode == 0, "\(run)")
        return run.stdout
    }

    /// Point 5: general education with pupils' data uses the state systems from 2023-01-01; the
    /// rule reaches lessons: a bought product is barred from lessons and stays for staff meetings.
    @Test func point5LessonsGoToTheStatePlatformsAndStaffMeetingsToTheBoughtProduct() throws {
        let school = LawFixtures.example("school-44fz")
        #expect(try !compare(school, "2022-12-31").allIDs.contains("RU-273FZ-EDU-PLATFORMS"))
        let after = try compare(school, "2023-01-01")
        #expect(after.rule("RU-273FZ-EDU-PLATFORMS", "severity") == "blocker")
        #expect(after.rules["RU-273FZ-EDU-PLATFORMS"]?["purposes_reached"] as? [String] == ["lessons"])
        #expect(after.ids("trueconf", "excluded_for") == ["RU-273FZ-EDU-PLATFORMS"])
        let limit = try #require((after.option("trueconf")?["excluded_for"] as? [[String: Any]])?.first)
        #expect(limit["purposes"] as? [String] == ["lessons"])
        #expect(after.option("trueconf")?["status"] as? String == "eligible")
        #expect(!after.ids("trueconf", "blockers").contains("RU-273FZ-EDU-PLATFORMS"))
        // Сферум is the state platform the rule sends lessons to, not a product to buy.
        #expect(after.option("sferum") == nil)

        // Staff meetings only: listed, judges nothing. No purposes stated: a warning that asks.
        // Lessons only: every bought product is barred.
        let staff = try compare(LawFixtures.path("school-staff-only"), "2023-01-01")
        #expect(staff.rules["RU-273FZ-EDU-PLATFORMS"]?["purposes_reached"] as? [String] == [])
        #expect(!staff.checkedIDs.contains("RU-273FZ-EDU-PLATFORMS"))
        let silent = try compare(LawFixtures.path("school-no-purposes"), "2023-01-01")
        #expect(silent.rule("RU-273FZ-EDU-PLATFORMS", "severity") == "warning")
        #expect(silent.ids("trueconf", "warnings").contains("RU-273FZ-EDU-PLATFORMS"))
        let lessons = try compare(LawFixtures.path("school-lessons-only"), "2023-01-01")
        #expect(lessons.ids("trueconf", "blockers").contains("RU-273FZ-EDU-PLATFORMS"))
        // With nothing to buy for, the plan points to the rule before any market research.
        let lessonsPlan = try generate(LawFixtures.path("school-lessons-only"))
        #expect(lessonsPlan.contains("Всё, для чего сейчас используются сервисы, подпадает под «Уроки с учениками"))
        // Higher education is not general education.
        #expect(
            try !compare(LawFixtures.path("federal-university"), "2023-01-01").allIDs.contains("RU-273FZ-EDU-PLATFORMS")
        )

        let text = try generate(school)
        #expect(text.contains("TrueConf Server покупается для совещаний сотрудников и встреч с внешними участниками"))
        #expect(text.contains("для уроков с учениками его использовать нельзя"))
        #expect(
            text.contains("- [ ] Перевести регулярные онлайн-уроки с учениками из Zoom в «Сферум» и ФГИС «Моя школа»"))
        #expect(text.contains("Записи уроков и переписку с учениками из Zoom в новый сервис не переносить"))
    }

    /// Point 6: Kazakhstan is its own jurisdiction: its procurement law, its data law, nothing
    /// Russian; what the research does not confirm is a warning and a point to check.
    @Test func point6KazakhstanIsItsOwnJurisdiction() throws {
        let body = LawFixtures.path("kz-state-default")
        for date in ["2015-12-31", "2016-01-01", "2024-12-31", "2025-01-01", "2026-11-29"] {
            let result = try compare(body, date)
            #expect(result.allIDs.filter { $0.hasPrefix("RU-") }.isEmpty, "\(date): \(result.allIDs)")
            let example = try compare(LawFixtures.example("kz-state-body"), date)
            #expect(example.allIDs.filter { $0.hasPrefix("RU-") }.isEmpty, "\(date): \(example.allIDs)")
        }
        #expect(try !compare(body, "2015-12-31").ruleIDs.contains("KZ-94V-LOCALIZATION"))
        #expect(try compare(body, "2016-01-01").ids("zoom", "blockers").contains("KZ-94V-LOCALIZATION"))
        #expect(try !compare(body, "2024-12-31").ruleIDs.contains("KZ-106-VIII-PROCUREMENT"))
        let after = try compare(body, "2025-01-01")
        #expect(after.rule("KZ-106-VIII-PROCUREMENT", "severity") == "warning")
        #expect(after.rule("KZ-106-VIII-PROCUREMENT", "confidence") == "unconfirmed")
        #expect(!after.checkedIDs.contains("KZ-106-VIII-PROCUREMENT"))
        let procurement = try #require(after.json["procurement"] as? [String: Any])
        #expect(procurement["regime"] as? String == "KZ-106-VIII")
        #expect(procurement["defaulted"] as? Bool == true)
        #expect(procurement["country"] as? String == "KZ")

        let wrong = try plan.run(["validate", LawFixtures.path("kz-44fz")])
        #expect(wrong.exitCode == 1)
        #expect(wrong.stderr.contains("organization.procurement: '44-FZ' is a procurement regime of RU"))
        #expect(wrong.stderr.contains("KZ-106-VIII"))

        let text = try generate(LawFixtures.example("kz-state-body"))
        for russian in ["152-ФЗ", "44-ФЗ", "223-ФЗ", "внутренним правилам", "ru\\_software", "отечественную"] {
            #expect(!text.contains(russian), "the Kazakh plan says \(russian)")
        }
        #expect(text.contains("Порядок закупки организации — Закон РК № 106-VIII"))
        #expect(text.contains("Закон Республики Казахстан от 21 мая 2013 года № 94-V"))
        #expect(text.contains("*Исследованием не подтверждено — проверьте.*"))
        #expect(text.contains("копия за рубежом рядом с основной базой в Казахстане допустима"))
    }

    /// Point 7: a 44-FZ buyer describes the object by functions; each bidder gives its own
    /// register entry; the plan never puts one product's entry into the tender.
    @Test func point7NoSingleProductsRegisterEntryInTheTender() throws {
        let school = LawFixtures.example("school-44fz")
        let result = try compare(school, "2026-11-29")
        #expect(result.ids("zoom", "blockers").contains("RU-1875-NATIONAL-REGIME"))
        let advice = result.adviceRU("RU-1875-NATIONAL-REGIME")
        #expect(advice.contains("ст. 33") && advice.contains("Каждый участник"))
        let text = try generate(school)
        #expect(!text.contains("номер и дату записи укажите в документации"))
        #expect(!text.contains("номер реестровой записи"))
        #expect(text.contains("без записи реестра одного продукта"))
        #expect(text.contains("Номер записи своей программы каждый участник указывает в заявке сам"))
    }

    /// Point 8: Decree 1912, the trusted-software priority and the 2027 register deadlines as
    /// warnings from their dates; Decree 887's Bank of Russia approval for financial buyers.
    @Test func point8TheMissingRulesComeIntoForceOnTheirDates() throws {
        let significant = LawFixtures.path("state-company-significant")
        for (id, before, from) in [
            ("RU-KII-1912-TRUSTED-PAK", "2024-08-31", "2024-09-01"),
            ("RU-TRUSTED-SOFTWARE-2026", "2026-02-28", "2026-03-01"),
            ("RU-REGISTER-OS-COMPAT-2027", "2026-12-31", "2027-01-01"),
        ] {
            #expect(try !compare(significant, before).allIDs.contains(id), "\(id) before \(from)")
            let after = try compare(significant, from)
            #expect(after.rule(id, "severity") == "warning", "\(id) from \(from)")
            for product in ["zoom", "trueconf", "mts-link"] {
                #expect(!after.ids(product, "blockers").contains(id) && !after.ids(product, "conditions").contains(id))
            }
        }
        #expect(try compare(significant, "2026-03-01").ids("trueconf", "warnings").contains("RU-TRUSTED-SOFTWARE-2026"))
        #expect(try compare(significant, "2024-09-01").rule("RU-KII-1912-TRUSTED-PAK", "effect") == "obligation")

        let bank = LawFixtures.path("bank-significant")
        let before887 = try compare(bank, "2023-11-21")
        #expect(before887.ids("zoom", "blockers").contains("RU-KII-166-PROCUREMENT"))
        #expect(!before887.adviceRU("RU-KII-166-PROCUREMENT").contains("Банк"))
        let after887 = try compare(bank, "2023-11-22")
        #expect(after887.adviceRU("RU-KII-166-PROCUREMENT").contains("Банке России"))
        #expect(after887.citation("RU-KII-166-PROCUREMENT")?.title.contains("№ 887") == true)
        let energy = try compare(significant, "2023-11-22")
        #expect(!energy.adviceRU("RU-KII-166-PROCUREMENT").contains("Банк"))
    }

    /// Point 9: a rule that decides eligibility cites an official publication.
    @Test func point9EveryBlockerCitesAnOfficialPublication() throws {
        let files =
            [
                "school-44fz", "university-gis", "state-company-kii", "private-firm", "kz-state-body",
            ].map(LawFixtures.example)
            + [
                "state-company-223fz", "state-company-significant", "bank-significant", "municipal-body-significant",
                "school-lessons-only", "university-teams", "kz-state-default",
            ].map(LawFixtures.path)
        for file in files {
            for date in ["2016-06-01", "2023-06-01", "2025-01-01", "2026-11-29"] {
                let result = try compare(file, date)
                for option in result.json["options"] as? [[String: Any]] ?? [] {
                    for entry in (option["blockers"] as? [[String: Any]] ?? [])
                        + (option["excluded_for"] as? [[String: Any]] ?? [])
                    {
                        let rule = entry["rule"] as? String ?? ""
                        guard rule != "VENDOR-RESTRICTION", rule != "REQUIREMENT" else { continue }
                        #expect(LawFixtures.isOfficial(entry["source"] as? String ?? ""), "\(file) \(date) \(rule)")
                    }
                }
                for (id, entry) in result.rules where entry["severity"] as? String == "blocker" {
                    #expect(LawFixtures.isOfficial(result.citation(id)?.url ?? ""), "\(file) \(date) \(id)")
                }
            }
        }
    }

    /// `plan catalog validate` refuses a blocker that cites news, and an unconfirmed blocker.
    @Test func aBlockerCitingNewsOrUnconfirmedIsACatalogError() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("rules"), withIntermediateDirectories: true)
        let rules = """
            jurisdiction:
              country: XX
              official_sources: [law.example]
            rules:
              - id: XX-NEWS-BAN
                title: {ru: "Запрет", en: "Ban"}
                citation: {title: "Закон", url: "https://news.example/story"}
                effective_from: 2025-01-01
                when: {country: [XX]}
                require: {vendor_country: [XX]}
                severity: blocker
              - id: XX-UNSURE-BAN
                title: {ru: "Запрет", en: "Ban"}
                citation: {title: "Закон", url: "https://www.law.example/act"}
                effective_from: 2025-01-01
                when: {country: [XX]}
                require: {vendor_country: [XX]}
                severity: blocker
                confidence: unconfirmed
                note: "not verified"
            """
        try Data(rules.utf8).write(to: folder.appendingPathComponent("rules/xx.yaml"))
        let run = try plan.run(["catalog", "validate", folder.path])
        #expect(run.exitCode == 1, "\(run)")
        #expect(
            run.stderr.contains(
                "rule XX-NEWS-BAN decides eligibility (a blocker), so its citation must link an official publication"))
        #expect(!run.stderr.contains("rule XX-UNSURE-BAN decides eligibility"))
        #expect(
            run.stderr.contains(
                "rules[1].severity: a rule the research cannot confirm (confidence: unconfirmed) stays a warning"))
    }

    /// Every revision-1 inventory (the examples as they were before revision 2) still validates.
    @Test func revisionOneInventoriesStillValidate() throws {
        for name in ["school-44fz", "university-gis", "state-company-kii", "private-firm", "kz-state-body"] {
            let run = try plan.run(["validate", "Tests/planTests/Fixtures/law/revision1/\(name).yaml"])
            #expect(run.exitCode == 0, "\(run)")
        }
    }
}
