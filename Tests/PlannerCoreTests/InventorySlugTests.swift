import PlannerCore
import Testing

@Suite("Inventory: organization id slugs")
struct InventorySlugTests {
    @Test(arguments: [
        ("МБОУ «Гимназия № 5»", "mbou-gimnaziya-5"),
        ("ГБУЗ «Городская больница № 1»", "gbuz-gorodskaya-bolnitsa-1"),
        ("АО «Щёкинский химзавод»", "ao-shchekinskiy-khimzavod"),
        ("Объединённая энергетическая компания", "obedinennaya-energeticheskaya-kompaniya"),
        ("ООО «Юг-Связь»", "ooo-yug-svyaz"),
        ("Acme, Inc.", "acme-inc"),
        ("  --Already-a-slug--  ", "already-a-slug"),
        ("Қарағанды облысы", "karagandy-oblysy"),
        ("«№»", "organization"),
        ("", "organization"),
    ])
    func makesASlugFromAName(name: String, slug: String) {
        #expect(Slug.make(from: name) == slug)
    }

    @Test func capsTheLengthWithoutATrailingDash() {
        let name = String(repeating: "абв ", count: 40)
        let slug = Slug.make(from: name)
        #expect(slug.count <= Slug.maxLength)
        #expect(!slug.hasSuffix("-"))
        #expect(Slug.isValid(slug))
    }

    @Test func everyMadeSlugIsValid() {
        for name in ["Ёжик в тумане", "X", "1", "a—b", "ЪЬ", "Ünïcödé 東京", "a\u{0}b"] {
            #expect(Slug.isValid(Slug.make(from: name)), "\(name)")
        }
    }

    @Test(arguments: ["gymnasium-5", "a", "0-a", "a--b"])
    func acceptsSlugs(text: String) {
        #expect(Slug.isValid(text))
    }

    @Test(arguments: ["", "-a", "A", "a_b", "a b", "гимназия", String(repeating: "a", count: 65)])
    func refusesOtherText(text: String) {
        #expect(!Slug.isValid(text))
    }
}
