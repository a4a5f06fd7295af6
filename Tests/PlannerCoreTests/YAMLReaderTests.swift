import Testing

@testable import PlannerCore

/// The YAML layer: limits, locations and typed reading.
@Suite struct YAMLReaderTests {
    func load(_ text: String) -> Result<YAMLNode, DiagnosticsError> {
        YAMLDocumentLoader().load(Array(text.utf8), file: "t.yaml")
    }

    @Test func refusesAnAliasBombQuickly() {
        var text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            text += "l\(level): &l\(level) [\(refs)]\n"
        }
        guard case .failure(let error) = load(text) else {
            Issue.record("bomb accepted")
            return
        }
        #expect(error.description.contains("expands to more than 100000 values"))
    }

    @Test func refusesDeepNesting() {
        let text = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        guard case .failure(let error) = load(text) else {
            Issue.record("deep nesting accepted")
            return
        }
        #expect(error.description.contains("nesting is deeper than 64 levels"))
    }

    @Test func refusesInvalidUTF8WithItsPlace() {
        let bytes: [UInt8] = Array("a: 1\nb: ".utf8) + [0xD3, 0x20] + Array("\n".utf8)
        guard case .failure(let error) = YAMLDocumentLoader().load(bytes, file: "t.yaml") else {
            Issue.record("accepted")
            return
        }
        #expect(
            error.description
                == "t.yaml:2:4: error: file is not UTF-8 text (invalid byte at offset 8); save it as UTF-8")
    }

    @Test func refusesEmptyAndOversizedFiles() {
        #expect(load("  \n").failureText == "t.yaml:1:1: error: file is empty")
        let big = [UInt8](repeating: 0x61, count: (1 << 20) + 1)
        #expect(
            YAMLDocumentLoader().load(big, file: "t.yaml").failureText
                == "t.yaml:1:1: error: file is 1048577 bytes; the limit is 1048576 bytes (1 MiB)")
    }

    @Test func readsTypedValuesAndCollectsEveryProblem() throws {
        let root = try load("a: 12\nb: twelve\nc: 2026-02-30\nd: yes\ne: \"7\"\n").get()
        var reader = YAMLReader()
        let mapping = reader.mapping(root, at: .root, keys: ["a", "b", "c", "d", "e"])
        let map = try #require(mapping)
        let a = reader.integer(map["a"], at: map.path("a"))
        let b = reader.integer(map["b"], at: map.path("b"))
        let c = reader.date(map["c"], at: map.path("c"))
        let d = reader.bool(map["d"], at: map.path("d"))
        let e = reader.integer(map["e"], at: map.path("e"))
        #expect(a == 12 && b == nil && c == nil && d == nil && e == nil)
        #expect(
            reader.diagnostics.map(\.description) == [
                "t.yaml:2:4: error: b: expected a whole number, found 'twelve'",
                "t.yaml:3:4: error: c: 2026-02-30 is not a calendar date",
                "t.yaml:4:4: error: d: expected true or false, found 'yes'",
                "t.yaml:5:4: error: e: expected a whole number, found '7'",
            ])
    }

    @Test func suggestsTheClosestNames() {
        #expect(Suggestions.closest(to: "zom", in: ["zoom", "trueconf", "iva"]) == ["zoom"])
        #expect(Suggestions.hint(for: "privat", in: ["private", "federal"]) == "; did you mean 'private'?")
    }

    @Test func calendarDatesRoundTrip() throws {
        let date = try #require(CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(date.adding(days: 1).description == "2024-03-01")
        #expect(date.adding(months: 12).description == "2025-02-28")
        #expect(CalendarDate(year: 2026, month: 11, day: 29)?.weekday == 7)
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
    }
}

extension Result where Failure == DiagnosticsError {
    var failureText: String? {
        if case .failure(let error) = self { return error.description }
        return nil
    }
}
