import Foundation

/// Where the package's files are, found from this file's path: the shipped examples and the
/// golden plans.
public enum PackagePaths {
    /// The package root.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Examples/NAME`.
    public static func example(_ name: String) -> URL {
        root.appendingPathComponent("Examples").appendingPathComponent(name)
    }

    /// A hostile input of issue #16, `Tests/planTests/Fixtures/hostile/NAME`.
    public static func hostile(_ name: String) -> URL {
        root.appendingPathComponent("Tests/planTests/Fixtures/hostile").appendingPathComponent(name)
    }

    /// The folder of the golden plans, `Tests/PlannerRenderTests/Golden`.
    public static let goldenFolder = root.appendingPathComponent("Tests/PlannerRenderTests/Golden")
}

/// A failure with a message.
public struct TestFailure: Error, CustomStringConvertible {
    public let description: String

    /// Creates a failure.
    public init(_ description: String) { self.description = description }
}
