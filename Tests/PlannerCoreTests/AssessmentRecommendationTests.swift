import Foundation
import Testing

@testable import PlannerCore

/// The recommendation is decided once, in the assessment, and the planner follows it.
@Suite struct AssessmentRecommendationTests {
    typealias F = AssessmentFixture

    static func example(_ name: String) throws -> Inventory {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try InventoryLoader(catalog: F.catalog).load(
            contentsOf: root.appendingPathComponent("Examples/\(name)").path
        )
        .get()
    }

    @Test(arguments: ["school-44fz.yaml", "state-company-kii.yaml", "kz-state-body.yaml", "university-gis.yaml"])
    func thePlanFollowsTheAssessmentsRecommendation(_ file: String) throws {
        let inventory = try Self.example(file)
        let assessment = assess(inventory, against: F.catalog, asOf: F.date("2026-11-29"))
        let recommendation = try #require(assessment.primaryRecommendation)
        #expect(recommendation.category == "videoconferencing")
        let ranked = assessment.ranked(in: recommendation.category)
        #expect(recommendation.product == ranked.first?.product)
        #expect(recommendation.runnerUp == ranked.dropFirst().first?.product)
        let plan = MigrationPlanner.plan(inventory: inventory, catalog: F.catalog, assessment: assessment)
        #expect(plan.target?.id == recommendation.product)
        #expect(plan.runnerUp?.id == recommendation.runnerUp)
        // The plan runs each product the way the assessment costed it.
        #expect(plan.target?.deployment == assessment.option(recommendation.product ?? "")?.deployment)
        #expect(plan.runnerUp?.deployment == assessment.option(recommendation.runnerUp ?? "")?.deployment)
    }
}
