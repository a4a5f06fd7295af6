import Foundation

/// Runs the built `plan` executable as a user would and captures what it prints, for
/// end-to-end tests. The binary must be built first (`swift build`, then `swift test`): it is
/// looked for next to the test bundle, or taken from `PLAN_BINARY` when that is set.
struct BinaryRunner {
    /// What one run printed and how it ended.
    struct Output: CustomStringConvertible {
        var stdout: String
        var stderr: String
        var exitCode: Int32

        /// The stderr lines, without the final empty one.
        var stderrLines: [String] {
            stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
        /// The stdout lines, without the final empty one.
        var stdoutLines: [String] {
            stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }

        var description: String { "exit \(exitCode)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// Why a run could not happen or finish.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The executable run.
    let executable: URL

    /// The package root (for `Examples/`, `Catalog/`), found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A runner for the product `name` (default `plan`) of the current build.
    init(product name: String = "plan") throws {
        guard let url = Self.locate(name) else {
            throw Failure(
                description: "cannot find the built '\(name)' executable next to the tests; run `swift build` before "
                    + "`swift test`, or set PLAN_BINARY")
        }
        executable = url
    }

    /// Where the build put the product: `PLAN_BINARY`, else the folder of the test bundle
    /// (macOS: the folder holding `*.xctest`; Linux: the folder of the test executable).
    static func locate(_ name: String) -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if name == "plan", let path = environment["PLAN_BINARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        var folders = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }.map {
            $0.deletingLastPathComponent()
        }
        folders.append(Bundle.main.bundleURL)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        folders.append(URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent())
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }

    /// Runs the executable with `arguments` in `directory` (default: the package root), with
    /// `NO_COLOR=1` and `environment` added to the inherited environment, feeding `stdin`.
    /// Stops it and fails after `timeout`. Output goes through files, not pipes, so a chatty
    /// process cannot block on a full pipe.
    func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        stdin: String? = nil, timeout: Duration = .seconds(60)
    ) throws -> Output {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "binary-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        for (url, contents) in [(outURL, Data()), (errURL, Data()), (inURL, Data((stdin ?? "").utf8))] {
            guard FileManager.default.createFile(atPath: url.path, contents: contents) else {
                throw Failure(description: "cannot create \(url.path)")
            }
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? Self.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"].merging(environment) { $1 })
        { $1 }
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let inHandle = try FileHandle(forReadingFrom: inURL)
        defer {
            try? outHandle.close()
            try? errHandle.close()
            try? inHandle.close()
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = inHandle
        try process.run()

        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while process.isRunning {
            if clock.now > deadline {
                process.terminate()
                process.waitUntilExit()
                throw Failure(
                    description:
                        "\(executable.lastPathComponent) \(arguments.joined(separator: " ")) ran longer than \(timeout)"
                )
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        process.waitUntilExit()
        return Output(
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            exitCode: process.terminationStatus)
    }

    /// A new empty folder for a test to write in; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plan-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
