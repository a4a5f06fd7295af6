import Foundation
import PackagePlugin

/// Embeds the package's top-level `Catalog/` and `Templates/` folders into the target it is
/// applied to, as a generated Swift file. The folders stay the one place people edit; the
/// binary carries a copy, so `plan` runs from anywhere, also when copied alone.
@main
struct EmbedResources: BuildToolPlugin {
    /// The folders embedded, relative to the package root.
    static let folders = ["Catalog", "Templates"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        var inputs: [URL] = []
        for folder in Self.folders {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in walker where !url.hasDirectoryPath {
                inputs.append(url)
            }
        }
        let arguments = [output.path(), root.path()] + Self.folders
        return [
            .buildCommand(
                displayName: "Embedding \(Self.folders.joined(separator: " and "))",
                executable: try context.tool(named: "ResourceEmbedder").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
