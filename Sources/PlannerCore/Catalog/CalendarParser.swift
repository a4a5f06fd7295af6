/// Reads a calendar file with `YAMLReader`, collecting every problem.
enum CalendarParser {
    static func parse(_ root: YAMLNode, reader: inout YAMLReader) -> HolidayCalendar? {
        let keys = [
            "country", "name", "sources", "note", "weekend", "holidays", "breaks", "transfers",
            "institutions", "exam_periods", "education_breaks",
        ]
        guard let top = reader.mapping(root, at: .root, keys: keys, required: ["country", "holidays"]) else {
            return nil
        }
        let country = reader.string(top["country"], at: top.path("country"))
        if let country, !CatalogNames.isCountry(country) {
            reader.error(
                "expected a two-letter country code such as RU, found '\(country)'", at: top.path("country"),
                top.location("country"))
        }
        let name = reader.localized(top["name"], at: top.path("name"))
        let sources = (reader.sequence(top["sources"], at: top.path("sources")) ?? []).enumerated().compactMap {
            reader.source($1, at: top.path("sources").index($0))
        }
        let note = reader.string(top["note"], at: top.path("note"))
        var weekend = [6, 7]
        if let items = reader.sequence(top["weekend"], at: top.path("weekend")) {
            weekend = items.enumerated().compactMap { reader.integer($1, at: top.path("weekend").index($0), in: 1...7) }
        }
        let holidays = parseHolidays(top, reader: &reader)
        let breaks = parseBreaks(top, holidays: holidays, reader: &reader)
        let transfers = parseTransfers(top, reader: &reader)
        let institutions = parseInstitutions(top, reader: &reader)
        let exams = parsePeriods(top, key: "exam_periods", what: "exam period", reader: &reader)
        let educationBreaks = parsePeriods(top, key: "education_breaks", what: "education break", reader: &reader)
        guard let country else { return nil }
        return HolidayCalendar(
            country: country, name: name, sources: sources, note: note, weekend: weekend,
            holidays: holidays, breaks: breaks, transfers: transfers, institutions: institutions,
            examPeriods: exams, educationBreaks: educationBreaks)
    }

    private static func monthDay(_ node: YAMLNode?, at path: FieldPath, reader: inout YAMLReader) -> MonthDay? {
        guard let text = reader.string(node, at: path), let node else { return nil }
        guard let value = MonthDay.parse(text) else {
            reader.error("expected a day of the year MM-DD such as 05-09, found '\(text)'", at: path, node.location)
            return nil
        }
        return value
    }

    private static func id(_ map: YAMLMapping, seen: inout Set<String>, what: String, reader: inout YAMLReader)
        -> String?
    {
        guard let id = reader.string(map["id"], at: map.path("id")) else { return nil }
        if !CatalogNames.isDottedID(id) {
            reader.error(
                "'\(id)' is not an id: use lowercase words joined by '_'", at: map.path("id"), map.location("id"))
            return nil
        }
        if !seen.insert(id).inserted {
            reader.error("\(what) '\(id)' is defined twice", at: map.path("id"), map.location("id"))
            return nil
        }
        return id
    }

    private static func parseHolidays(_ top: YAMLMapping, reader: inout YAMLReader) -> [HolidayCalendar.Holiday] {
        var seen = Set<String>()
        var out: [HolidayCalendar.Holiday] = []
        for (index, item) in (reader.sequence(top["holidays"], at: top.path("holidays")) ?? []).enumerated() {
            let path = top.path("holidays").index(index)
            guard
                let map = reader.mapping(
                    item, at: path, keys: ["id", "name", "dates", "moves_if_weekend"],
                    required: ["id", "name", "dates", "moves_if_weekend"])
            else { continue }
            let id = id(map, seen: &seen, what: "holiday", reader: &reader)
            let name = reader.localized(map["name"], at: map.path("name"))
            let items = reader.sequence(map["dates"], at: map.path("dates")) ?? []
            let dates = items.enumerated().compactMap { monthDay($1, at: map.path("dates").index($0), reader: &reader) }
            if items.isEmpty, map.has("dates") {
                reader.error("a holiday needs at least one date", at: map.path("dates"), map.location("dates"))
            }
            let moves = reader.bool(map["moves_if_weekend"], at: map.path("moves_if_weekend"))
            guard let id, let name, let moves, !dates.isEmpty else { continue }
            out.append(.init(id: id, name: name, dates: dates.sorted(), movesIfWeekend: moves))
        }
        return out
    }

    private static func parseBreaks(
        _ top: YAMLMapping, holidays: [HolidayCalendar.Holiday],
        reader: inout YAMLReader
    ) -> [HolidayCalendar.HolidayBreak] {
        var seen = Set<String>()
        var out: [HolidayCalendar.HolidayBreak] = []
        let known = holidays.map(\.id)
        for (index, item) in (reader.sequence(top["breaks"], at: top.path("breaks")) ?? []).enumerated() {
            let path = top.path("breaks").index(index)
            guard
                let map = reader.mapping(
                    item, at: path, keys: ["id", "name", "holidays", "join_working_days"],
                    required: ["id", "name", "holidays"])
            else { continue }
            let id = id(map, seen: &seen, what: "break", reader: &reader)
            let name = reader.localized(map["name"], at: map.path("name"))
            var anchors: [String] = []
            for (i, node) in (reader.sequence(map["holidays"], at: map.path("holidays")) ?? []).enumerated() {
                guard let holiday = reader.string(node, at: map.path("holidays").index(i)) else { continue }
                if known.contains(holiday) {
                    anchors.append(holiday)
                } else {
                    reader.error(
                        "unknown holiday '\(holiday)'" + Suggestions.hint(for: holiday, in: known),
                        at: map.path("holidays").index(i), node.location)
                }
            }
            let join = reader.integer(map["join_working_days"], at: map.path("join_working_days"), in: 0...20) ?? 0
            guard let id, let name, !anchors.isEmpty else { continue }
            out.append(.init(id: id, name: name, holidays: anchors, joinWorkingDays: join))
        }
        return out
    }

    private static func parseTransfers(_ top: YAMLMapping, reader: inout YAMLReader) -> [HolidayCalendar.TransferYear] {
        var years = Set<Int>()
        var out: [HolidayCalendar.TransferYear] = []
        for (index, item) in (reader.sequence(top["transfers"], at: top.path("transfers")) ?? []).enumerated() {
            let path = top.path("transfers").index(index)
            guard
                let map = reader.mapping(
                    item, at: path, keys: ["year", "source", "note", "moves"],
                    required: ["year", "source", "moves"])
            else { continue }
            let year = reader.integer(map["year"], at: map.path("year"), in: 1900...2200)
            if let year, !years.insert(year).inserted {
                reader.error("year \(year) is listed twice", at: map.path("year"), map.location("year"))
            }
            let source = reader.source(map["source"], at: map.path("source"))
            let note = reader.string(map["note"], at: map.path("note"))
            var moves: [HolidayCalendar.Transfer] = []
            for (i, node) in (reader.sequence(map["moves"], at: map.path("moves")) ?? []).enumerated() {
                let movePath = map.path("moves").index(i)
                guard let move = reader.mapping(node, at: movePath, keys: ["from", "to"], required: ["from", "to"]),
                    let from = reader.date(move["from"], at: move.path("from")),
                    let to = reader.date(move["to"], at: move.path("to"))
                else { continue }
                moves.append(.init(from: from, to: to))
            }
            guard let year, let source else { continue }
            out.append(.init(year: year, source: source, note: note, moves: moves))
        }
        return out
    }

    private static func parseInstitutions(_ top: YAMLMapping, reader: inout YAMLReader) -> [HolidayCalendar
        .InstitutionRule]
    {
        var out: [HolidayCalendar.InstitutionRule] = []
        let kinds = [InstitutionKind.school.rawValue, InstitutionKind.university.rawValue]
        for (index, item) in (reader.sequence(top["institutions"], at: top.path("institutions")) ?? []).enumerated() {
            let path = top.path("institutions").index(index)
            guard
                let map = reader.mapping(
                    item, at: path, keys: ["kind", "name_contains"],
                    required: ["kind", "name_contains"])
            else { continue }
            let kind = reader.choice(map["kind"], at: map.path("kind"), from: kinds).flatMap(
                InstitutionKind.init(rawValue:))
            let words = (reader.sequence(map["name_contains"], at: map.path("name_contains")) ?? []).enumerated()
                .compactMap { reader.string($1, at: map.path("name_contains").index($0)) }
            for (i, word) in words.enumerated() where word != word.lowercased() {
                reader.error(
                    "'\(word)' must be lower-case (names are compared in lower case)",
                    at: map.path("name_contains").index(i), map.location("name_contains"))
            }
            guard let kind else { continue }
            out.append(.init(kind: kind, nameContains: words))
        }
        return out
    }

    /// Exam periods or education breaks: the same fields, and the phases each keeps out.
    private static func parsePeriods(
        _ top: YAMLMapping, key: String, what: String, reader: inout YAMLReader
    ) -> [HolidayCalendar.ExamPeriod] {
        var seen = Set<String>()
        var out: [HolidayCalendar.ExamPeriod] = []
        let kinds = [InstitutionKind.school.rawValue, InstitutionKind.university.rawValue]
        let phases = [PhaseKind.pilot, .wave, .cutOver].map(\.rawValue)
        for (index, item) in (reader.sequence(top[key], at: top.path(key)) ?? []).enumerated() {
            let path = top.path(key).index(index)
            guard
                let map = reader.mapping(
                    item, at: path, keys: ["id", "applies_to", "name", "from", "to", "source", "note", "blocks"],
                    required: ["id", "applies_to", "name", "from", "to"])
            else { continue }
            let id = id(map, seen: &seen, what: what, reader: &reader)
            let kind = reader.choice(map["applies_to"], at: map.path("applies_to"), from: kinds)
                .flatMap(InstitutionKind.init(rawValue:))
            let name = reader.localized(map["name"], at: map.path("name"))
            let from = monthDay(map["from"], at: map.path("from"), reader: &reader)
            let to = monthDay(map["to"], at: map.path("to"), reader: &reader)
            let source = reader.source(map["source"], at: map.path("source"))
            let note = reader.string(map["note"], at: map.path("note"))
            var blocks = HolidayCalendar.ExamPeriod.defaultBlocks
            if let items = reader.sequence(map["blocks"], at: map.path("blocks")) {
                blocks = items.enumerated().compactMap {
                    reader.choice($1, at: map.path("blocks").index($0), from: phases).flatMap(PhaseKind.init(rawValue:))
                }
            }
            guard let id, let kind, let name, let from, let to else { continue }
            out.append(
                .init(
                    id: id, appliesTo: kind, name: name, from: from, to: to, source: source, note: note,
                    blocks: blocks))
        }
        return out
    }
}
