// swift-tools-version:6.1
import PackageDescription

// The targets follow the pipeline (see ../shared/design/architecture.md): PlannerCore
// decides (model, loading, rules, scoring, planning; no I/O but its loaders), PlannerRender
// says (view models, Markdown and every report format; reads only templates), PlannerStore
// remembers (SQLite history), and PlannerApp does (the commands, batch runs, writing plans,
// keep blocks, recording runs), testable in-process through PlanApp.run. The `plan`
// executable is its main.swift. PlannerResources carries the shipped Catalog/ and
// Templates/ inside the binary, generated at build time by the EmbedResources plugin, so a
// copied binary works alone. Tests mirror the targets; TestSupport holds their shared fixtures.
let package = Package(
    name: "plan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plan", targets: ["plan"]),
        .library(name: "PlannerCore", targets: ["PlannerCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        // Parses the shipped catalog at build time (Yams), so that `plan` starts without it.
        .executableTarget(name: "ResourceEmbedder", dependencies: ["Yams"]),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["ResourceEmbedder"]
        ),
        .target(
            name: "PlannerResources",
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "PlannerCore",
            dependencies: ["Yams", "PlannerResources"]
        ),
        .target(
            name: "PlannerRender",
            dependencies: ["PlannerCore", "PlannerResources", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "PlannerStore",
            dependencies: ["PlannerCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "PlannerApp",
            dependencies: [
                "PlannerCore", "PlannerRender", "PlannerStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "plan", dependencies: ["PlannerApp"]),
        .target(name: "TestSupport", dependencies: ["PlannerCore", "PlannerRender"], path: "Tests/TestSupport"),
        .testTarget(name: "PlannerCoreTests", dependencies: ["PlannerCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "PlannerRenderTests", dependencies: ["PlannerRender", "PlannerCore", "TestSupport"],
            exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "PlannerStoreTests", dependencies: ["PlannerStore", "PlannerCore", "TestSupport"]),
        .testTarget(
            name: "PlannerAppTests",
            dependencies: ["PlannerApp", "PlannerRender", "PlannerStore", "PlannerCore", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "planTests", dependencies: ["PlannerCore"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
