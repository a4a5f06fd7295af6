import PlannerCore

/// One inventory's plan, rendered: the stages' values and the Markdown.
public struct GeneratedPlan: Sendable {
    /// The inventory the plan is for.
    public let inventory: Inventory
    /// The assessment the recommendation comes from (for the history).
    public let assessment: Assessment
    /// The migration plan.
    public let plan: MigrationPlan
    /// The language it is written in.
    public let language: Language
    /// The plan as Markdown, before keep blocks are merged.
    public let markdown: String
    /// What changed since the last plan, as the plan shows it; nil when it has no such section.
    public let changes: RunDiff?
    /// What the procurement documents state.
    public let dossier: ProcurementDossier
    /// The procurement documents, rendered: paths inside the plan's folder, in the order
    /// written (specification, justification, then the requests in rank order).
    public let documents: [GeneratedDocument]
    /// Problems found in what was rendered, for the user (a specification that names a
    /// catalog product, because a template or a catalog text does).
    public let warnings: [String]
    /// The view model the Markdown was rendered from (for the plan's data).
    public let document: PlanDocument
}

/// Turns inventories into Markdown plans: assess, plan, build the view model, render. Holds
/// the catalog and the parsed templates, loaded once per run and shared by every plan (the
/// generator is `Sendable`, so batch generation runs it from many tasks at once).
public struct PlanGenerator: Sendable {
    /// The catalog every plan is assessed against.
    public let catalog: Catalog
    /// The date laws and facts are judged at.
    public let asOf: CalendarDate
    /// The planner (durations and limits).
    public var planner: MigrationPlanner
    /// Each language's templates, and each regime's words for its drafts
    /// (`procurement/<key>/terms`) rendered once: they depend on the templates and the regime only.
    private let templates: LanguageTemplates
    /// The catalog's texts, escaped once.
    private let texts: CatalogTexts
    /// The catalog's product and vendor names, split into terms once, that a specification
    /// must not name.
    private let neutrality: ProductNeutrality.Index

    /// Creates a generator from loaded template sets (one per language it will write).
    public init(
        catalog: Catalog, asOf: CalendarDate, templates: [TemplateSet], planner: MigrationPlanner = MigrationPlanner()
    ) {
        self.init(
            catalog: catalog, asOf: asOf, planner: planner,
            templates: LanguageTemplates(sets: templates, regimeKeys: Set(catalog.procurementRegimes.map(\.key))))
    }

    private init(catalog: Catalog, asOf: CalendarDate, planner: MigrationPlanner, templates: LanguageTemplates) {
        self.catalog = catalog
        self.asOf = asOf
        self.planner = planner
        self.templates = templates
        texts = CatalogTexts(catalog: catalog)
        neutrality = ProductNeutrality.Index(catalog: catalog)
    }

    /// Loads the templates of `languages` (the shipped ones, with `userTemplates` on top) and
    /// creates a generator; every template problem is reported at once.
    public static func load(
        catalog: Catalog, asOf: CalendarDate, languages: [Language],
        userTemplates: String? = nil
    ) -> Result<PlanGenerator, DiagnosticsError> {
        guard let userTemplates else {
            // The shipped templates are checked by the tests: each language is loaded when a
            // plan first needs it.
            let shipped = LanguageTemplates(
                shipped: languages, regimeKeys: Set(catalog.procurementRegimes.map(\.key)))
            return .success(
                PlanGenerator(catalog: catalog, asOf: asOf, planner: MigrationPlanner(), templates: shipped))
        }
        var sets: [TemplateSet] = []
        var diagnostics: [Diagnostic] = []
        for language in languages {
            switch TemplateSet.load(language: language, userDirectory: userTemplates) {
            case .success(let set): sets.append(set)
            case .failure(let error):
                // A problem of the folder itself (`--templates` is not a folder) is the same
                // for every language: said once.
                diagnostics += error.diagnostics.filter { !diagnostics.contains($0) }
            }
        }
        if !diagnostics.isEmpty { return .failure(DiagnosticsError(diagnostics)) }
        return .success(PlanGenerator(catalog: catalog, asOf: asOf, templates: sets))
    }

    /// The templates of a language, when the generator has them.
    func templateSet(_ language: Language) -> TemplateSet? { templates.pack(language)?.set }

    /// The languages this generator has templates for.
    public var languages: [Language] { templates.languages }

    /// Why a plan could not be rendered.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The generator has no templates for the language.
        case noTemplates(Language)
        /// The templates would write a plan larger than the limit (bytes).
        case tooLarge(limit: Int)
        /// The templates would write a procurement document (its path under the plan's
        /// folder) larger than the limit (bytes).
        case documentTooLarge(String, limit: Int)

        public var description: String {
            switch self {
            case .noTemplates(let language): return "no templates for language '\(language.rawValue)'"
            case .tooLarge(let limit):
                return "the templates would write a plan larger than \(limit >> 20) MiB (sections repeated inside "
                    + "sections?); no plan written"
            case .documentTooLarge(let path, let limit):
                return "the templates would write \(path) larger than \(limit >> 20) MiB (sections repeated inside "
                    + "sections?); neither the plan nor its documents written"
            }
        }
    }

    /// The plan of one inventory in `language` (default: the inventory's `plan.language`).
    /// Nil when the generator has no templates for that language or the plan is too large.
    public func generate(_ inventory: Inventory, language: Language? = nil) -> GeneratedPlan? {
        generate(inventory, assessment: assessment(of: inventory), language: language)
    }

    /// The assessment a plan of `inventory` is built on: its catalog and as-of date.
    public func assessment(of inventory: Inventory) -> Assessment {
        assess(inventory, against: catalog, asOf: asOf)
    }

    /// The plan of an inventory already assessed (`assessment(of:)`), with the section
    /// "Changes since the last plan" when `changes` is given. Nil when the generator has no
    /// templates for the language.
    public func generate(
        _ inventory: Inventory, assessment: Assessment, language: Language? = nil, changes: RunDiff? = nil
    ) -> GeneratedPlan? {
        try? render(inventory, assessment: assessment, language: language, changes: changes).get()
    }

    /// The plan of an inventory already assessed, or why it could not be rendered: no
    /// templates for the language, or a plan (or one of its procurement documents) larger
    /// than `PlanLimits.maxPlanBytes`.
    public func render(
        _ inventory: Inventory, assessment: Assessment, language: Language? = nil, changes: RunDiff? = nil
    ) -> Result<GeneratedPlan, Failure> {
        let language = language ?? inventory.plan.language
        guard let pack = templates.pack(language) else { return .failure(.noTemplates(language)) }
        let set = pack.set
        let plan = planner.plan(inventory: inventory, catalog: catalog, assessment: assessment)
        let dossier = ProcurementDossier.build(
            inventory: inventory, assessment: assessment, plan: plan, catalog: catalog)
        let builder = PlanDocumentBuilder(
            inventory: inventory, assessment: assessment, plan: plan, catalog: catalog,
            values: ValueFactory(language: language, texts: texts), coverage: set.coverage)
        var document = builder.document(inventoryFile: inventory.file, changes: changes)
        let procurement = ProcurementDocumentBuilder(dossier: dossier, plan: builder)
        document.procurement.documents = procurement.planLinks()
        let regimeTerms = pack.terms(procurement.regimeKey)
        document.procurement.terms = regimeTerms
        guard let rendered = set.render(document, limit: PlanLimits.maxPlanBytes) else {
            return .failure(.tooLarge(limit: PlanLimits.maxPlanBytes))
        }
        let markdown = OwnerMarker.line(for: inventory.organization) + Self.tidy(rendered)
        let documents: [GeneratedDocument]
        switch procurement.documents(set: set, terms: regimeTerms, inventoryFile: inventory.file) {
        case .success(let rendered): documents = rendered
        case .failure(let failure): return .failure(failure)
        }
        var warnings: [String] = []
        for spec in documents where spec.path == ProcurementFiles.specification {
            let found = neutrality.violations(in: spec.markdown, ignoring: [inventory.organization.name])
            if !found.isEmpty {
                warnings.append(
                    "\(spec.path) names catalog products or vendors (\(found.map { "'\($0.term)'" }.joined(separator: ", "))); "
                        + "a specification must be product-neutral: check the templates and the catalog's tender texts")
            }
        }
        return .success(
            GeneratedPlan(
                inventory: inventory, assessment: assessment, plan: plan, language: language, markdown: markdown,
                changes: changes, dossier: dossier, documents: documents, warnings: warnings, document: document))
    }

    /// Rendered Markdown laid out the way it renders (`MarkdownLayout.tidy`): templates can
    /// then be written for reading, a sentence a line, without counting blank lines.
    public static func tidy(_ text: String) -> String {
        MarkdownLayout.tidy(text)
    }
}
