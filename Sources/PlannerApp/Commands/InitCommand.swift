import ArgumentParser
import Foundation
import PlannerCore

/// `plan init [--country CC] [--sector S] [--ownership O] [-o FILE] [--force] [--lang ru|en]`:
/// writes a commented inventory to start from, with the procurement regime the catalog gives
/// that country and ownership, and the JSON Schema that editors check it with beside it
/// (`inventory.schema.json`, named in the inventory's first line). Never overwrites an
/// inventory or a schema without `--force`; writes atomically.
struct InitCommand: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented inventory to start from.",
        discussion:
            "The comments explain every field (in Russian, or English with --lang en). Fill it in, then run plan "
            + "validate. Beside it goes \(SchemaCommand.fileName), which the inventory's first line names, so that "
            + "editors (VS Code with the YAML extension, JetBrains IDEs) complete and check it as you type."
    )

    @Option(
        help: ArgumentHelp(
            "The organization's country (ISO 3166-1 alpha-2; default: the first country of the catalog's procurement "
                + "regimes).", valueName: "cc"))
    var country: String?

    @Option(
        help: ArgumentHelp(
            "The organization's sector: \(Sector.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "sector"))
    var sector = Sector.education.rawValue

    @Option(
        help: ArgumentHelp(
            "Who owns it: \(Ownership.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "ownership"))
    var ownership = Ownership.municipal.rawValue

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write.", valueName: "file"))
    var output = "inventory.yaml"

    @Flag(help: "Overwrite the file (and the schema beside it) if it exists.")
    var force = false

    @Option(help: ArgumentHelp("The language of the comments: ru or en.", valueName: "lang"))
    var lang = Language.ru.rawValue

    func validate() throws {
        if let country, country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            throw ValidationError("--country: '\(country)' is not a two-letter country code such as RU or KZ")
        }
        try Self.check(Sector.self, sector, option: "--sector")
        try Self.check(Ownership.self, ownership, option: "--ownership")
        try Self.check(Language.self, lang, option: "--lang")
    }

    func run(_ console: Console) async throws {
        let ownership = try Self.parse(Ownership.self, ownership, option: "--ownership")
        let catalog = try CommandSupport.unwrap(CatalogLoader(asOf: CatalogOptions.today).load())
        guard let country = country ?? catalog.countries.first else {
            throw AppError.invalidInput([.error("the catalog names no country: give one with --country", at: nil)])
        }
        let text = try CommandSupport.unwrap(
            InventoryTemplate.render(
                language: try Self.parse(Language.self, lang, option: "--lang"), country: country,
                sector: try Self.parse(Sector.self, sector, option: "--sector"), ownership: ownership,
                procurement: catalog.defaultRegime(country: country, ownership: ownership) ?? "",
                schema: SchemaCommand.fileName))
        if !force, FileManager.default.fileExists(atPath: output) {
            throw AppError.invalidInput([
                .error("\(output) already exists; use --force to overwrite it, or -o to write another file", at: nil)
            ])
        }
        do {
            try AtomicFile.write(text, to: output)
        } catch {
            throw AppError.invalidInput([.error("cannot write \(output): \(error)", at: nil)])
        }
        let folder = (output as NSString).deletingLastPathComponent
        let schema = folder.isEmpty ? SchemaCommand.fileName : folder + "/" + SchemaCommand.fileName
        if force || !FileManager.default.fileExists(atPath: schema) {
            try SchemaCommand.write(InventorySchema.json(catalog: catalog).serialized() + "\n", to: schema)
            console.say("Wrote \(output) and \(schema) (for editors).")
        } else {
            console.say("Wrote \(output); kept \(schema) (plan schema -o \(schema) refreshes it).")
        }
        console.say("Fill it in, then run: plan validate \(output)")
    }

    /// A value of one of the model's enums, or a usage error (exit 64) listing the accepted ones.
    static func parse<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ text: String, option: String) throws -> E
    where E.RawValue == String {
        if let value = E(rawValue: text) { return value }
        throw unknownValue(type, text, option: option)
    }

    /// Nothing, or the usage error of ``parse(_:_:option:)`` (for `validate()`, which needs no value).
    static func check<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ text: String, option: String) throws
    where E.RawValue == String {
        if E(rawValue: text) == nil { throw unknownValue(type, text, option: option) }
    }

    private static func unknownValue<E: RawRepresentable & CaseIterable>(
        _ type: E.Type, _ text: String, option: String
    ) -> ValidationError where E.RawValue == String {
        let accepted = E.allCases.map(\.rawValue)
        return ValidationError(
            "\(option): unknown value '\(text)'; expected one of: \(accepted.joined(separator: ", "))")
    }
}
