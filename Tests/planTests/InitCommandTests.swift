import Foundation
import Testing

/// `plan init` run as a user would, in a fresh folder each time.
@Suite("plan init (end to end)")
struct InitCommandTests {
    /// Runs `body` with a new empty folder, removed afterwards.
    func inFolder(_ body: (URL) throws -> Void) throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    func contents(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    @Test func writesACommentedInventoryAndItsSchemaThatValidateOnceTheNameIsFilledIn() throws {
        try inFolder { folder in
            let plan = try BinaryRunner()
            let output = try plan.run(["init"], in: folder)
            #expect(output.exitCode == 0, "\(output)")
            #expect(
                output.stdout
                    == "Wrote inventory.yaml and inventory.schema.json (for editors).\n"
                    + "Fill it in, then run: plan validate inventory.yaml\n")
            let text = try contents(folder.appendingPathComponent("inventory.yaml"))
            #expect(text.hasPrefix("# yaml-language-server: $schema=inventory.schema.json\n"))
            #expect(text.contains("# Инвентаризация организации"))
            #expect(
                text.contains("sector: education") && text.contains("ownership: municipal")
                    && text.contains("procurement: 44-FZ"))
            #expect(!text.contains("{{"))
            let schema = try JSONSerialization.jsonObject(
                with: Data(contentsOf: folder.appendingPathComponent("inventory.schema.json")))
            #expect((schema as? [String: Any])?["$schema"] as? String == "http://json-schema.org/draft-07/schema#")

            // Unchanged, the placeholder name is refused, in the file's language (plan.language: ru).
            let unchanged = try plan.run(["validate", "inventory.yaml"], in: folder)
            #expect(unchanged.exitCode == 1, "\(unchanged)")
            #expect(
                unchanged.stderrLines == [
                    "inventory.yaml:25:9: error: organization.name: '<Наименование организации>' — заготовка из "
                        + "plan init; впишите полное наименование организации"
                ], "\(unchanged)")

            let named = text.replacingOccurrences(of: "<Наименование организации>", with: "МБОУ СОШ № 1")
            try Data(named.utf8).write(to: folder.appendingPathComponent("inventory.yaml"))
            let check = try plan.run(["validate", "inventory.yaml"], in: folder)
            #expect(check.exitCode == 0, "\(check)")
            #expect(check.stderr == "")
        }
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        try inFolder { folder in
            let target = folder.appendingPathComponent("inventory.yaml")
            try Data("mine\n".utf8).write(to: target)
            let output = try BinaryRunner().run(["init"], in: folder)
            #expect(output.exitCode == 1, "\(output)")
            #expect(
                output.stderr
                    == "error: inventory.yaml already exists; use --force to overwrite it, or -o to write another file\n"
            )
            #expect(try contents(target) == "mine\n")
        }
    }

    @Test func forceOverwritesAndLeavesNoTemporaryFile() throws {
        try inFolder { folder in
            let target = folder.appendingPathComponent("inventory.yaml")
            try Data("mine\n".utf8).write(to: target)
            let output = try BinaryRunner().run(["init", "--force"], in: folder)
            #expect(output.exitCode == 0, "\(output)")
            #expect(try contents(target).contains("\n# Инвентаризация"))
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                    "inventory.schema.json", "inventory.yaml",
                ])
        }
    }

    @Test func outputLanguageSectorAndOwnershipAreHonoured() throws {
        try inFolder { folder in
            let plan = try BinaryRunner()
            let output = try plan.run(
                ["init", "-o", "energy.yaml", "--lang", "en", "--sector", "energy", "--ownership", "state_company"],
                in: folder)
            #expect(output.exitCode == 0, "\(output)")
            let text = try contents(folder.appendingPathComponent("energy.yaml"))
            #expect(text.contains("\n# Inventory of an organization"))
            #expect(
                text.contains("sector: energy") && text.contains("ownership: state_company")
                    && text.contains("procurement: 223-FZ"))
            try Data(text.replacingOccurrences(of: "<Name of the organization>", with: "Gridco").utf8).write(
                to: folder.appendingPathComponent("energy.yaml"))
            let check = try plan.run(["validate", "energy.yaml"], in: folder)
            #expect(check.exitCode == 0, "\(check)")
        }
    }

    @Test(arguments: [
        (
            ["init", "--sector", "school"],
            "--sector: unknown value 'school'; expected one of: government, education, healthcare, finance, energy, transport, telecom, commercial, nonprofit"
        ),
        (
            ["init", "--ownership", "state"],
            "--ownership: unknown value 'state'; expected one of: federal, regional, municipal, state_company, private"
        ),
        (["init", "--lang", "kz"], "--lang: unknown value 'kz'; expected one of: ru, en"),
    ])
    func anUnknownValueIsAUsageErrorListingTheAcceptedOnes(arguments: [String], message: String) throws {
        try inFolder { folder in
            let output = try BinaryRunner().run(arguments, in: folder)
            #expect(output.exitCode == 64, "\(output)")
            #expect(output.stderr.contains(message), "\(output)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }
}
