import PlannerCore

/// Runs for the tests: one organization, a few products, facts and rules.
public enum Sample {
    /// A date from `YYYY-MM-DD` (a test's own literal).
    public static func date(_ text: String) -> CalendarDate {
        guard case .success(let date) = CalendarDate.parse(text) else { fatalError("bad test date \(text)") }
        return date
    }

    /// The register rule, a blocker.
    public static let registry = RuleRecord(
        ruleID: "RU-1236-REGISTRY", severity: .blocker, title: title("Russian software register"))
    /// The personal-data localization rule, a blocker.
    public static let localization = RuleRecord(
        ruleID: "RU-152-LOCALIZATION", severity: .blocker, title: title("Personal data stored in Russia"))

    /// TrueConf, eligible and ranked, with a price, a register entry and a capability as facts.
    public static func trueconf(price: Double = 420_000, rank: Int = 1, total: Double = 86.3) -> ProductRecord {
        ProductRecord(
            productID: "trueconf", name: "TrueConf Server", category: "videoconferencing", status: .eligible,
            rank: rank, fit: 91.5, cost: 78, effort: 85, risk: 95, total: total,
            threeYearCost: price * 3, currency: "RUB",
            facts: [
                FactRecord(.registry("ru_software"), .listed(number: nil)),
                FactRecord(.price("annual"), .price(price, currency: "RUB", model: .perServer)),
                FactRecord(.capability("transcription"), .flag(true)),
            ])
    }

    /// VK Teams, conditional and ranked.
    public static func vkTeams(rank: Int = 2, total: Double = 80.1) -> ProductRecord {
        ProductRecord(
            productID: "vk-teams", name: "VK Teams", category: "videoconferencing", status: .conditional,
            rank: rank, fit: 85, cost: 70, effort: 80, risk: 90, total: total, threeYearCost: 900_000, currency: "RUB",
            facts: [FactRecord(.price("annual"), .price(300_000, currency: "RUB", model: .perServer))])
    }

    /// Zoom, excluded by two blockers.
    public static let zoom = ProductRecord(
        productID: "zoom", name: "Zoom Workplace", category: "videoconferencing", status: .excluded,
        blockers: [
            BlockerRecord(
                rule: "RU-1236-REGISTRY",
                reason: Reason(.registryNotListed, [PlanParameter("register", .text("ru_software"))])),
            BlockerRecord(rule: "VENDOR-RESTRICTION", reason: Reason(.restrictionNone)),
        ],
        facts: [FactRecord(.vendorCountry, .country("US"))])

    /// A run of one organization (default: TrueConf, VK Teams and Zoom, the register rule).
    public static func run(
        organization: String = "gymnasium-5", asOf: String = "2026-01-15",
        command: RunRecord.Command = .generate, inventory: String = "0123456789abcdef",
        catalog: String = "fedcba9876543210", products: [ProductRecord]? = nil,
        rules: [RuleRecord] = [registry]
    ) -> RunRecord {
        RunRecord(
            organizationID: organization, organizationName: "МБОУ «Гимназия № 5»", inventoryFingerprint: inventory,
            catalogFingerprint: catalog, asOf: date(asOf), toolVersion: "0.1.0", command: command,
            products: products ?? [trueconf(), vkTeams(), zoom], rules: rules)
    }

    /// A run the size of a real one: 12 products with 30 facts and 2 blockers each, 10 rules.
    public static func largeRun(organization: String = "gymnasium-5", number: Int = 0) -> RunRecord {
        let products = (0..<12).map { index in
            ProductRecord(
                productID: "product-\(index)", name: "Product \(index)", category: "videoconferencing",
                status: index < 8 ? .eligible : .excluded, rank: index < 8 ? index + 1 : nil,
                fit: 80, cost: 70, effort: 60, risk: 50, total: 65 + Double(index), threeYearCost: 1_000_000,
                currency: "RUB",
                blockers: index < 8
                    ? []
                    : [
                        BlockerRecord(
                            rule: "RULE-A", reason: Reason(.capabilityAbsent, [PlanParameter("capability", .text("a"))])
                        ),
                        BlockerRecord(
                            rule: "RULE-B", reason: Reason(.capabilityAbsent, [PlanParameter("capability", .text("b"))])
                        ),
                    ],
                facts: (0..<30).map { FactRecord(.capability("fact.\($0)"), .number(Double($0 * 1000 + number))) })
        }
        let rules = (0..<10).map { RuleRecord(ruleID: "RULE-\($0)", severity: .blocker, title: title("Rule \($0)")) }
        return run(organization: organization, products: products, rules: rules)
    }
}
