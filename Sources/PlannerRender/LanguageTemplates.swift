import PlannerCore
import Synchronization

/// A generator's templates per language, with what is worked out from them once (each
/// regime's procurement words). The shipped templates are loaded when a plan first needs the
/// language: most runs write one language, and loading a language's templates is most of
/// `plan generate`'s time for one plan. Templates from `--templates` are loaded and checked
/// up front instead, so that every problem is reported before anything is written.
final class LanguageTemplates: Sendable {
    /// A language's template set and its regimes' procurement words.
    struct Pack: Sendable {
        let set: TemplateSet
        /// The catalog's regimes' words, rendered once.
        private let terms: [String: ProcurementTermsView]

        init(set: TemplateSet, regimeKeys: Set<String>) {
            self.set = set
            terms = Dictionary(uniqueKeysWithValues: regimeKeys.map { ($0, set.procurementTerms(regimeKey: $0)) })
        }

        /// The words of a regime's drafts (a regime outside the catalog's is rendered now).
        func terms(_ regimeKey: String) -> ProcurementTermsView {
            terms[regimeKey] ?? set.procurementTerms(regimeKey: regimeKey)
        }
    }

    /// The languages there are templates for.
    let languages: [Language]
    private let regimeKeys: Set<String>
    private let packs: Mutex<[Language: Pack]>

    /// Sets already loaded, one per language.
    init(sets: [TemplateSet], regimeKeys: Set<String>) {
        var packs: [Language: Pack] = [:]
        for set in sets { packs[set.language] = Pack(set: set, regimeKeys: regimeKeys) }
        self.regimeKeys = regimeKeys
        self.languages = Language.allCases.filter { packs[$0] != nil }
        self.packs = Mutex(packs)
    }

    /// The shipped templates of `languages`, each loaded when first asked for.
    init(shipped languages: [Language], regimeKeys: Set<String>) {
        self.regimeKeys = regimeKeys
        self.languages = Language.allCases.filter(languages.contains)
        self.packs = Mutex([:])
    }

    /// The templates of `language`, loaded now if not yet (a thread asking meanwhile waits,
    /// so each language is loaded once); nil when the generator has none for it.
    func pack(_ language: Language) -> Pack? {
        guard languages.contains(language) else { return nil }
        return packs.withLock { packs in
            if let pack = packs[language] { return pack }
            guard case .success(let set) = TemplateSet.shippedSet(language) else { return nil }
            let pack = Pack(set: set, regimeKeys: regimeKeys)
            packs[language] = pack
            return pack
        }
    }
}
