import Foundation
import Testing

/// Issue #10, points 1–4, end to end: `plan compare --format json --as-of DATE` of the built
/// binary on an inventory, on each side of every transition, asserting rule ids.
@Suite struct LawPointTests {
    let plan: BinaryRunner
    init() throws { plan = try BinaryRunner() }

    func compare(_ file: String, _ date: String) throws -> LawComparison {
        try LawComparison(plan, file, asOf: date)
    }

    /// Point 1: Decree 1236's ban until 2024-12-31, then Decree 1875's national regime for 44-FZ
    /// and 223-FZ buyers, each cited through its own law.
    @Test func point1TheBanOfDecree1236EndsAndDecree1875TakesOver() throws {
        let school = LawFixtures.example("school-44fz")
        #expect(try !compare(school, "2015-12-31").allIDs.contains("RU-1236-REGISTRY"))
        #expect(try compare(school, "2016-01-01").ids("zoom", "blockers").contains("RU-1236-REGISTRY"))
        let lastDay = try compare(school, "2024-12-31")
        #expect(lastDay.ids("zoom", "blockers").contains("RU-1236-REGISTRY"))
        #expect(!lastDay.allIDs.contains("RU-1875-NATIONAL-REGIME"))
        let firstDay = try compare(school, "2025-01-01")
        #expect(firstDay.ids("zoom", "blockers").contains("RU-1875-NATIONAL-REGIME"))
        #expect(!firstDay.ids("zoom", "conditions").contains("RU-1875-NATIONAL-REGIME"))
        #expect(!firstDay.allIDs.contains("RU-1236-REGISTRY"))
        let schoolCitation = try #require(firstDay.citation("RU-1875-NATIONAL-REGIME"))
        #expect(schoolCitation.title.contains("№ 44-ФЗ") && schoolCitation.title.contains("ст. 14"))
        #expect(schoolCitation.title.contains("№ 1875") && schoolCitation.title.contains("приложение № 1"))
        #expect(!schoolCitation.title.contains("223-ФЗ"))
        #expect(schoolCitation.url == "https://www.consultant.ru/document/cons_doc_LAW_144624/")

        // A 223-FZ buyer: unprotected by any procurement ban before 2025, then 1875 through art. 3.1-4.
        let company = LawFixtures.path("state-company-223fz")
        #expect(try compare(company, "2024-12-31").ids("zoom", "blockers") == ["VENDOR-RESTRICTION"])
        let after = try compare(company, "2025-01-01")
        #expect(after.ids("zoom", "blockers").contains("RU-1875-NATIONAL-REGIME"))
        let companyCitation = try #require(after.citation("RU-1875-NATIONAL-REGIME"))
        #expect(companyCitation.title.contains("№ 223-ФЗ") && companyCitation.title.contains("ст. 3.1-4"))
        #expect(!companyCitation.title.contains("44-ФЗ"))
        #expect(companyCitation.url == "https://www.consultant.ru/document/cons_doc_LAW_116964/")
        #expect(after.rule("RU-1875-NATIONAL-REGIME", "effect") == "purchase_ban")
    }

    /// Point 2: KII rules reach significant objects only; Decree 166 leaves out organizations
    /// with municipal participation; 58-FZ, not yet in operation, is a warning.
    @Test func point2KIIRulesReachSignificantObjectsOnly() throws {
        let kiiOnly = try compare(LawFixtures.path("state-company-kii"), "2026-11-29")
        #expect(kiiOnly.allIDs.filter { $0.hasPrefix("RU-KII-") }.isEmpty, "\(kiiOnly.allIDs)")

        let significant = LawFixtures.path("state-company-significant")
        #expect(try !compare(significant, "2022-03-30").allIDs.contains("RU-KII-166-PROCUREMENT"))
        let approval = try compare(significant, "2022-03-31")
        #expect(approval.ids("zoom", "blockers").contains("RU-KII-166-PROCUREMENT"))
        #expect(approval.rule("RU-KII-166-PROCUREMENT", "effect") == "purchase_approval")
        #expect(try !compare(significant, "2024-12-31").allIDs.contains("RU-KII-166"))
        let useBan = try compare(significant, "2025-01-01")
        #expect(useBan.ids("zoom", "blockers").contains("RU-KII-166"))
        #expect(useBan.rule("RU-KII-166", "effect") == "use_ban")
        #expect(try !compare(significant, "2025-08-31").allIDs.contains("RU-KII-58FZ"))
        let amended = try compare(significant, "2025-09-01")
        #expect(amended.rule("RU-KII-58FZ", "severity") == "warning")
        #expect(amended.ids("zoom", "warnings").contains("RU-KII-58FZ"))
        #expect(amended.ids("mts-link", "warnings").contains("RU-KII-58FZ"))
        for product in ["zoom", "mts-link", "trueconf"] {
            #expect(!amended.ids(product, "blockers").contains("RU-KII-58FZ"))
            #expect(!amended.ids(product, "conditions").contains("RU-KII-58FZ"))
        }

        let municipal = try compare(LawFixtures.path("municipal-participation-significant"), "2026-11-29")
        #expect(!municipal.allIDs.contains("RU-KII-166") && !municipal.allIDs.contains("RU-KII-166-PROCUREMENT"))
        #expect(municipal.ruleIDs.contains("RU-KII-58FZ"))

        // A municipal body is not (confirmed to be) a state authority: Decree 166's use ban is
        // listed as one to check, and excludes nothing.
        let body = try compare(LawFixtures.path("municipal-body-significant"), "2026-11-29")
        #expect(body.rule("RU-KII-166", "applies") == "check")
        #expect(body.rule("RU-KII-166", "severity") == "warning")
        #expect(!body.checkedIDs.contains("RU-KII-166"))
    }

    /// KII left out for a sector that is usually KII: a warning asks; written as `none`, none.
    @Test func anInventorySilentOnKIIInAKIISectorIsAsked() throws {
        let silent = try plan.run(["validate", LawFixtures.path("energy-no-kii")])
        #expect(silent.exitCode == 0, "\(silent)")
        #expect(silent.stderr.contains("warning: organization.kii: not given, so 'none' is assumed"))
        #expect(silent.stderr.contains("energy sector") && silent.stderr.contains("187-FZ"))
        let stated = try plan.run(["validate", LawFixtures.path("state-company-223fz")])
        #expect(stated.exitCode == 0 && !stated.stderr.contains("organization.kii"), "\(stated)")
    }

    /// Point 3: 149-FZ bans transferring data through the listed messengers; the list is
    /// closed, so a product not on it meets the rule whatever its vendor's country.
    @Test func point3TheMessengerListIsADataTransferBanOnAClosedList() throws {
        let university = LawFixtures.path("university-teams")
        #expect(try !compare(university, "2023-02-28").allIDs.contains("RU-149FZ-MESSENGERS"))
        let listed = try compare(university, "2023-03-01")
        #expect(listed.ids("microsoft-teams", "blockers").contains("RU-149FZ-MESSENGERS"))
        #expect(listed.rule("RU-149FZ-MESSENGERS", "effect") == "data_transfer_ban")
        for product in ["zoom", "trueconf", "iva", "dion", "express", "vinteo"] {
            for list in ["blockers", "conditions", "warnings"] {
                #expect(!listed.ids(product, list).contains("RU-149FZ-MESSENGERS"), "\(product) \(list)")
            }
        }
        // The plan words it as a ban on transferring data, not on buying or renewing.
        let run = try plan.run(["generate", university, "--stdout", "--as-of", "2026-11-29", "--no-history"])
        #expect(run.exitCode == 0, "\(run)")
        let row = try #require(
            run.stdoutLines.first { $0.hasPrefix("| **") && $0.contains("через иностранные мессенджеры из перечня") })
        // The listing is alrud.com's (secondary): the row says so.
        #expect(
            row.contains(
                "Microsoft Teams (сейчас): не соответствует (по вторичному источнику) — передавать через него персональные"
            ))
        #expect(!row.contains("продлевать и закупать нельзя"))
    }

    /// Point 4: FSTEC Order 17 from its entry into force (2013-09-01) until Order 117 replaces
    /// it (2026-03-01); 117 applies to whom its text names; both are obligations (attested
    /// system, tasks), not a certificate test of the product.
    @Test func point4FSTECOrdersAreDatedScopedAndObligations() throws {
        let schoolGIS = LawFixtures.path("municipal-school-gis")
        #expect(try compare(schoolGIS, "2013-08-31").allIDs.filter { $0.hasPrefix("RU-FSTEC-") }.isEmpty)
        #expect(try compare(schoolGIS, "2013-09-01").ruleIDs.contains("RU-FSTEC-GIS"))
        let lastDay = try compare(schoolGIS, "2026-02-28")
        #expect(lastDay.ruleIDs.contains("RU-FSTEC-GIS") && !lastDay.ruleIDs.contains("RU-FSTEC-117-STATE-IS"))
        let firstDay = try compare(schoolGIS, "2026-03-01")
        #expect(!firstDay.ruleIDs.contains("RU-FSTEC-GIS"))
        #expect(firstDay.rule("RU-FSTEC-117-STATE-IS", "applies") == "yes")
        #expect(firstDay.rule("RU-FSTEC-117-STATE-IS", "effect") == "obligation")
        #expect((firstDay.rules["RU-FSTEC-117-STATE-IS"]?["tasks"] as? Int ?? 0) > 0)

        // A municipal school without a GIS: whether 117 binds municipal institutions is not
        // verified, so it is listed to check and judges no product.
        let school = LawFixtures.example("school-44fz")
        #expect(try !compare(school, "2026-02-28").ruleIDs.contains("RU-FSTEC-117-STATE-IS"))
        let schoolAfter = try compare(school, "2026-03-01")
        #expect(schoolAfter.rule("RU-FSTEC-117-STATE-IS", "applies") == "check")
        #expect(!schoolAfter.checkedIDs.contains("RU-FSTEC-117-STATE-IS"))
        // A municipal body and a federal university: named by the order.
        let body = LawFixtures.path("municipal-body")
        #expect(try !compare(body, "2026-02-28").ruleIDs.contains("RU-FSTEC-117-STATE-IS"))
        #expect(try compare(body, "2026-03-01").rule("RU-FSTEC-117-STATE-IS", "applies") == "yes")
        let federal = try compare(LawFixtures.path("federal-university"), "2026-03-01")
        #expect(federal.rule("RU-FSTEC-117-STATE-IS", "applies") == "yes")

        // On premises meets it; a cloud-only product is a risk; nothing asks for a certificate.
        let gis = try compare(LawFixtures.example("university-gis"), "2026-03-01")
        #expect(!gis.ids("trueconf", "warnings").contains("RU-FSTEC-117-STATE-IS"))
        #expect(gis.ids("yandex-telemost", "warnings").contains("RU-FSTEC-117-STATE-IS"))
        let text = try plan.run([
            "compare", LawFixtures.example("university-gis"), "--format", "json", "--as-of", "2026-03-01",
            "--no-history",
        ])
        #expect(!text.stdout.lowercased().contains("fstec certificate"))
        let generated = try plan.run([
            "generate", LawFixtures.example("university-gis"), "--stdout", "--as-of", "2026-11-29", "--no-history",
        ])
        #expect(generated.stdout.contains("повторная аттестация"))
        #expect(generated.stdout.contains("критические уязвимости устраняются в течение 24 часов"))
    }
}
