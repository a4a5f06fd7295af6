import PlannerCore

extension TemplateSet {
    /// The shipped templates of a language, whole, loaded once per process (a `static let`
    /// is initialized once; a thread asking meanwhile waits). They are embedded in the binary,
    /// so every generator of the process can share them: `plan` loads a language at most once,
    /// and the tests, which generate hundreds of plans in one process, too.
    static func shippedSet(_ language: Language) -> Result<TemplateSet, DiagnosticsError> {
        switch language {
        case .ru: return shippedRussian
        case .en: return shippedEnglish
        }
    }

    private static let shippedRussian = load(language: .ru, userDirectory: nil)
    private static let shippedEnglish = load(language: .en, userDirectory: nil)
}
