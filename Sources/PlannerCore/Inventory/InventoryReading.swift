/// Where the fields that later checks point at were written.
struct InventoryLocations: Sendable {
    var deadline: SourceLocation?
    var start: SourceLocation?
    /// `contract_end` of each service, by service index.
    var contractEnds: [Int: SourceLocation] = [:]
}

/// One pass over an inventory document: reads each field with `YAMLReader`, which collects
/// every problem, and checks ids against the catalog.
///
/// Each part is read best-effort: an invalid optional field leaves its error and takes its
/// default, so that reading goes on and finds the file's other problems. Only a missing
/// required value (a name, a product id) makes a part nil. The loader returns an inventory
/// only when no error was recorded at all, so a best-effort default never reaches a plan.
struct InventoryReading {
    let catalog: Catalog
    /// The dates the inventory may give; nil when the as-of date is not known (no check).
    let horizon: PlanningHorizon?
    var reader = YAMLReader()
    var locations = InventoryLocations()

    init(catalog: Catalog, horizon: PlanningHorizon? = nil) {
        self.catalog = catalog
        self.horizon = horizon
    }

    static let rootKeys = ["schema", "organization", "services", "requirements", "quotes", "plan"]
    static let organizationKeys = [
        "name", "id", "country", "sector", "ownership", "institution", "procurement", "personal_data", "kii",
        "state_information_system", "municipal_participation", "users", "it_staff", "deadline", "budget", "sites",
    ]
    static let serviceKeys = [
        "product", "plan", "licenses", "annual_cost", "contract_end", "usage", "features_used", "purposes",
    ]
    static let usageKeys = ["peak_participants", "meetings_per_week", "webinar_attendees", "recordings_gb"]
    static let weightKeys = ["fit", "cost", "effort", "risk"]
    static let quoteKeys = ["annual", "one_time", "date", "note", "connections", "named_users", "participants"]
    static let budgetKeys = ["currency", "annual"]
    static let siteKeys = ["name", "users", "room_systems"]
    static let requirementKeys = ["must", "want", "weights"]
    static let planKeys = ["language", "start", "blackouts"]
    static let blackoutKeys = ["from", "to", "reason"]

    /// The range of every count (licences, participants, site users…).
    let counts = 0...InventoryLoader.maxCount
    /// The range of every amount of money (0 … 10¹²: see `NumberLimits.maxMoney`).
    let amounts = NumberLimits.money

    // MARK: Document

    /// The whole inventory, or nil when a required part is missing or invalid.
    mutating func inventory(_ root: YAMLNode, file: String) -> Inventory? {
        guard case .mapping = root.value else {
            reader.error(InventoryMessage.notAnInventory(root.found), at: .root, root.location)
            return nil
        }
        guard
            let map = reader.mapping(
                root, at: .root, keys: Self.rootKeys, required: ["schema", "organization", "services"])
        else {
            return nil
        }
        if let schema = map["schema"], !schema.isNull {
            guard let version = reader.integer(schema, at: map.path("schema")) else { return nil }
            // Another format version may give the same keys other meanings: checking them as
            // version 1 would bury the one message that matters.
            guard version == 1 else {
                reader.error(InventoryMessage.formatVersion(version), at: map.path("schema"), schema.location)
                return nil
            }
        }
        let organization = self.organization(map["organization"], at: map.path("organization"))
        let services = self.services(map["services"], at: map.path("services"))
        let requirements = self.requirements(map["requirements"], at: map.path("requirements"))
        let quotes = self.quotes(map["quotes"], at: map.path("quotes"))
        let plan = self.plan(map["plan"], at: map.path("plan"))
        guard let organization, let services else { return nil }
        return Inventory(
            file: file, schema: 1, organization: organization, services: services,
            requirements: requirements, quotes: quotes, plan: plan)
    }

    // MARK: Organization

    mutating func organization(_ node: YAMLNode?, at path: FieldPath) -> Organization? {
        guard
            let map = reader.mapping(
                node, at: path, keys: Self.organizationKeys,
                required: ["name", "country", "sector", "ownership", "users"])
        else { return nil }
        let name = placeholderChecked(reader.string(map["name"], at: map.path("name")), map)
        let id = organizationID(map["id"], at: map.path("id"))
        let country = code(
            map["country"], at: map.path("country"), letters: 2,
            what: "an ISO 3166-1 alpha-2 country code such as RU or KZ")
        let sector = reader.enumeration(Sector.self, map["sector"], at: map.path("sector"))
        let ownership = reader.enumeration(Ownership.self, map["ownership"], at: map.path("ownership"))
        let institution = reader.choice(
            map["institution"], at: map.path("institution"), from: InstitutionKind.stated.map(\.rawValue)
        ).flatMap(InstitutionKind.init(rawValue:))
        if institution != nil, let sector, sector != .education, let node = map["institution"] {
            reader.warning(
                "institution applies to sector 'education' only; it is ignored here", at: map.path("institution"),
                node.location)
        }
        let procurement = self.procurement(map, country: country)
        let personalData = reader.bool(map["personal_data"], at: map.path("personal_data"))
        let kii = reader.enumeration(KIIStatus.self, map["kii"], at: map.path("kii"))
        if !map.has("kii"), let country, let sector { askAboutKII(map, country: country, sector: sector) }
        let stateSystem = reader.bool(map["state_information_system"], at: map.path("state_information_system"))
        let municipal = reader.bool(map["municipal_participation"], at: map.path("municipal_participation"))
        let users = reader.integer(map["users"], at: map.path("users"), in: 1...InventoryLoader.maxCount)
        let itStaff = reader.integer(map["it_staff"], at: map.path("it_staff"), in: counts)
        let deadline = planDate(map["deadline"], at: map.path("deadline"))
        if deadline != nil { locations.deadline = map.location("deadline") }
        let budget = self.budget(map["budget"], at: map.path("budget"))
        let sites = self.sites(map["sites"], at: map.path("sites"), organizationUsers: users)

        guard let name, let country, let sector, let ownership, let users else { return nil }
        // A name without a Latin or Cyrillic letter makes an id of digits at best, and
        // `organization` at worst: other organizations' names make the same one.
        let derived = Slug.make(from: name)
        if id == nil, map["id"] == nil,
            !derived.unicodeScalars.contains(where: { ("a"..."z").contains($0) })
                || derived == Slug.fallback, let node = map["name"]
        {
            reader.warning(LimitMessage.sharedID(derived), at: map.path("name"), node.location)
        }
        var organization = Organization(
            name: name, id: id ?? Slug.make(from: name), country: country, sector: sector, ownership: ownership,
            procurement: procurement ?? catalog.defaultRegime(country: country, ownership: ownership) ?? "",
            personalData: personalData ?? true, kii: kii ?? .none,
            stateInformationSystem: stateSystem ?? false, users: users, itStaff: itStaff ?? 1,
            deadline: deadline, budget: budget, sites: sites, institution: sector == .education ? institution : nil,
            municipalParticipation: municipal)
        organization.procurementDefaulted = procurement == nil
        organization.idFromName = id == nil
        return organization
    }

    /// `organization.procurement`: a regime of the catalog, of the organization's own country
    /// (a Kazakh organization does not buy under 44-FZ); nil when absent or invalid.
    mutating func procurement(_ map: YAMLMapping, country: String?) -> String? {
        let regimes = catalog.procurementRegimes.map(\.id)
        guard let id = reader.choice(map["procurement"], at: map.path("procurement"), from: regimes) else { return nil }
        if let country, let regime = catalog.procurementRegime(id), let own = regime.country, own != country {
            let fitting = catalog.procurementRegimes.filter { $0.country == nil || $0.country == country }.map(\.id)
            reader.error(
                "'\(id)' is a procurement regime of \(own), and the organization is in \(country); "
                    + "expected one of: \(fitting.joined(separator: ", "))", at: map.path("procurement"),
                map.location("procurement"))
            return nil
        }
        return id
    }

    /// `kii` left out for a sector that is usually critical information infrastructure in the
    /// organization's country (the catalog's jurisdiction says which): `none` is assumed, and
    /// a warning asks, because `none` silently drops every KII rule.
    mutating func askAboutKII(_ map: YAMLMapping, country: String, sector: Sector) {
        guard let jurisdiction = catalog.jurisdiction(for: country), jurisdiction.kiiSectors.contains(sector) else {
            return
        }
        let law = jurisdiction.kiiLaw.map { " (\($0))" } ?? ""
        reader.warning(
            "not given, so 'none' is assumed; organizations in the \(sector.rawValue) sector are often subjects of "
                + "critical information infrastructure\(law). If yours is one, write 'kii: kii', or 'kii: significant' "
                + "if videoconferencing serves a significant object; if not, write 'kii: none' to confirm",
            at: map.path("kii"), map.node.location)
    }

    /// The organization's name, or nil with an error when it is still the placeholder that
    /// `plan init` writes: a name in angle brackets, such as `<Наименование организации>`
    /// (no organization is called that, and a plan for it would be a plan for nobody).
    mutating func placeholderChecked(_ name: String?, _ map: YAMLMapping) -> String? {
        guard let name, let node = map["name"] else { return name }
        let trimmed = name.trimmingWhitespace()
        guard trimmed.hasPrefix("<"), trimmed.hasSuffix(">") else { return name }
        reader.error(InventoryMessage.placeholderName(YAMLReader.quoted(name)), at: map.path("name"), node.location)
        return nil
    }

    /// `organization.id`: a slug, because it becomes a folder name.
    mutating func organizationID(_ node: YAMLNode?, at path: FieldPath) -> String? {
        guard let text = reader.string(node, at: path), let node else { return nil }
        guard Slug.isValid(text) else {
            reader.error(
                "\(YAMLReader.quoted(text)) is not a valid id: use lowercase latin letters, digits and '-', starting with "
                    + "a letter or digit, at most \(Slug.maxLength) characters (e.g. '\(Slug.make(from: text))')",
                at: path, node.location)
            return nil
        }
        return text
    }

    /// An upper-case ASCII code of fixed length (country, currency).
    mutating func code(_ node: YAMLNode?, at path: FieldPath, letters: Int, what: String) -> String? {
        guard let text = reader.string(node, at: path), let node else { return nil }
        guard Self.isCode(text, letters: letters) else {
            let upper = text.uppercased()
            let hint = upper != text && Self.isCode(upper, letters: letters) ? "; write '\(upper)'" : ""
            reader.error("expected \(what), found \(node.kindDescription)\(hint)", at: path, node.location)
            return nil
        }
        return text
    }

    static func isCode(_ text: String, letters: Int) -> Bool {
        text.unicodeScalars.count == letters && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// `organization.budget`; absent means RUB with no amount.
    mutating func budget(_ node: YAMLNode?, at path: FieldPath) -> Budget {
        guard let map = reader.mapping(node, at: path, keys: Self.budgetKeys) else { return Budget() }
        let currency = code(
            map["currency"], at: map.path("currency"), letters: 3, what: "an ISO 4217 currency code such as RUB or KZT")
        let annual = reader.number(map["annual"], at: map.path("annual"), in: amounts)
        return Budget(currency: currency ?? "RUB", annual: annual)
    }

    /// `organization.sites`; empty when absent (the model then makes one site of everyone).
    /// When given, the sites' users must add up to the organization's.
    mutating func sites(_ node: YAMLNode?, at path: FieldPath, organizationUsers: Int?) -> [Site] {
        guard let items = reader.sequence(node, at: path), let node else { return [] }
        var sites: [Site] = []
        var complete = true
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            if item.isNull { reader.error("empty site; give at least its name", at: itemPath, item.location) }
            guard
                let map = reader.mapping(
                    item, at: itemPath, keys: Self.siteKeys, required: ["name"]),
                let name = placeholderChecked(reader.string(map["name"], at: map.path("name")), map)
            else {
                complete = false
                continue
            }
            let users = reader.integer(map["users"], at: map.path("users"), in: counts)
            let rooms = reader.integer(map["room_systems"], at: map.path("room_systems"), in: counts)
            if users == nil, map["users"]?.isNull == false { complete = false }
            sites.append(Site(name: name, users: users ?? 0, roomSystems: rooms ?? 0))
        }
        // A sum over sites that were not all read would only add a second, wrong message.
        if complete, let organizationUsers, !sites.isEmpty {
            // Each count is at most maxCount and a 1 MiB file holds under a million sites,
            // so the sum cannot overflow.
            let total = sites.reduce(0) { $0 + $1.users }
            if total != organizationUsers {
                reader.error(
                    InventoryMessage.sitesDoNotAddUp(total: total, users: organizationUsers), at: path, node.location)
            }
        }
        return sites
    }

    // MARK: Services

    /// `services`: at least one; nil when absent or empty.
    mutating func services(_ node: YAMLNode?, at path: FieldPath) -> [Service]? {
        guard let items = reader.sequence(node, at: path), let node else { return nil }
        guard !items.isEmpty else {
            reader.error(InventoryMessage.noServices, at: path, node.location)
            return nil
        }
        var services: [Service] = []
        for (index, item) in items.enumerated() {
            if item.isNull {
                reader.error(InventoryMessage.emptyService, at: path.index(index), item.location)
            }
            if let service = self.service(item, at: path.index(index), index: index) {
                services.append(service)
            }
        }
        return services
    }

    mutating func service(_ node: YAMLNode, at path: FieldPath, index: Int) -> Service? {
        guard let map = reader.mapping(node, at: path, keys: Self.serviceKeys, required: ["product"]) else {
            return nil
        }
        let product = productID(map["product"], at: map.path("product"))
        let plan = reader.string(map["plan"], at: map.path("plan"))
        let licenses = reader.integer(map["licenses"], at: map.path("licenses"), in: counts)
        let annualCost = reader.number(map["annual_cost"], at: map.path("annual_cost"), in: amounts)
        let contractEnd = contractDate(map["contract_end"], at: map.path("contract_end"))
        if contractEnd != nil { locations.contractEnds[index] = map.location("contract_end") }
        let usage = self.usage(map["usage"], at: map.path("usage"))
        let features = self.features(map["features_used"], at: map.path("features_used"))
        let purposes = (reader.sequence(map["purposes"], at: map.path("purposes")) ?? []).enumerated().compactMap {
            reader.enumeration(Purpose.self, $1, at: map.path("purposes").index($0))
        }
        guard let product else { return nil }
        return Service(
            product: product, plan: plan, licenses: licenses, annualCost: annualCost,
            contractEnd: contractEnd, usage: usage, featuresUsed: features, purposes: purposes)
    }

    mutating func usage(_ node: YAMLNode?, at path: FieldPath) -> Usage {
        guard let map = reader.mapping(node, at: path, keys: Self.usageKeys) else { return Usage() }
        return Usage(
            peakParticipants: reader.integer(map["peak_participants"], at: map.path("peak_participants"), in: counts),
            meetingsPerWeek: reader.integer(map["meetings_per_week"], at: map.path("meetings_per_week"), in: counts),
            webinarAttendees: reader.integer(map["webinar_attendees"], at: map.path("webinar_attendees"), in: counts),
            recordingsGB: reader.number(
                map["recordings_gb"], at: map.path("recordings_gb"), in: 0...NumberLimits.maxGigabytes))
    }

    /// `features_used`: capability ids in file order. A repeated id is dropped with a warning;
    /// a number capability is kept with a warning, since "used" only means something for a
    /// yes/no feature.
    mutating func features(_ node: YAMLNode?, at path: FieldPath) -> [String] {
        guard let items = reader.sequence(node, at: path) else { return [] }
        var features: [String] = []
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            guard let id = capabilityID(item, at: itemPath) else { continue }
            if features.contains(id) {
                reader.warning("'\(id)' is listed twice", at: itemPath, item.location)
                continue
            }
            if catalog.capability(id)?.kind == .number {
                reader.warning(
                    "'\(id)' is a number (a limit), not a feature; give the figure under usage "
                        + "or require it with a must such as '\(id) >= N'", at: itemPath, item.location)
            }
            features.append(id)
        }
        return features
    }

    // MARK: Dates

    /// `plan.start`, `organization.deadline`, a blackout's end: a date within the horizon's
    /// plan dates, else an error at the field.
    mutating func planDate(_ node: YAMLNode?, at path: FieldPath) -> CalendarDate? {
        bounded(node, at: path, range: horizon?.planDates, yearsBefore: PlanningHorizon.yearsBefore)
    }

    /// `services[].contract_end`: a date within the horizon's contract dates.
    mutating func contractDate(_ node: YAMLNode?, at path: FieldPath) -> CalendarDate? {
        bounded(node, at: path, range: horizon?.contractDates, yearsBefore: PlanningHorizon.contractYearsBefore)
    }

    private mutating func bounded(
        _ node: YAMLNode?, at path: FieldPath, range: ClosedRange<CalendarDate>?, yearsBefore: Int
    ) -> CalendarDate? {
        guard let date = reader.date(node, at: path) else { return nil }
        if let horizon, let range, let node,
            let problem = horizon.problem(date, in: range, yearsBefore: yearsBefore)
        {
            reader.error(problem, at: path, node.location)
            return nil
        }
        return date
    }

    // MARK: Ids

    /// A product id that the catalog knows, or nil with an error naming the closest ids.
    mutating func productID(_ node: YAMLNode?, at path: FieldPath) -> String? {
        guard let text = reader.string(node, at: path), let node else { return nil }
        return knownProduct(text, at: path, node.location)
    }

    mutating func knownProduct(_ id: String, at path: FieldPath, _ location: SourceLocation) -> String? {
        if catalog.product(id) != nil { return id }
        // The product list is short enough to show whole when nothing is close.
        reader.error(
            InventoryMessage.unknownProduct(
                YAMLReader.quoted(id), Suggestions.suggestion(for: id, in: catalog.productIDs, listUpTo: 20)),
            at: path, location)
        return nil
    }

    /// A capability id read from a list item.
    mutating func capabilityID(_ node: YAMLNode, at path: FieldPath) -> String? {
        if node.isNull {
            reader.error("empty item; give a capability id", at: path, node.location)
            return nil
        }
        guard let text = reader.string(node, at: path) else { return nil }
        return knownCapability(text, at: path, node.location)?.id
    }

    mutating func knownCapability(_ id: String, at path: FieldPath, _ location: SourceLocation) -> Capability? {
        if let capability = catalog.capability(id) { return capability }
        reader.error(
            InventoryMessage.unknownCapability(
                YAMLReader.quoted(id), Suggestions.suggestion(for: id, in: catalog.capabilityIDs, listUpTo: 0)),
            at: path, location)
        return nil
    }
}
