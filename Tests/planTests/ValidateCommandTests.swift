import Foundation
import Testing

/// `plan validate` run as a user would: the built binary, from the package root.
@Suite("plan validate (end to end)")
struct ValidateCommandTests {
    static let examples = [
        "school-44fz.yaml", "university-gis.yaml", "state-company-kii.yaml", "private-firm.yaml", "kz-state-body.yaml",
    ]

    @Test func aValidFileGetsOneOKLine() throws {
        let output = try BinaryRunner().run(["validate", "--as-of", "2026-11-29", "Examples/school-44fz.yaml"])
        #expect(output.exitCode == 0, "\(output)")
        #expect(
            output.stdout
                == "Examples/school-44fz.yaml: OK (МБОУ «Средняя общеобразовательная школа № 44» г. Вологды, 1 service)\n"
        )
        #expect(output.stderr == "")
    }

    @Test func everyExampleValidates() throws {
        let output = try BinaryRunner().run(
            ["validate", "--as-of", "2026-11-29"] + Self.examples.map { "Examples/\($0)" })
        #expect(output.exitCode == 0, "\(output)")
        #expect(output.stdoutLines.count == Self.examples.count)
        #expect(output.stdoutLines.allSatisfy { $0.contains(": OK (") })
        #expect(output.stderr == "")
    }

    @Test func anInvalidFilePrintsEveryProblemAndExits1() throws {
        let output = try BinaryRunner().run([
            "validate", "--as-of", "2026-11-29", "Tests/planTests/Fixtures/invalid.yaml",
        ])
        #expect(output.exitCode == 1, "\(output)")
        #expect(output.stdout == "")
        let file = "Tests/planTests/Fixtures/invalid.yaml"
        #expect(
            output.stderrLines == [
                "\(file):5:11: error: organization.sector: unknown value 'educaton'; did you mean 'education'?",
                "\(file):9:14: error: services[0].product: unknown product 'zom'; did you mean 'zoom'?",
                "\(file):10:19: error: services[0].contract_end: 2026-02-30 is not a calendar date",
                "\(file):13:7: error: requirements.must[0]: 'meetings.max_participants' is a number; compare it, "
                    + "e.g. 'meetings.max_participants >= N' or 'meetings.max_participants <= N'",
            ])
    }

    @Test func mixedFilesAreAllCheckedAndAnyProblemExits1() throws {
        let output = try BinaryRunner().run([
            "validate", "--as-of", "2026-11-29", "Tests/planTests/Fixtures/invalid.yaml", "Examples/private-firm.yaml",
            "no-such-file.yaml",
        ])
        #expect(output.exitCode == 1, "\(output)")
        #expect(output.stdout == "Examples/private-firm.yaml: OK (ООО «СеверСтройПроект», 1 service)\n")
        #expect(output.stderrLines.count == 5)
        #expect(output.stderrLines.last == "no-such-file.yaml:1:1: error: no such file")
    }

    @Test func warningsGoToStderrAndKeepTheFileValid() throws {
        let output = try BinaryRunner().run([
            "validate", "--as-of", "2026-11-29", "Tests/planTests/Fixtures/late-deadline.yaml",
        ])
        #expect(output.exitCode == 0, "\(output)")
        #expect(output.stdout == "Tests/planTests/Fixtures/late-deadline.yaml: OK (ООО «Ромашка», 1 service)\n")
        #expect(
            output.stderr
                == "Tests/planTests/Fixtures/late-deadline.yaml:8:13: warning: organization.deadline: 2027-01-31 "
                + "is before plan.start (2027-03-01); the plan cannot finish in time\n")
    }

    @Test func noFileIsAUsageError() throws {
        let output = try BinaryRunner().run(["validate"])
        #expect(output.exitCode == 64, "\(output)")
        #expect(output.stderr.contains("give at least one inventory file"))
    }

    @Test func aHostileFileIsRefusedQuickly() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bomb =
            "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1..<9 {
            bomb +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        try Data(bomb.utf8).write(to: folder.appendingPathComponent("bomb.yaml"))
        try Data(repeating: 0x23, count: 3 << 20).write(to: folder.appendingPathComponent("big.yaml"))
        let output = try BinaryRunner().run(["validate", "bomb.yaml", "big.yaml"], in: folder, timeout: .seconds(10))
        #expect(output.exitCode == 1, "\(output)")
        #expect(output.stderrLines.count == 2)
        #expect(output.stderrLines.first?.contains("expands to more than") == true)
        #expect(
            output.stderrLines.last == "big.yaml:1:1: error: file is 3145728 bytes; the limit is 1048576 bytes (1 MiB)")
    }
}
