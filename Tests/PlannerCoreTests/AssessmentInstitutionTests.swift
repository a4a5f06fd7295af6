import Foundation
import Testing

@testable import PlannerCore

/// `organization.institution`: Zoom's 2022 cut-off named universities, not schools.
@Suite struct AssessmentInstitutionTests {
    static let asOf = AssessmentFixture.date("2026-11-29")

    func zoomRestrictions(for institution: InstitutionKind?, ownership: Ownership = .private) -> [String] {
        var organization = AssessmentFixture.organization(sector: .education, ownership: ownership)
        organization.institution = institution
        let assessment = assess(
            AssessmentFixture.inventory(organization), against: AssessmentFixture.catalog, asOf: Self.asOf)
        let zoom = assessment.option("zoom")
        return (zoom?.blockers ?? []).filter { $0.rule == "VENDOR-RESTRICTION" }.map(\.requirement)
    }

    @Test func aUniversityIsReachedByTheCutOff() {
        #expect(zoomRestrictions(for: .university).contains("zoom-ru-universities-2022"))
    }

    @Test func aSchoolIsNot() {
        #expect(!zoomRestrictions(for: .school).contains("zoom-ru-universities-2022"))
    }

    @Test func anOrganizationThatDoesNotSayIsNotAssumedToBeAUniversity() {
        #expect(zoomRestrictions(for: nil).isEmpty)
        // The 2021 restriction on state customers still reaches a state school.
        #expect(zoomRestrictions(for: .school, ownership: .municipal) == ["zoom-public-sector-ru-cis-2021"])
    }

    @Test func theInventoryReadsTheFieldAndRefusesOtherValues() throws {
        let text = """
            schema: 1
            organization: {name: "Школа", country: RU, sector: education, ownership: municipal, users: 10, institution: %@}
            services: [{product: zoom}]
            """
        let loader = InventoryLoader(catalog: AssessmentFixture.catalog)
        let good = try loader.load(Array(text.replacingOccurrences(of: "%@", with: "school").utf8), file: "i.yaml")
            .get()
        #expect(good.organization.institution == .school)
        guard
            case .failure(let error) = loader.load(
                Array(text.replacingOccurrences(of: "%@", with: "univercity").utf8), file: "i.yaml")
        else {
            Issue.record("a wrong institution was accepted")
            return
        }
        #expect(
            error.description.contains(
                "organization.institution: unknown value 'univercity'; did you mean 'university'?"))
    }
}
