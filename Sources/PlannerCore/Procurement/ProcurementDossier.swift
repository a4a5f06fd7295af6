/// The procurement documents of one organization's purchase, decided from its inventory, its
/// assessment and its plan (cli.md Revision 2, "Procurement documents"): the technical
/// specification, a request for a commercial offer to each of the best ranked products, the
/// initial maximum price's justification, and the route the purchase takes. The renderer
/// only words it (`Templates/<lang>/procurement/`).
public struct ProcurementDossier: Sendable, Hashable {
    /// The regime's id (`44-FZ`, `none`).
    public var regime: String
    /// True when the organization buys under a procurement law: then the specification and
    /// the justification are written; otherwise only the price requests.
    public var regulated: Bool
    public var specification: Specification
    /// In rank order.
    public var requests: [PriceRequest]
    public var justification: PriceJustification
    public var route: ProcurementRoute

    /// The dossier of an organization's purchase; `plan` is the plan of the same assessment.
    public static func build(
        inventory: Inventory, assessment: Assessment, plan: MigrationPlan, catalog: Catalog
    ) -> ProcurementDossier {
        let regime = assessment.procurement.regime ?? catalog.procurementRegime(inventory.organization.procurement)
        let specification = Specification.build(
            inventory: inventory, assessment: assessment, plan: plan, catalog: catalog)
        let justification = PriceJustification.build(
            inventory: inventory, assessment: assessment, catalog: catalog,
            recipients: PriceRequestRecipients.of(inventory: inventory, assessment: assessment))
        let requests = PriceRequest.build(
            inventory: inventory, assessment: assessment, catalog: catalog, specification: specification,
            justification: justification)
        let route =
            plan.route
            ?? ProcurementRoute.choose(
                regime: regime, justification: justification, target: plan.target?.id,
                fallbackDays: plan.assumptions.procurementDays)
        return ProcurementDossier(
            regime: regime?.id ?? inventory.organization.procurement, regulated: regime?.regulated ?? false,
            specification: specification, requests: requests, justification: justification, route: route)
    }
}
