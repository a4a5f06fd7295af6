import Testing

@testable import PlannerCore

/// The weight sensitivity of the top two.
@Suite struct ScoringRobustnessTests {
    @Test func rescalingKeepsTheSumAndTheProportions() {
        let weights = Weights(fit: 40, cost: 30, effort: 20, risk: 10)
        let moved = Robustness.rescale(weights, .cost, to: 44)
        #expect(abs(moved.sum - 100) < 1e-9)
        #expect(moved.cost == 44)
        #expect(abs(moved.fit / moved.effort - 2) < 1e-9)
        let all = Robustness.rescale(Weights(fit: 100, cost: 0, effort: 0, risk: 0), .fit, to: 70)
        #expect(abs(all.cost - 10) < 1e-9 && abs(all.effort - 10) < 1e-9 && abs(all.risk - 10) < 1e-9)
    }

    @Test func aCloseRaceIsFragileAndNamesTheMove() throws {
        // a wins on fit, b on cost: 68.0 against 67.5 with the default weights.
        let ranked = [(id: "a", scores: [80.0, 50, 70, 70]), (id: "b", scores: [60.0, 75, 70, 70])]
        let weights = Weights.standard
        let ta = TotalScore.total(of: ranked[0].scores, weights: weights)
        let tb = TotalScore.total(of: ranked[1].scores, weights: weights)
        #expect(ta > tb)
        let robustness = Robustness.of(category: "vc", ranked: ranked, weights: weights)
        #expect(!robustness.isRobust)
        let cost = try #require(robustness.shifts.first { $0.weight == .cost })
        let delta = try #require(cost.delta)
        #expect(delta > 0)
        // The move found is the smallest whole one: one point less does not swap.
        let before = Robustness.rescale(weights, .cost, to: 30 + delta - 1)
        #expect(
            !TotalScore.ranksBefore(
                TotalScore.total(of: ranked[1].scores, weights: before), "b",
                TotalScore.total(of: ranked[0].scores, weights: before), "a"))
        let after = Robustness.rescale(weights, .cost, to: 30 + delta)
        #expect(
            TotalScore.ranksBefore(
                TotalScore.total(of: ranked[1].scores, weights: after), "b",
                TotalScore.total(of: ranked[0].scores, weights: after), "a"))
        #expect(robustness.verdict.code == .verdictFragile)
        #expect(robustness.verdict.parameter("second") == .text("b"))
    }

    @Test func aDominantFirstIsRobust() {
        let ranked = [(id: "a", scores: [90.0, 90, 90, 90]), (id: "b", scores: [50.0, 50, 50, 50])]
        let robustness = Robustness.of(category: "vc", ranked: ranked, weights: .standard)
        #expect(robustness.isRobust)
        #expect(robustness.shifts.count == 4)
        #expect(robustness.shifts.allSatisfy { $0.to == nil && $0.delta == nil })
        #expect(
            robustness.verdict
                == Reason(
                    .verdictRobustNoMove, [PlanParameter("second", .text("b")), PlanParameter("open", .bool(false))]))
    }

    @Test func noWeightSwapsAnEligibleFirstAndAConditionalSecond() {
        // The second scores far higher but is conditional: the ranking keeps the eligible first
        // whatever the weights, so the verdict names no weight move (a reader was told "moving
        // fit from 40 to 39 makes the second first" while the second was only conditional).
        let ranked = [(id: "a", scores: [46.0, 100, 72, 45]), (id: "b", scores: [78.0, 60, 80, 64])]
        let free = Robustness.of(category: "vc", ranked: ranked, weights: .standard)
        #expect(free.shifts.contains { $0.to != nil }, "by totals alone a move swaps them")
        let fixed = Robustness.of(category: "vc", ranked: ranked, weights: .standard, orderFixed: true)
        #expect(fixed.shifts.count == 4)
        #expect(fixed.shifts.allSatisfy { $0.to == nil && $0.delta == nil })
        #expect(fixed.verdict.code == .verdictRobustNoMove)
    }

    @Test func withOneOptionThereIsNothingToCompare() {
        let robustness = Robustness.of(category: "vc", ranked: [(id: "a", scores: [1, 2, 3, 4])], weights: .standard)
        #expect(robustness.second == nil)
        #expect(robustness.shifts.isEmpty)
        #expect(robustness.isRobust)
    }
}
