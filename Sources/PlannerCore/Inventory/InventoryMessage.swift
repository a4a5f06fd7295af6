/// The inventory's own messages that people filling one in meet most, in English and
/// Russian side by side (the general ones, such as an unknown key, are ``Message``s). The
/// inventory is read in the language of its `plan.language`, else the user's locale.
enum InventoryMessage: LocalizableMessage, Hashable {
    /// The document is not a mapping.
    case notAnInventory(Found)
    /// `schema:` names another format version.
    case formatVersion(Int)
    /// `organization.name` is still the placeholder `plan init` wrote.
    case placeholderName(String)
    case unknownProduct(String, Suggestion)
    /// An unknown capability id; without a close one, where the ids are listed.
    case unknownCapability(String, Suggestion)
    case noServices
    case emptyService
    case sitesDoNotAddUp(total: Int, users: Int)
    case allWeightsZero
    case wantWithoutWeight
    /// `organization.deadline` before the plan starts.
    case deadlineBeforeStart(CalendarDate, Start)
    /// A service's contract ended before the plan starts (`services[index].contract_end`).
    case contractEndedBeforeStart(index: Int, end: CalendarDate, Start)
    /// `plan.start` before the as-of date.
    case startInThePast(CalendarDate, asOf: CalendarDate)

    /// When the plan starts: `plan.start`, else the as-of date.
    enum Start: Hashable {
        case planStart(CalendarDate)
        case asOf(CalendarDate)

        func text(_ language: Language) -> String {
            switch (self, language) {
            case (.planStart(let date), _): "plan.start (\(date))"
            case (.asOf(let date), .en): "the as-of date (\(date))"
            case (.asOf(let date), .ru): "даты расчёта (\(date))"
            }
        }
    }

    func text(_ language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .notAnInventory(let found):
            return ru
                ? "инвентаризация — это набор полей schema, organization и services; найдено \(found.text(language))"
                : "an inventory is a mapping with the keys schema, organization and services; found "
                    + found.text(language)
        case .formatVersion(let version):
            return ru
                ? "эта версия plan читает формат инвентаризации 1, а указан \(version); напишите 'schema: 1'"
                : "this tool reads inventory format 1, found \(version); write 'schema: 1'"
        case .placeholderName(let name):
            return ru
                ? "\(name) — заготовка из plan init; впишите полное наименование организации"
                : "\(name) is the placeholder plan init wrote; write the organization's full name"
        case .unknownProduct(let id, let hint):
            return (ru ? "неизвестный продукт \(id)" : "unknown product \(id)") + hint.text(language)
        case .unknownCapability(let id, let hint):
            let more =
                hint == .none
                ? (ru
                    ? "; список идентификаторов выводит plan catalog capabilities"
                    : "; plan catalog capabilities lists the ids") : hint.text(language)
            return (ru ? "неизвестная возможность \(id)" : "unknown capability \(id)") + more
        case .noServices:
            return ru
                ? "укажите хотя бы один сервис, которым пользуются сейчас (например, '- product: zoom')"
                : "list at least one service in use today (e.g. '- product: zoom')"
        case .emptyService:
            return ru ? "пустой сервис; укажите хотя бы product" : "empty service; give at least its product"
        case .sitesDoNotAddUp(let total, let users):
            return ru
                ? "пользователей на площадках в сумме \(total), а organization.users — \(users)"
                : "the sites' users add up to \(total), but organization.users is \(users)"
        case .allWeightsZero:
            return ru
                ? "хотя бы один из весов fit, cost, effort и risk должен быть больше 0"
                : "at least one of fit, cost, effort and risk must be above 0"
        case .wantWithoutWeight:
            return ru ? "укажите вес от 1 до 5" : "give a weight from 1 to 5"
        case .deadlineBeforeStart(let deadline, let start):
            return ru
                ? "organization.deadline: \(deadline) раньше \(start.text(language)); план не успеет завершиться к сроку"
                : "organization.deadline: \(deadline) is before \(start.text(language)); the plan cannot finish in time"
        case .contractEndedBeforeStart(let index, let end, let start):
            return ru
                ? "services[\(index)].contract_end: договор заканчивается \(end), раньше \(start.text(language)); "
                    + "проверьте дату и то, пользуются ли сервисом до сих пор"
                : "services[\(index)].contract_end: the contract ends on \(end), before \(start.text(language)); "
                    + "check the date or whether the service is still in use"
        case .startInThePast(let start, let asOf):
            return ru
                ? "plan.start: \(start) раньше даты расчёта (\(asOf)): график начнётся в прошлом; проверьте год "
                    + "(если переход уже идёт, это предупреждение можно не учитывать)"
                : "plan.start: \(start) is before the as-of date (\(asOf)): the timeline would start in the past; "
                    + "check the year (if the move is already under way, ignore this)"
        }
    }
}
