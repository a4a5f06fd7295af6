extension Rule {
    /// What breaking the rule means. It chooses the plan's words ("may not be bought" is
    /// wrong for a ban on transferring data) and whether the rule needs a product predicate.
    public enum Effect: String, Sendable, Hashable, CaseIterable, Codable {
        /// A product that fails it may not be bought (or renewed) under the regime.
        case purchaseBan = "purchase_ban"
        /// A product that fails it may be bought only with an approval.
        case purchaseApproval = "purchase_approval"
        /// A product that fails it loses to one that meets it in a purchase.
        case purchasePreference = "purchase_preference"
        /// A product that fails it may not be used (for the rule's purposes).
        case useBan = "use_ban"
        /// A product that fails it may not be used to transfer the data the law names.
        case dataTransferBan = "data_transfer_ban"
        /// A product that fails it does not keep the data where the law requires.
        case dataLocation = "data_location"
        /// A duty of the organization itself (protect, attest, report): tasks, and at most a
        /// warning on products.
        case obligation
        /// Informs (which law governs, guidance): no verdict on products is needed.
        case information

        /// The effect of a rule that does not state one: a purchase ban for a rule that names
        /// procurement regimes, a use ban otherwise.
        public static func `default`(procurement: Bool) -> Effect { procurement ? .purchaseBan : .useBan }

        /// True when the rule may leave out `require`: it judges no product.
        public var needsNoProduct: Bool { self == .obligation || self == .information }
    }

    /// A citation, summary or advice that replaces the rule's own for the organizations its
    /// `when` names, within its dates: 1875 is cited through 44-FZ art. 14 for a 44-FZ buyer
    /// and through 223-FZ art. 3.1-4 for a 223-FZ buyer.
    public struct Variant: Sendable, Hashable {
        public var when: [OrganizationCondition]
        /// The first day the variant applies; nil: from the rule's start.
        public var from: CalendarDate?
        /// The last day the variant applies; nil: to the rule's end.
        public var until: CalendarDate?
        public var citation: Citation?
        public var summary: LocalizedText?
        public var advice: LocalizedText?

        /// Creates a variant.
        public init(
            when: [OrganizationCondition], from: CalendarDate? = nil, until: CalendarDate? = nil,
            citation: Citation? = nil, summary: LocalizedText? = nil, advice: LocalizedText? = nil
        ) {
            self.when = when
            self.from = from
            self.until = until
            self.citation = citation
            self.summary = summary
            self.advice = advice
        }

        /// True when the variant's dates hold the date.
        public func isInForce(on date: CalendarDate) -> Bool {
            (from.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
        }
    }

    /// A step of the work plan that the rule asks of an organization it applies to
    /// (re-attestation under FSTEC's orders, moving lessons to the state platform).
    public struct Task: Sendable, Hashable {
        /// The phase whose checklist holds the step.
        public var phase: PhaseKind
        public var text: LocalizedText

        /// Creates a task.
        public init(phase: PhaseKind, text: LocalizedText) {
            self.phase = phase
            self.text = text
        }

        /// The phases a task may name: each occurs once in a plan (a wave repeats).
        public static let phases: [PhaseKind] = [.preparation, .pilot, .parallelRun, .cutOver, .decommissioning]
    }

    /// What the rule asks of the purchase's technical specification, for an organization it
    /// applies to: "personal data is kept in databases in Russia" (152-FZ), "critical
    /// vulnerabilities can be fixed within 24 hours" (FSTEC Order 117). Product-neutral.
    public struct Clause: Sendable, Hashable {
        /// The part of the specification the clause belongs to.
        public var section: TenderSection
        public var text: LocalizedText

        /// Creates a clause.
        public init(section: TenderSection, text: LocalizedText) {
            self.section = section
            self.text = text
        }
    }

    /// The citation, summary and advice of a rule for one organization and date.
    public struct Wording: Sendable, Hashable {
        public var citation: Citation
        public var summary: LocalizedText?
        public var advice: LocalizedText?

        /// Creates a wording.
        public init(citation: Citation, summary: LocalizedText? = nil, advice: LocalizedText? = nil) {
            self.citation = citation
            self.summary = summary
            self.advice = advice
        }
    }
}
