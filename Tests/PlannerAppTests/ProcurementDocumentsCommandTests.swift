import Foundation
import PlannerApp
import PlannerCore
import TestSupport
import Testing

/// `plan generate` writes the procurement documents beside each plan (issue #13), in process.
@Suite("Commands: generate writes the procurement documents")
struct ProcurementDocumentsCommandTests {
    static let regulated = [
        "school-44fz": "vologda-school-44", "university-gis": "pgtu", "state-company-kii": "szsk",
        "kz-state-body": "karaganda-digital",
    ]

    /// The files under a folder, relative to it, sorted.
    static func files(_ folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    @Test(
        "Every example under a procurement law gets its three kinds of document, in both languages; the private firm its requests only"
    )
    func everyExample() async throws {
        for language in Language.allCases {
            let folder = try TemporaryFolder()
            let out = folder.file("plans")
            let run = await App.run(
                ["generate"] + App.examples.map(App.example) + [
                    "--out", out, "--no-history", "--lang", language.rawValue,
                ]
                    + App.asOf)
            #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
            for (example, id) in Self.regulated {
                let files = Self.files(out + "/" + id + "/procurement")
                #expect(files.contains("specification.md") && files.contains("price-justification.md"), "\(example)")
                let requests = files.filter { $0.hasPrefix("price-requests/") }
                #expect(requests.count >= 3, "\(example): \(files)")
                let spec = try folder.read("plans/\(id)/procurement/specification.md")
                #expect(spec.hasPrefix(language == .ru ? "# " : "# "), "\(example)")
                #expect(
                    spec.contains(language == .ru ? "### Требования" : "### Requirements"), "\(example) \(language)")
                #expect(PlanWriter.isUnedited(Array(spec.utf8)), "stamped: \(example)")
            }
            let firm = Self.files(out + "/ooo-severstroyproekt/procurement")
            #expect(!firm.isEmpty && firm.allSatisfy { $0.hasPrefix("price-requests/") }, "\(firm)")
        }
    }

    @Test("The same inputs write the same bytes; a draft edited by hand is kept with a warning, --force saves it first")
    func editedDrafts() async throws {
        let folder = try TemporaryFolder()
        let out = folder.file("plans")
        let arguments = ["generate", App.example("school-44fz"), "--out", out, "--no-history"] + App.asOf
        #expect(await App.run(arguments).status == 0)
        let spec = "plans/vologda-school-44/procurement/specification.md"
        let first = try folder.read(spec)
        let again = await App.run(arguments)
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again)")
        #expect(try folder.read(spec) == first, "deterministic")

        let edited = first.replacingOccurrences(of: "### Приёмка", with: "### Приёмка\n\nДобавлено юристом.")
        try folder.write(edited, to: spec)
        let kept = await App.run(arguments)
        #expect(kept.status == 0, "\(kept)")
        #expect(kept.stderr.contains("specification.md:1:1: warning: the draft was edited"), "\(kept)")
        #expect(try folder.read(spec) == edited, "the edit is not lost")

        let forced = await App.run(arguments + ["--force"])
        #expect(forced.status == 0 && forced.stderr.contains("the old file is saved as"), "\(forced)")
        #expect(try folder.read(spec) == first)
        #expect(try folder.read(spec + ".1.bak") == edited)
    }

    @Test("A request the new run does not write is removed when unedited, kept when edited")
    func staleRequests() async throws {
        let folder = try TemporaryFolder()
        let out = folder.file("plans")
        let arguments = ["generate", App.example("school-44fz"), "--out", out, "--no-history"] + App.asOf
        #expect(await App.run(arguments).status == 0)
        let requests = "plans/vologda-school-44/procurement/price-requests/"
        try folder.write(PlanWriter.stamped("# Запрос: старый\n"), to: requests + "vinteo.md")
        try folder.write("# Мой черновик\n", to: requests + "dion.md")
        try folder.write("заметки", to: requests + "notes.txt")
        let run = await App.run(arguments)
        #expect(run.status == 0, "\(run)")
        let left = Self.files(folder.file(requests))
        #expect(!left.contains("vinteo.md"), "an unedited stale draft is removed")
        #expect(left.contains("dion.md") && left.contains("notes.txt"), "what the user wrote stays: \(left)")
        #expect(left.contains("trueconf.md"))
    }

    @Test("A link in place of the procurement folder is refused; nothing is written through it")
    func linkRefused() async throws {
        let folder = try TemporaryFolder()
        let out = folder.file("plans")
        try FileManager.default.createDirectory(atPath: folder.file("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            atPath: out + "/vologda-school-44", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: out + "/vologda-school-44/procurement", withDestinationPath: folder.file("elsewhere"))
        let run = await App.run(["generate", App.example("school-44fz"), "--out", out, "--no-history"] + App.asOf)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("procurement: is a symbolic link"), "\(run)")
        #expect(Self.files(folder.file("elsewhere")).isEmpty)
        #expect(FileManager.default.fileExists(atPath: out + "/vologda-school-44/plan.md"), "the plan is written")
    }

    @Test("--stdout writes no document")
    func stdoutWritesNothing() async throws {
        let folder = try TemporaryFolder()
        let out = folder.file("plans")
        let run = await App.run(
            ["generate", App.example("school-44fz"), "--out", out, "--no-history", "--stdout"] + App.asOf)
        #expect(run.status == 0)
        #expect(run.stdout.contains("procurement/specification.md"), "the plan still links them")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
