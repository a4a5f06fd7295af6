import PlannerCore
import Testing

@Suite("Inventory: must-expressions")
struct InventoryMustExpressionTests {
    @Test(arguments: [
        ("clients.astra_linux", MustRequirement(capability: "clients.astra_linux", comparison: .isTrue)),
        ("  interop.sip ", MustRequirement(capability: "interop.sip", comparison: .isTrue)),
        (
            "meetings.max_participants >= 200",
            MustRequirement(capability: "meetings.max_participants", comparison: .atLeast(200))
        ),
        (
            "meetings.max_participants>=200",
            MustRequirement(capability: "meetings.max_participants", comparison: .atLeast(200))
        ),
        (
            "meetings.max_duration_minutes <= 1_440",
            MustRequirement(capability: "meetings.max_duration_minutes", comparison: .atMost(1440))
        ),
        ("x <= 2.5", MustRequirement(capability: "x", comparison: .atMost(2.5))),
    ])
    func parses(text: String, expected: MustRequirement) throws {
        #expect(try MustRequirement.parse(text).get() == expected)
    }

    @Test(arguments: [
        ("", "empty requirement; expected ID, 'ID >= N' or 'ID <= N'"),
        ("clients astra", "'clients astra' is not a capability id; expected ID, 'ID >= N' or 'ID <= N'"),
        (
            "meetings.max_participants > 200",
            "unsupported comparison '>' in 'meetings.max_participants > 200'; only >= and <= are accepted"
        ),
        (
            "meetings.max_participants = 200",
            "unsupported comparison '=' in 'meetings.max_participants = 200'; only >= and <= are accepted"
        ),
        (
            "meetings.max_participants ≥ 200",
            "unsupported comparison '≥' in 'meetings.max_participants ≥ 200'; only >= and <= are accepted"
        ),
        ("meetings.max_participants >=", "expected a number after '>=', found nothing"),
        ("meetings.max_participants >= many", "expected a number after '>=', found 'many'"),
        ("meetings.max_participants >= nan", "expected a number after '>=', found 'nan'"),
        (">= 200", "'>= 200' does not start with a capability id; expected ID, 'ID >= N' or 'ID <= N'"),
    ])
    func refuses(text: String, message: String) {
        guard case .failure(let error) = MustRequirement.parse(text) else {
            Issue.record("'\(text)' was accepted")
            return
        }
        #expect(error.message == message)
    }

    @Test func theExpressionReadsBackAsWritten() throws {
        for text in ["clients.astra_linux", "meetings.max_participants >= 200", "x <= 2.5"] {
            #expect(try MustRequirement.parse(text).get().expression == text)
        }
    }
}
