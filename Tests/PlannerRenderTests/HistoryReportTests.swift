import PlannerCore
import PlannerRender
import TestSupport
import Testing

@Suite("HistoryReport: plan history output (Render)")
struct HistoryReportTests {
    @Test("JSON holds as-of, fingerprints, version, command and the ranked products")
    func json() {
        var run = Sample.run()
        run.id = 1
        let json = HistoryReport.json([run]).serialized()
        #expect(
            json.hasPrefix(
                """
                [
                  {
                    "id": 1,
                    "organization": {
                      "id": "gymnasium-5",
                      "name": "МБОУ «Гимназия № 5»"
                    },
                    "as_of": "2026-01-15",
                    "command": "generate",
                    "tool_version": "0.1.0",
                    "inventory_fingerprint": "0123456789abcdef",
                    "catalog_fingerprint": "fedcba9876543210",
                    "products": [
                      {
                        "product": "trueconf",
                        "name": "TrueConf Server",
                        "category": "videoconferencing",
                        "status": "eligible",
                        "rank": 1,
                        "scores": {
                          "fit": 91.5,
                """))
        #expect(
            json.hasSuffix(
                """
                    "excluded": [
                      "zoom"
                    ]
                  }
                ]
                """))
    }

    @Test("table rows: short fingerprints, top three ranked, excluded count")
    func table() {
        var run = Sample.run()
        run.id = 7
        #expect(
            HistoryReport.tableRows([run]) == [
                ["7", "2026-01-15", "generate", "0.1.0", "01234567", "fedcba98", "1. trueconf, 2. vk-teams", "1"]
            ])
    }
}
