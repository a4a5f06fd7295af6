import PlannerCore

/// Where the procurement documents go inside a plan's folder (cli.md Revision 2,
/// "Procurement documents"), and the links between them.
public enum ProcurementFiles {
    /// The folder of the documents, beside `plan.md`.
    public static let folder = "procurement"
    /// The technical specification.
    public static let specification = "procurement/specification.md"
    /// The initial maximum price's justification.
    public static let justification = "procurement/price-justification.md"
    /// The folder of the requests for commercial offers.
    public static let requestsFolder = "procurement/price-requests"

    /// The request to one product's vendor: `procurement/price-requests/<id>.md`.
    public static func request(_ product: String) -> String { "\(requestsFolder)/\(product).md" }

    /// A request's path relative to `folder` (a folder of the plan's, `""` for the plan's own).
    static func requestFile(_ product: String, relativeTo folder: String) -> String {
        relative(request(product), from: folder)
    }

    /// `path` (relative to the plan's folder) as seen from `folder` (also relative to it).
    static func relative(_ path: String, from folder: String) -> String {
        let target = path.split(separator: "/").map(String.init)
        let base = folder.split(separator: "/").map(String.init)
        var common = 0
        while common < base.count, common < target.count - 1, base[common] == target[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        return (up + target[common...]).joined(separator: "/")
    }
}

/// One procurement document, rendered: its path inside the plan's folder and its Markdown.
public struct GeneratedDocument: Sendable, Equatable {
    /// E.g. `procurement/specification.md`.
    public let path: String
    public let markdown: String

    /// Creates a document.
    public init(path: String, markdown: String) {
        self.path = path
        self.markdown = markdown
    }
}

extension TemplateSet {
    /// True when the set has a template of this name.
    public func has(_ name: String) -> Bool { origins[name] != nil }

    /// The template of a procurement document for a regime: `procurement/<key>/<document>`,
    /// else `procurement/default/<document>`; nil when the set has neither.
    public func procurementTemplate(_ document: String, regimeKey: String) -> String? {
        ["procurement/\(regimeKey)/\(document)", "procurement/default/\(document)"].first(where: has)
    }
}

extension ProcurementDocumentBuilder {
    /// The regime's key (`fz44`, `kz106`): the folder of its templates.
    var regimeKey: String { catalog.procurementRegime(dossier.regime)?.key ?? dossier.regime }

    /// The documents of the dossier: with a procurement law the specification, the price
    /// justification and the requests; without one the requests only. A failure when the
    /// templates would write one larger than `PlanLimits.maxPlanBytes`: left out silently, it
    /// would look like a document no longer needed (and an unedited earlier draft would be removed).
    func documents(
        set: TemplateSet, terms: ProcurementTermsView, inventoryFile: String
    ) -> Result<[GeneratedDocument], PlanGenerator.Failure> {
        let key = regimeKey
        var tooLarge: String?
        func render(_ document: String, _ path: String, _ context: TemplateRecord) -> GeneratedDocument? {
            guard let name = set.procurementTemplate(document, regimeKey: key) else { return nil }
            guard let text = set.render(context, template: name, limit: PlanLimits.maxPlanBytes) else {
                tooLarge = tooLarge ?? path
                return nil
            }
            return GeneratedDocument(path: path, markdown: PlanGenerator.tidy(text))
        }
        var documents: [GeneratedDocument] = []
        let shared = root(inventoryFile: inventoryFile).adding([
            "internal": .of(false), "terms": .of(terms),
        ])
        if dossier.regulated {
            let folder = ProcurementFiles.folder
            let inward = shared.adding(links(from: folder)).adding(["internal": .of(true)])
            if let spec = render("specification", ProcurementFiles.specification, inward) {
                documents.append(spec)
            }
            if let justification = render(
                "price-justification", ProcurementFiles.justification, shared.adding(links(from: folder)))
            {
                documents.append(justification)
            }
        }
        // Every request shares the root (its specification, justification and route are the
        // dossier's): built once, with the request's own product added to each.
        let requestsShared = shared.adding(links(from: ProcurementFiles.requestsFolder))
        for request in dossier.requests {
            let context = requestsShared.adding(["request": .of(self.request(request))])
            if let document = render("price-request", ProcurementFiles.request(request.product), context) {
                documents.append(document)
            }
        }
        if let tooLarge { return .failure(.documentTooLarge(tooLarge, limit: PlanLimits.maxPlanBytes)) }
        return .success(documents)
    }

    /// Links to the other documents and the plan, as seen from a document in `folder`.
    func links(from folder: String) -> [String: TemplateData] {
        [
            "links": .of(
                TemplateRecord([
                    "specification": .of(
                        dossier.regulated
                            ? ProcurementFiles.relative(ProcurementFiles.specification, from: folder) : nil),
                    "justification": .of(
                        dossier.regulated
                            ? ProcurementFiles.relative(ProcurementFiles.justification, from: folder) : nil),
                    "plan": .of(ProcurementFiles.relative("plan.md", from: folder)),
                ]))
        ]
    }
}

extension ProcurementDocumentBuilder {
    /// What the plan's procurement section says of the documents: their paths relative to
    /// the plan, the requests, the route, and the offers still missing and from whom.
    func planLinks() -> TemplateRecord {
        let justification = dossier.justification
        let asked = dossier.requests.filter { justification.askFrom.contains($0.product) }.map(requestLink)
        return TemplateRecord([
            "specification": .of(dossier.regulated ? ProcurementFiles.specification : nil),
            "justification": .of(dossier.regulated ? ProcurementFiles.justification : nil),
            "requests": .records(dossier.requests.map(requestLink)), "hasRequests": .of(!dossier.requests.isEmpty),
            "route": .of(route(dossier.route)),
            "counted": .of(values.count(justification.counted.count)),
            "missing": .of(values.count(justification.missing, zeroIsNull: true)),
            "askFrom": .records(asked), "hasAskFrom": .of(!asked.isEmpty),
            "initialPrice": .of(justification.initialPrice.map { exact($0) }),
            "hasNarrow": .of(dossier.specification.requirements.contains(where: \.narrow)),
        ])
    }
}
