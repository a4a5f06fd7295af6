import Foundation
import PlannerRender
import Testing

@testable import PlannerApp

/// PlanMerge on small documents: ticks by id and by text, the stamp, plans without one.
@Suite("Plan merge: ticks, stamp, edits")
struct PlanMergeTests {
    static let fresh = """
        # Plan

        - [ ] Buy 10 licences. <!-- task:procurement-44fz -->
        - [ ] Check the register entry.
        - [ ] Close the Zoom account. <!-- task:account-close:zoom -->

        <!-- plan:keep phase-preparation -->
        <!-- /plan:keep phase-preparation -->

        <!-- plan:keep notes -->
        <!-- /plan:keep notes -->

        """

    static func merge(_ previous: String?, _ fresh: String = fresh, force: Bool = false) -> PlanMerge {
        PlanMerge.make(previous: previous.map { Array($0.utf8) }, fresh: fresh, force: force)
    }

    @Test("A first plan is the fresh text and its stamp; merging it again changes nothing")
    func firstPlan() throws {
        let first = try #require(Self.merge(nil).text)
        #expect(first.hasPrefix(Self.fresh))
        #expect(first.dropFirst(Self.fresh.count).hasPrefix(PlanStamp.prefix))
        #expect(Self.merge(first).text == first)
        #expect(Self.merge("").text == first, "an empty file holds nothing to keep")
    }

    @Test("A tick is kept by id when the line's text changes, and by text on a line without an id")
    func ticks() throws {
        let first = try #require(Self.merge(nil).text)
        let ticked = first.replacingOccurrences(of: "- [ ] Buy 10", with: "- [X] Buy 10")
            .replacingOccurrences(of: "- [ ] Check the register", with: "- [x] Check the register")
        let changed = Self.fresh.replacingOccurrences(of: "Buy 10 licences", with: "Buy 12 licences")
        let merge = Self.merge(ticked, changed)
        #expect(merge.problems.isEmpty && merge.warnings.isEmpty)
        let text = try #require(merge.text)
        #expect(text.contains("- [X] Buy 12 licences. <!-- task:procurement-44fz -->\n"))
        #expect(text.contains("- [x] Check the register entry.\n"))
        #expect(text.contains("- [ ] Close the Zoom account."))
    }

    @Test("A ticked task that is gone moves into the keep block after it, once, with a warning")
    func retired() throws {
        let first = try #require(Self.merge(nil).text)
        let ticked = first.replacingOccurrences(of: "- [ ] Close the Zoom", with: "- [x] Close the Zoom")
        let gone = Self.fresh.replacingOccurrences(
            of: "- [ ] Close the Zoom account. <!-- task:account-close:zoom -->\n", with: "")
        let merge = Self.merge(ticked, gone)
        #expect(merge.warnings.map(\.line) == [5])
        #expect(merge.warnings.first?.message.contains("'account-close:zoom' is no longer in the plan") == true)
        let text = try #require(merge.text)
        #expect(
            text.contains(
                "<!-- plan:keep phase-preparation -->\n\(TaskTicks.retiredNotice)\n"
                    + "- [x] Close the Zoom account. <!-- task:account-close:zoom -->\n"
                    + "<!-- /plan:keep phase-preparation -->"))
        let again = Self.merge(text, gone)
        #expect(again.text == text && again.warnings.isEmpty, "the next run neither moves nor warns again")
    }

    @Test("An edit outside the blocks is refused at its line; lines removed at the end too; --force overwrites")
    func edits() throws {
        let first = try #require(Self.merge(nil).text)
        let changed = Self.fresh.replacingOccurrences(of: "Buy 10", with: "Buy 12")
        let edited = first.replacingOccurrences(of: "# Plan", with: "# Our plan")
        let refused = Self.merge(edited, changed)
        #expect(refused.text == nil)
        #expect(refused.problems.map { [$0.line, $0.column] } == [[1, 1]])
        #expect(refused.problems.first?.message.contains("«# Our plan»") == true)
        // With the inputs unchanged, the edited file is the plan as it should be.
        let kept = Self.merge(edited)
        #expect(kept.text == edited && kept.problems.isEmpty && kept.warnings.map(\.line) == [1])
        // A line removed: the first changed line is where it was.
        let removed = first.replacingOccurrences(of: "- [ ] Check the register entry.\n", with: "")
        #expect(Self.merge(removed, changed).problems.map(\.line) == [4])
        let forced = Self.merge(edited, changed, force: true)
        #expect(forced.needsBackup && forced.text?.contains("# Our plan") == false)
        #expect(forced.text == Self.merge(first, changed).text)
    }

    @Test("A plan without a stamp (an older plan) is overwritten only when nothing outside its blocks differs")
    func unstamped() throws {
        let older = Self.fresh.replacingOccurrences(
            of: "<!-- plan:keep notes -->\n", with: "<!-- plan:keep notes -->\nmine\n"
        )
        .replacingOccurrences(of: "- [ ] Check", with: "- [x] Check")
        let same = try #require(Self.merge(older).text)
        #expect(same.contains("mine\n") && same.contains("- [x] Check") && same.contains(PlanStamp.prefix))
        let changed = Self.fresh.replacingOccurrences(of: "Buy 10", with: "Buy 12")
        let refused = Self.merge(older, changed)
        #expect(refused.text == nil && refused.problems.map(\.line) == [3])
        #expect(refused.problems.first?.message.contains("no stamp") == true)
    }

    @Test("Problems of the file come before everything: nothing is merged, --force writes the fresh plan")
    func unreadable() throws {
        let broken = Self.fresh.replacingOccurrences(of: "<!-- /plan:keep notes -->\n", with: "")
        let refused = Self.merge(broken)
        #expect(refused.text == nil && refused.problems.map(\.line) == [10])
        let forced = Self.merge(broken, force: true)
        #expect(forced.needsBackup && forced.text == PlanMerge.stamped(Self.fresh))
    }
}
