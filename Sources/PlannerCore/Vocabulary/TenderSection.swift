/// A part of the technical specification (описание объекта закупки) that a requirement or
/// a clause belongs to, in the order the specification lists them. The headings are the
/// templates' words (`Templates/<lang>/procurement/`); a capability names its section in
/// `Catalog/capabilities.yaml` (`tender.section`), a rule's clause in its `specification`.
public enum TenderSection: String, Sendable, Hashable, CaseIterable, Codable {
    /// Where the server side runs.
    case deployment
    /// What meetings, webinars and recordings do.
    case functions
    /// The platforms and operating systems people join from.
    case clients
    /// Room systems and other systems that join meetings (SIP, H.323, streams).
    case interop
    /// Accounts, directory and single sign-on.
    case directory
    /// Integrations with the organization's other systems.
    case integrations
    /// Protection of the information and where data is kept.
    case security
    /// Administration and reports.
    case administration
    /// Support, updates and vulnerability fixes.
    case support
    /// What the law asks of the software itself (the register of domestic software).
    case compliance
}
