import PlannerResources

/// The commented inventory that `plan init` writes. The text is data (the shipped
/// `Templates/<lang>/inventory.yaml`, carried inside the binary); this fills in its three
/// placeholders, `{{country}}`, `{{sector}}`, `{{ownership}}`, `{{procurement}}` and `{{schema}}`
/// (the JSON Schema's path relative to the inventory, for editors).
public enum InventoryTemplate {
    /// The template's path inside the embedded resources, for one language.
    public static func path(for language: Language) -> String {
        "Templates/\(language.rawValue)/inventory.yaml"
    }

    /// The commented inventory for an organization of this country, sector, ownership and
    /// procurement regime (the catalog's default for them: `Catalog.defaultRegime`), with
    /// comments in `language`, naming `schema` for editors. Fails only when the binary was
    /// built without the template.
    public static func render(
        language: Language, country: String, sector: Sector, ownership: Ownership, procurement: String,
        schema: String = "inventory.schema.json"
    ) -> Result<
        String, DiagnosticsError
    > {
        let path = path(for: language)
        guard let template = EmbeddedResources.files(under: "Templates/").first(where: { $0.path == path }) else {
            return .failure(
                DiagnosticsError([.error("the template \(path) is missing from this build of plan", at: nil)]))
        }
        return .success(
            fill(
                template.text,
                values: [
                    "country": country,
                    "sector": sector.rawValue,
                    "ownership": ownership.rawValue,
                    "procurement": procurement,
                    "schema": schema,
                ]))
    }

    /// Replaces each `{{name}}` by its value; unknown names stay as written, so a typo in a
    /// template shows up in the file (and fails validation) instead of vanishing.
    static func fill(_ text: String, values: [String: String]) -> String {
        var out = text
        for name in values.keys.sorted() {
            out = out.replacing("{{\(name)}}", with: values[name] ?? "")
        }
        return out
    }
}
