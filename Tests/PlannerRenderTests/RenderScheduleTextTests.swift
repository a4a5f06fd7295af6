import Foundation
import PlannerCore
import TestSupport
import Testing

/// What the plan says about its schedule (issue #12): the first day, the export's length.
@Suite("Schedule text")
struct RenderScheduleTextTests {
    /// The school example's inventory with its YAML changed.
    static func schoolInventory(_ change: (String) -> String) throws -> Inventory {
        let url = RenderFixtures.packageRoot.appendingPathComponent("Examples/school-44fz.yaml")
        let yaml = change(try String(contentsOf: url, encoding: .utf8))
        return try RenderFixtures.inventory(yaml, file: "school.yaml").get()
    }

    /// The school example's plan with its YAML changed.
    static func school(_ change: (String) -> String) throws -> String {
        try RenderFixtures.plan(try schoolInventory(change), .ru).markdown
    }

    @Test("A plan asked to start on a Sunday counts from Monday")
    func sundayStart() throws {
        // No plan.start: the plan starts on the as-of date, Sunday 29 November 2026.
        let markdown = try Self.school { $0.replacingOccurrences(of: "  start: 2027-01-18\n", with: "") }
        #expect(markdown.contains("Даты рассчитаны от начала работ (30.11.2026)"))
        #expect(!markdown.contains("(29.11.2026) по числу"))
    }

    @Test("900 GB of recordings take 9 working days however many IT staff there are")
    func exportLength() throws {
        for staff in ["1", "14"] {
            let markdown = try Self.school {
                $0.replacingOccurrences(of: "recordings_gb: 35", with: "recordings_gb: 900")
                    .replacingOccurrences(of: "  it_staff: 1 ", with: "  it_staff: \(staff) ")
            }
            #expect(markdown.contains("перенос 900 ГБ записей займёт около 9 рабочих дней"), "staff \(staff)")
            #expect(markdown.contains("записи встреч (900 ГБ, около 9 рабочих дней)"), "staff \(staff)")
            // One export, not one in the parallel run and another in decommissioning.
            #expect(markdown.components(separatedBy: "Выгрузить из Zoom").count == 2)
        }
    }

    /// The school's peak is 120 and its must 150 (150 + 2 room systems = 152 connections): the
    /// servers are sized for what the licences are counted for, not for today's peak.
    @Test("The servers are sized for the figures the licences are counted for")
    func serverSizingNamesTheLicencesFigures() throws {
        let markdown = try Self.school { $0 }
        #expect(markdown.contains("а для встреч нужно 152 (150 участников и терминалов SIP/H.323: 2)"))
        #expect(
            markdown.contains(
                "Рассчитать серверы вместе с поставщиком: 186 учётных записей, встречи до 150 участников, 2"))
        #expect(!markdown.contains("до 120 участников"))
        let webinars = try Self.school {
            $0.replacingOccurrences(
                of: "requirements:\n  must:\n",
                with: "requirements:\n  must:\n    - \"webinars.max_attendees >= 400\"\n")
        }
        #expect(webinars.contains("встречи до 150 участников, вебинары до 400 слушателей, 2 терминала"))
    }
}
