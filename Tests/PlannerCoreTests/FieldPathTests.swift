import Testing

@testable import PlannerCore

/// Field paths are written out only when a message needs them; they must read as the paths
/// written out at once did, and compare by how they read.
@Suite("Field paths")
struct FieldPathTests {
    @Test("A path reads as its steps: keys joined by dots, items in brackets")
    func readsAsItsSteps() {
        #expect(FieldPath.root.description == "")
        #expect(FieldPath.root.prefix == "")
        #expect(FieldPath.root.key("organization").description == "organization")
        #expect(FieldPath.root.index(2).description == "[2]")
        let product = FieldPath.root.key("services").index(0).key("product")
        #expect(product.description == "services[0].product")
        #expect(product.prefix == "services[0].product: ")
        #expect(FieldPath("capabilities").key("interop.sip").index(10).description == "capabilities.interop.sip[10]")
        #expect(FieldPath("a").index(1).index(2).key("b").description == "a[1][2].b")
    }

    @Test("Paths built step by step equal, and hash as, the same path given as text")
    func equalByHowTheyRead() {
        let built = FieldPath.root.key("services").index(0).key("product")
        let text: FieldPath = "services[0].product"
        #expect(built == text)
        #expect(Set([built, text]).count == 1)
        #expect(built != FieldPath.root.key("services").index(1).key("product"))
    }
}
