import Foundation
import TestSupport
import Testing

/// `plan init` and `plan validate`, in-process, on real files.
@Suite("Commands: init and validate")
struct InitValidateCommandTests {
    @Test("init writes a commented inventory that validate accepts once filled in; it never overwrites without --force")
    func initWritesAndRefusesToOverwrite() async throws {
        let folder = try TemporaryFolder()
        let file = folder.file("org.yaml")
        let first = await App.run(["init", "-o", file, "--lang", "en", "--sector", "healthcare"])
        #expect(first.status == 0, "\(first)")
        #expect(
            first.stdout
                == "Wrote \(file) and \(folder.file("inventory.schema.json")) (for editors).\n"
                + "Fill it in, then run: plan validate \(file)\n")
        #expect(first.stderr.isEmpty)
        let written = try folder.read("org.yaml")
        #expect(written.contains("sector: healthcare"))
        #expect(written.contains("#"), "the inventory is commented")

        try folder.write("mine\n", to: "org.yaml")
        let again = await App.run(["init", "-o", file])
        #expect(again.status == 1)
        #expect(again.stdout.isEmpty)
        #expect(
            again.stderr == "error: \(file) already exists; use --force to overwrite it, or -o to write another file\n")
        #expect(try folder.read("org.yaml") == "mine\n")

        let forced = await App.run(["init", "-o", file, "--force"])
        #expect(forced.status == 0, "\(forced)")
        #expect(try folder.read("org.yaml").contains("organization:"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "inventory.schema.json", "org.yaml",
            ], "no temporary file left")
    }

    @Test("init into a folder that does not exist fails with the system's reason")
    func initCannotWrite() async throws {
        let folder = try TemporaryFolder()
        let file = folder.file("missing/org.yaml")
        let run = await App.run(["init", "-o", file])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: cannot write \(file): "), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test("init with an unknown sector is wrong usage")
    func initUnknownSector() async {
        let run = await App.run(["init", "--sector", "schools"])
        #expect(run.status == 64)
        #expect(
            run.stderr.hasPrefix("Error: --sector: unknown value 'schools'; expected one of: government, education"))
    }

    @Test("validate prints one OK line per valid example and exits 0")
    func validateExamples() async {
        let files = App.examples.map(App.example)
        let run = await App.run(["validate"] + files + App.asOf)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdoutLines.count == files.count)
        for (line, file) in zip(run.stdoutLines, files) {
            #expect(line.hasPrefix("\(file): OK ("), "\(line)")
        }
        #expect(
            run.stdoutLines.first
                == "\(App.example("school-44fz")): OK (МБОУ «Средняя общеобразовательная школа № 44» г. Вологды, 1 service)"
        )
    }

    @Test("validate reports every problem of an invalid inventory as FILE:LINE:COL and goes on with the next file")
    func validateInvalid() async throws {
        let folder = try TemporaryFolder()
        try folder.write(App.invalidInventory, to: "bad.yaml")
        let bad = folder.file("bad.yaml")
        let good = App.example("private-firm")
        let run = await App.run(["validate", bad, good] + App.asOf)
        #expect(run.status == 1)
        #expect(
            run.stderrLines == [
                "\(bad):5:11: error: organization.sector: unknown value 'educaton'; did you mean 'education'?",
                "\(bad):7:10: error: organization.users: must be between 1 and 10000000, found -5",
                "\(bad):8:11: error: services: list at least one service in use today (e.g. '- product: zoom')",
            ], "\(run)")
        #expect(run.stdoutLines.count == 1)
        #expect(run.stdoutLines.first?.hasPrefix("\(good): OK (") == true)
    }

    @Test("validate of a file that does not exist says so at the file")
    func validateMissing() async throws {
        let folder = try TemporaryFolder()
        let missing = folder.file("none.yaml")
        let run = await App.run(["validate", missing])
        #expect(run.status == 1)
        #expect(run.stderr == "\(missing):1:1: error: no such file\n")
    }
}
