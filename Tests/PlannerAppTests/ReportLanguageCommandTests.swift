import Foundation
import PlannerCore
import TestSupport
import Testing

/// `compare` and `explain` speak the report's language: `--lang`, else the inventory's
/// `plan.language`, else the locale, else English; JSON stays English and machine-readable.
@Suite("Commands: the language of compare and explain")
struct ReportLanguageCommandTests {
    static let school = App.example("school-44fz")

    /// The school's inventory without `plan.language`, written to `folder`.
    static func schoolWithoutLanguage(in folder: TemporaryFolder) throws -> String {
        let text = try String(contentsOfFile: school, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter {
            $0.trimmingCharacters(in: .whitespaces) != "language: ru"
        }
        try folder.write(lines.joined(separator: "\n"), to: "school.yaml")
        return folder.file("school.yaml")
    }

    @Test("the table follows plan.language (ru), --lang overrides it; the same ranks in both")
    func table() async {
        let russian = await App.run(["compare", Self.school, "--no-history"] + App.asOf)
        #expect(russian.status == 0 && russian.stderr.isEmpty, "\(russian)")
        #expect(
            russian.stdout.hasPrefix(
                "МБОУ «Средняя общеобразовательная школа № 44» г. Вологды (vologda-school-44), RU, на 29.11.2026\n"))
        for phrase in ["videoconferencing: ранжировано ", "Продукт", "Статус", "Исключены:", "Рекомендуется: "] {
            #expect(russian.stdout.contains(phrase), "missing \(phrase)")
        }
        // A reason in Russian, with its values in the Russian format.
        #expect(russian.stdout.contains("по данным каталога, не включён в реестр ru_software"))
        #expect(russian.stdout.contains("928 000 ₽"))
        for english in ["ranked", "Excluded", "Recommended", "recorded as not listed", "the vendor"] {
            #expect(!russian.stdout.contains(english), "English in the Russian table: \(english)")
        }
        let english = await App.run(["compare", Self.school, "--no-history", "--lang", "en"] + App.asOf)
        #expect(english.stdout.contains("videoconferencing: "))
        #expect(english.stdout.contains("recorded as not listed in ru_software"))
        #expect(english.stdout.contains("928,000 RUB"))
        // The same products in the same order.
        #expect(Self.ranks(russian.stdout) == Self.ranks(english.stdout) && !Self.ranks(english.stdout).isEmpty)
    }

    /// The table's rows, "1 trueconf", …: a rank then a product id.
    static func ranks(_ text: String) -> [String] {
        let rows: [[Substring]] = text.split(separator: "\n").map { $0.split(separator: " ") }
        return rows.filter { $0.count > 2 && Int($0[0]) != nil }.map { $0[0] + " " + $0[1] }
    }

    @Test("without plan.language the locale decides, else English")
    func locale() async throws {
        let folder = try TemporaryFolder()
        let file = try Self.schoolWithoutLanguage(in: folder)
        let plain = await App.run(["compare", file, "--no-history"] + App.asOf)
        #expect(plain.status == 0, "\(plain)")
        #expect(plain.stdout.contains(" ranked, "))
        let russian = await App.run(["compare", file, "--no-history"] + App.asOf, locale: .ru)
        #expect(russian.stdout.contains(": ранжировано "))
        let stated = await App.run(["compare", Self.school, "--no-history"] + App.asOf, locale: .en)
        #expect(stated.stdout.contains(": ранжировано "), "the inventory's plan.language comes before the locale")
        let explained = await App.run(["explain", file, "trueconf"] + App.asOf, locale: .ru)
        #expect(explained.stdout.contains("Нормы и требования"))
    }

    @Test("markdown in Russian: headings, table and reasons")
    func markdown() async {
        let run = await App.run(["compare", Self.school, "--no-history", "--format", "markdown"] + App.asOf)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("# Сравнение: МБОУ «Средняя общеобразовательная школа № 44» г. Вологды\n"))
        #expect(run.stdout.contains("| № | Продукт | Статус |"))
        #expect(run.stdout.contains("### Исключены"))
        #expect(run.stdout.contains("не включён в реестр ru_software"))
        #expect(MarkdownTable.brokenRows(in: run.stdout).isEmpty)
    }

    @Test("explain in Russian: every section, the outcomes and the parts in words; numbers with a comma")
    func explain() async {
        let run = await App.run(["explain", Self.school, "trueconf"] + App.asOf)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("TrueConf Server (trueconf) для МБОУ «Средняя общеобразовательная школа № 44»"))
        for phrase in [
            "Нормы и требования (", "выполнено  RU-1875-NATIONAL-REGIME (запрет)", "Стоимость (RUB, основание: ",
            "Оценки", "Соответствие ", "Итог ", "Устойчивость рекомендации", "пожелание ", "допущение: ",
        ] {
            #expect(run.stdout.contains(phrase), "missing \(phrase)")
        }
        #expect(run.stdout.contains(",4 = сумма"), "one decimal with a comma")
        for english in ["Rules and requirements", "requires ", "want ", "Total ", "verdict", "assumption"] {
            #expect(!run.stdout.contains(english), "English in the Russian explanation: \(english)")
        }
        let english = await App.run(["explain", Self.school, "trueconf", "--lang", "en"] + App.asOf)
        #expect(english.stdout.contains("Rules and requirements ("))
    }

    @Test("json stays English whatever the language, and gives each reason as code and parameters")
    func json() async throws {
        let russian = await App.run(
            ["compare", Self.school, "--no-history", "--format", "json", "--lang", "ru"] + App.asOf)
        let english = await App.run(["compare", Self.school, "--no-history", "--format", "json"] + App.asOf)
        #expect(russian.status == 0 && russian.stdout == english.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [String: Any])
        let options = try #require(json["options"] as? [[String: Any]])
        let zoom = try #require(options.first { $0["product"] as? String == "zoom" })
        let blockers = try #require(zoom["blockers"] as? [[String: Any]])
        let national = try #require(blockers.first { $0["rule"] as? String == "RU-1875-NATIONAL-REGIME" })
        #expect((national["message"] as? String)?.hasSuffix(": recorded as not listed in ru_software") == true)
        #expect(national["code"] as? String == "registry-not-listed")
        #expect((national["parameters"] as? [String: Any])?["register"] as? String == "ru_software")
        let restriction = try #require(blockers.first { $0["rule"] as? String == "VENDOR-RESTRICTION" })
        #expect(restriction["code"] as? String == "restriction-in-force")
        let parameters = try #require(restriction["parameters"] as? [String: Any])
        #expect(parameters["effect"] as? String == "no_sales")
        #expect((parameters["summary"] as? [String: Any])?["ru"] is String)
        let robustness = try #require((json["robustness"] as? [[String: Any]])?.first)
        #expect((robustness["verdict"] as? String)?.hasPrefix("open: ") == true)
        // TrueConf is eligible, IVA only conditional: no weight move swaps them.
        #expect(robustness["verdict_code"] as? String == "verdict-robust-no-move")
    }
}
