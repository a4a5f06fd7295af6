import PlannerCore
import PlannerRender
import TestSupport
import Testing

@Suite("Changes section: every kind of change")
struct ChangesSectionTests {
    /// The section of the school's plan rendered with `ChangesFixtures.everyKindOfChange()`.
    static func section(_ language: Language) throws -> String {
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let generated = try #require(
            RenderFixtures.generator.generate(
                inventory, assessment: RenderFixtures.generator.assessment(of: inventory), language: language,
                changes: ChangesFixtures.everyKindOfChange()))
        return try #require(ChangesFixtures.section(of: generated.markdown))
    }

    @Test("Russian: rules, eligibility, ranks, scores, costs and facts read naturally; data text is escaped")
    func russian() throws {
        let section = try Self.section(.ru)
        for line in [
            "**Рекомендация изменилась:** теперь Контур.Толк вместо TrueConf Server.",
            "- В категории messaging первое место теперь у DION (было у eXpress).",
            "- **Локализация персональных данных граждан РФ** (RU-152FZ-LOCALIZATION): теперь нарушение исключает продукт, а не только создаёт риск.",
            "- **An old rule** (OLD-RULE): больше не применяется к организации.",
            "- **Gone**: больше не входит в сравнение (в прошлом плане подходил).",
            // The requirements are named by the capability their recorded reasons name, the lifted
            // one of the last plan's run too.
            "- **SberJazz**: теперь допущен, 2-е место (в прошлом плане был исключён); больше не мешает: обязательное требование «Подключение SIP-устройств».",
            "- **Zoom** по-прежнему исключён; новая причина: обязательное требование «Подключение из браузера»; больше не мешает: ограничение поставщика.",
            "- Контур.Толк: 2-е → 1-е место.",
            "- Контур.Толк: итог 56,9 → 57,5.",
            "- TrueConf Server, «Расшифровка речи»: нет → есть (не подтверждено).",
            "- TrueConf Server, сертификат ФСТЭК: есть → № 4321.",
            "- TrueConf Server, основа расчёта стоимости: коммерческое предложение → цены каталога.",
            "- TrueConf Server, разовые затраты: 40\u{202F}000\u{202F}₽ → неизвестно.",
            "- TrueConf Server, цена «Server»: 1\u{202F}000\u{202F}₽ за пользователя в год → 1\u{202F}200\u{202F}₽ за пользователя в год.",
            "- TrueConf Server, реестр российского ПО: включён (№ 123) → не включён.",
            "- TrueConf Server, something.else: old → new \\| &lt;b>.",
        ] {
            #expect(section.contains(line + "\n"), "missing: \(line)\n\(section)")
        }
        #expect(!section.contains("{{") && !section.contains("<b>"))
        #expect(!section.contains("Исход не изменился"))
    }

    @Test("English: the same changes")
    func english() throws {
        let section = try Self.section(.en)
        for line in [
            "**The recommendation has changed:** Kontur.Talk instead of TrueConf Server.",
            "- **Localization of the personal data of Russian citizens** (RU-152FZ-LOCALIZATION): breaking it now excludes a product instead of being a risk.",
            "- **TrueConf Server**: now excluded (in the last plan: eligible); because of rule TEST-REGISTER-BAN.",
            "- TrueConf Server: 928,000\u{202F}RUB → 1,090,000\u{202F}RUB (162,000\u{202F}RUB or 17% more).",
            "- TrueConf Server, annual cost: 196,000\u{202F}RUB → 250,000\u{202F}RUB.",
            "- TrueConf Server, Russian software register: listed (No. 123) → not listed.",
        ] {
            #expect(section.contains(line + "\n"), "missing: \(line)\n\(section)")
        }
    }
}
