/// Why a check came out as it did, or what a figure of a score or a cost stands for, as data:
/// a code that names the sentence and the values it is made from. Core builds no sentences;
/// the templates word each code in each language (`Templates/<lang>/inline/reason/<code>.mustache`),
/// the history stores the code and its parameters, and `compare --format json` gives both.
public struct Reason: Sendable, Hashable {
    /// Which sentence.
    public var code: ReasonCode
    /// The values the sentence names, in the order they were given (see ``ReasonCode``).
    public var parameters: [PlanParameter]

    /// Creates a reason.
    public init(_ code: ReasonCode, _ parameters: [PlanParameter] = []) {
        self.code = code
        self.parameters = parameters
    }

    /// The value of a parameter.
    public func parameter(_ name: String) -> PlanValue? { parameters.value(name) }
}

extension Array where Element == PlanParameter {
    /// A parameter that is left out when the value is nil: `.optional("number", entry.number.map(PlanValue.text))`.
    static func optional(_ name: String, _ value: PlanValue?) -> [PlanParameter] {
        value.map { [PlanParameter(name, $0)] } ?? []
    }
}

/// The codes of ``Reason``, each with the parameters it takes (`?`: may be absent). Ids in
/// parameters are catalog or inventory ids (`register`, `capability`, `rule`), words come from
/// the templates. A new code needs a template in every language (a test checks).
public enum ReasonCode: String, Sendable, Hashable, CaseIterable, Codable {
    // MARK: Registers (`registry:` and `not_in_registry:`)

    /// `register`: the catalog records the product as not listed.
    case registryNotListed = "registry-not-listed"
    /// `register`, `since` (date): listed, but only from a later date.
    case registryListedFrom = "registry-listed-from"
    /// `register`, `number?`, `since?` (date): listed.
    case registryListed = "registry-listed"
    /// `register`, `countries` (list), `vendorCountry`: only rightholders from those countries.
    case registryAdmitsOnly = "registry-admits-only"
    /// `register`, `countries` (list), `vendorCountry`: only products from outside those countries.
    case registryExcludesVendors = "registry-excludes-vendors"
    /// `register`, `listed` (bool): the catalog's entry is unconfirmed.
    case registryEntryUnconfirmed = "registry-entry-unconfirmed"
    /// `register`, `asOf?` (date): not on a closed list (every entry of it is known).
    case registryNotOnClosedList = "registry-not-on-closed-list"
    /// `register`: the catalog does not record the product's standing.
    case registryUnrecorded = "registry-unrecorded"

    // MARK: Vendor country (`vendor_country:`)

    /// `country`: the catalog's vendor country is unconfirmed.
    case vendorCountryUnconfirmed = "vendor-country-unconfirmed"
    /// `country`: the vendor is from one of the required countries.
    case vendorCountryIs = "vendor-country-is"
    /// `country`, `countries` (list): the vendor is from another country.
    case vendorCountryNot = "vendor-country-not"

    // MARK: Data residency (`data_residency:`)

    /// It runs on the organization's own servers.
    case residencyOnPremises = "residency-on-premises"
    /// `kept` (list): the cloud keeps data in a required country.
    case residencyKept = "residency-kept"
    /// `kept` (list; empty: nowhere in a cloud), `countries` (list): elsewhere, and an
    /// on-premises edition is unconfirmed.
    case residencyElsewhereOnPremisesUnconfirmed = "residency-elsewhere-on-premises-unconfirmed"
    /// `kept` (list), `countries` (list): elsewhere, and no on-premises edition is recorded.
    case residencyElsewhere = "residency-elsewhere"
    /// An on-premises edition is unconfirmed; where the cloud keeps data is not recorded.
    case residencyUnrecordedOnPremisesUnconfirmed = "residency-unrecorded-on-premises-unconfirmed"
    /// `countries` (list): where the cloud keeps data is not recorded.
    case residencyUnrecorded = "residency-unrecorded"

    // MARK: Certificates (`certification:`)

    /// `kind`, `number?`, `until?` (date): a valid certificate.
    case certificateValid = "certificate-valid"
    /// `kind`, `expired` (date): the last one expired.
    case certificateExpired = "certificate-expired"
    /// `kind`: no confirmed certificate is recorded.
    case certificateUnrecorded = "certificate-unrecorded"

    // MARK: Capabilities (`capability:`, must-requirements, wants, features)

    /// `capability`: the catalog does not state it.
    case capabilityUnstated = "capability-unstated"
    /// `capability`, `value` (as the catalog writes it): the catalog's value is unconfirmed.
    case capabilityUnconfirmed = "capability-unconfirmed"
    /// `capability`: the product has it.
    case capabilityPresent = "capability-present"
    /// `capability`: the product lacks it.
    case capabilityAbsent = "capability-absent"
    /// `capability`, `value` (number): a number the catalog states.
    case capabilityValue = "capability-value"
    /// `capability`: the catalog's value is not a number.
    case capabilityNotNumber = "capability-not-number"
    /// `capability`, `value`, `bound` (numbers), `met` (bool): `value ≥ bound`, or not.
    case capabilityAtLeast = "capability-at-least"
    /// `capability`, `value`, `bound` (numbers), `met` (bool): `value ≤ bound`, or not.
    case capabilityAtMost = "capability-at-most"
    /// The organization uses the feature with this product today (the inventory is the evidence).
    case usedToday = "used-today"

    // MARK: Rules and vendor restrictions

    /// Added to a reason: the rule is unconfirmed in the catalog, so a product that fails it
    /// is unknown (verify that the rule applies).
    case ruleUnconfirmed = "rule-unconfirmed"
    /// No restriction of the vendor in force names the organization.
    case restrictionNone = "restriction-none"
    /// `restriction` (id), `effect` (`no_sales` or `service_ended`), `since` (date),
    /// `summary?` (localized: the catalog's first sentence), `confirmed` (bool).
    case restrictionInForce = "restriction-in-force"

    // MARK: Fit

    /// Neither wants nor features used: fit is 100.
    case fitNothingAsked = "fit-nothing-asked"
    /// `capability`, `weight`, `totalWeight` (ints), `share` (number), `outcome`.
    case fitWant = "fit-want"
    /// `capability`, `count` (int), `share` (number), `outcome`.
    case fitFeature = "fit-feature"

    // MARK: Effort

    /// `capability`: a feature used today that the product lacks.
    case effortMissingFeature = "effort-missing-feature"
    /// `capability`: a feature used today that the catalog cannot confirm (half a point).
    case effortUnknownFeature = "effort-unknown-feature"
    /// `capability`: an integration to set up again.
    case effortIntegration = "effort-integration"
    /// `count` (int), `each`, `cap` (numbers): room systems without SIP or H.323.
    case effortRoomSystems = "effort-room-systems"
    /// `count` (int), `each`, `cap` (numbers): room systems, SIP and H.323 unknown.
    case effortRoomSystemsUnknown = "effort-room-systems-unknown"
    /// `gigabytes`, `perPoint`, `cap` (numbers): recordings to move.
    case effortRecordings = "effort-recordings"
    /// `cap` (number): no IT staff.
    case effortNoITStaff = "effort-no-it-staff"
    /// `users`, `itStaff` (ints), `ratio`, `perPoint`, `cap` (numbers): the load on the IT team.
    case effortITLoad = "effort-it-load"

    // MARK: Risk

    /// `country`: the vendor's country is unconfirmed.
    case riskVendorUnconfirmed = "risk-vendor-unconfirmed"
    /// `country`, `organizationCountry`: a foreign vendor.
    case riskForeignVendor = "risk-foreign-vendor"
    /// `rule`, `outcome`: a warning rule not met or unknown.
    case riskWarning = "risk-warning"
    /// `rule`, `requirement?` (a must-requirement's expression): a condition to verify.
    case riskCondition = "risk-condition"
    /// `count` (int), `each`, `cap` (numbers), `facts` (list): unknown wants and features.
    case riskUnknownFacts = "risk-unknown-facts"
    /// `country`, `restriction`: the vendor restricts other organizations of the country.
    case riskRestrictionElsewhere = "risk-restriction-elsewhere"
    /// `advisory`, `confirmed` (bool): an exploited vulnerability.
    case riskAdvisory = "risk-advisory"
    /// The score was floored at 0.
    case scoreFloor = "score-floor"

    // MARK: Cost score

    /// `standIn`, `fallback` (numbers): the cost is unknown and counts as the median.
    case costUnknown = "cost-unknown"
    /// `cost` (money): the cheapest known three-year cost.
    case costCheapest = "cost-cheapest"
    /// `cheapest`, `cost` (money): 100 × cheapest / this.
    case costRatio = "cost-ratio"
    /// `cost` (money): the cheapest could fall to this (another product's cloud).
    case costReference = "cost-reference"
    /// `cost` (money): this product's cost if its cloud keeps data where the law asks.
    case costIfCloud = "cost-if-cloud"
    /// `factor` (number), `cost` (money): the quote covers 1/factor of the need.
    case costIfLicencesGrow = "cost-if-licences-grow"

    // MARK: Cost lines and unknown costs

    /// `servers`, `users` (ints), `each` (money): assumed servers.
    case lineServers = "line-servers"
    /// `servers` (int), `each` (money): assumed administration.
    case lineAdministration = "line-administration"
    /// `assumptionCurrency`, `currency`: servers and administration not included.
    case lineServersNotIncluded = "line-servers-not-included"
    /// `note?`, `date?`: the inventory's quote.
    case lineQuote = "line-quote"
    /// What the service costs today (`services[].annual_cost`).
    case lineCurrentContract = "line-current-contract"
    /// `plan`, `model`, `price` (money), `count?` (users, servers or participants counted),
    /// `minimum?` (int), `oneTime?` (money): a catalog price plan.
    case lineListPrice = "line-list-price"
    /// The catalog has no price and the inventory no quote.
    case costNoPrice = "cost-no-price"
    /// `currency`: the catalog's prices in the budget currency are unconfirmed.
    case costPriceUnconfirmed = "cost-price-unconfirmed"
    /// `currencies` (list), `currency`: the catalog prices it in other currencies.
    case costOtherCurrency = "cost-other-currency"

    // MARK: Robustness of a recommendation

    /// No option is ranked.
    case verdictNoneRanked = "verdict-none-ranked"
    /// `first`: only one option is ranked.
    case verdictSingle = "verdict-single"
    /// `first`, `second`: the two best totals are equal at one decimal.
    case verdictTie = "verdict-tie"
    /// `second`, `open` (bool): no single weight change makes the second first.
    case verdictRobustNoMove = "verdict-robust-no-move"
    /// `second`, `limit`, `weight`, `from`, `to` (numbers but `second`, `weight`), `open` (bool):
    /// the smallest move that swaps the top two is at least `limit` points.
    case verdictRobust = "verdict-robust"
    /// `second`, `weight`, `from`, `to`, `open` (bool): a smaller move swaps the top two.
    case verdictFragile = "verdict-fragile"
}
