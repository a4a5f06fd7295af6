import ArgumentParser
import PlannerCore
import PlannerRender

/// `--lang ru|en` of the reports `compare`, `explain` and `diff`, and the words they are
/// written in. Without the flag a report follows the rule messages follow: the inventory's
/// `plan.language` when it names one, else the user's locale (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`), else English.
struct ReportLanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The language of the report (default: the inventory's plan.language, else the locale, else en).",
            valueName: "ru|en"))
    var language: Language?

    /// The language of a report about `inventory` (nil for a report of the history).
    func resolve(_ inventory: Inventory?, console: Console) -> Language {
        language ?? inventory?.plan.statedLanguage ?? console.io.messageLanguage ?? .en
    }

    /// The shipped words of `language`.
    static func words(_ language: Language) throws(AppError) -> Words {
        Words(try CommandSupport.unwrap(TemplateSet.load(language: language, folders: Words.folders)))
    }
}
