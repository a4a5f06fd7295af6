import Testing

@testable import PlannerCore

/// The byte paths that ``SimpleText`` admits give what the character paths give: which text is
/// simple, and the product-name search over bytes against the search over characters.
@Suite("Simple text")
struct SimpleTextTests {
    typealias F = AssessmentFixture

    @Test(
        "Plain ASCII, Latin, Cyrillic and the plans' signs are simple",
        arguments: [
            "", "plain ASCII text, with tabs\tand\nline feeds", "Средняя школа № 44 — «Сферум»…", "café Ñandú ß",
            "₽ ₸ € № ™ → ≤ ≥ ─ │", "Ёлка ёж Қазақстан Әлем", "1\u{202F}000\u{202F}₽", "σ Σ ς xᵢ",
        ])
    func simple(_ text: String) {
        #expect(SimpleText.isSimple(text))
    }

    @Test(
        "Text whose characters are not its scalars, or that another spelling equals, is not",
        arguments: [
            "line\r\nbreak", "e\u{301}", "emoji 🙂", "Հայերեն", "\u{2126} ohm", "\u{212A}elvin", "\u{212B}ngström",
            "soft\u{AD}hyphen", "а\u{483}", "zero\u{200D}width", "bell\u{7}", "del\u{7F}", "next\u{85}line",
            "line\u{2028}separator", "\u{2000}en quad", "x\u{304}", "\u{37E}", "right\u{202E}left",
        ])
    func notSimple(_ text: String) {
        #expect(!SimpleText.isSimple(text))
    }

    /// Texts for the search: words at the edges, inside other words, next to digits, guillemets
    /// and signs, the customer's own name overlapping a product's.
    static let texts = [
        "Сервер TrueConf и МТС Линк", "TrueConferencing, вебинары, контур сети", "Заказчик: ООО «Яндекс»",
        "яндекс телемост", "(Контур.Толк)", "trueconf", "xtrueconf trueconf2 trueconf", "МТС Линк1 мтс линк",
        "Пруф: VK WorkSpace; iva mcu/iva 360", "«Express»: express-сервер", "Сферум‑2", "dion dionis", "",
        "Linkedin МТС-Линк мтс линк.", "Zoom zoomed zoom_", "Microsoft Teams — teams", "TrueConf TrueConf",
    ]

    static let ignored: [[String]] = [[], ["ООО «Яндекс»"], ["МТС"], ["TrueConf", "conf"], ["Линк мтс"]]

    @Test("The byte search finds what the character search finds")
    func search() {
        let index = ProductNeutrality.Index(catalog: F.catalog)
        #expect(index.simple)
        var compared = 0
        for text in Self.texts {
            for names in Self.ignored {
                let lowered = text.lowercased()
                let loweredNames = names.map { $0.lowercased() }
                let bytes = index.violations(bytesOf: lowered, ignoring: loweredNames)
                let characters = index.violations(charactersOf: lowered, ignoring: loweredNames)
                #expect(bytes.map(\.term) == characters.map(\.term), "\(text) ignoring \(names)")
                #expect(bytes.map(\.product) == characters.map(\.product), "\(text) ignoring \(names)")
                compared += 1
            }
        }
        #expect(compared == Self.texts.count * Self.ignored.count)
        // The search finds something in these texts, so the comparison compares findings.
        #expect(!index.violations(in: Self.texts[0]).isEmpty)
    }

    @Test("A text that is not simple is searched by characters, with the same findings")
    func notSimpleSearch() {
        let index = ProductNeutrality.Index(catalog: F.catalog)
        let found = index.violations(in: "Сервер TrueConf\r\nи МТС Линк 🙂")
        #expect(found.map(\.term) == index.violations(in: "Сервер TrueConf и МТС Линк").map(\.term))
        #expect(!found.isEmpty)
    }

    /// Every simple scalar, and text of them, lowercases as Swift lowercases it.
    @Test("Simple text lowercases as Swift's lowercased()")
    func lowercased() {
        var simple: [Unicode.Scalar] = []
        for value in UInt32(0)...0x2FFF {
            if let scalar = Unicode.Scalar(value), SimpleText.isSimple(scalar) { simple.append(scalar) }
        }
        #expect(simple.count > 1000)
        for scalar in simple {
            let text = String(Character(scalar))
            #expect(SimpleText.lowercased(text) == text.lowercased(), "U+\(String(scalar.value, radix: 16))")
        }
        let sample = "ТЕХНИЧЕСКОЕ Задание: ЁЛКА, Ђ, ÀÉÎ, ΣΩ, İ, Ÿ — «ВКС» № 5"
        #expect(SimpleText.lowercased(sample) == sample.lowercased())
        #expect(SimpleText.lowercased("Не простой\r\nтекст 🙂") == "не простой\r\nтекст 🙂")
    }
}
