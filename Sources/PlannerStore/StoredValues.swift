import Foundation
import PlannerCore

/// How typed values are written to and read from their columns: a reason's parameters as a
/// small JSON array with a type tag per value, a fact's value as kind, value, unit and model.
/// Plain enough to read with SQL (`json_each(parameters)`), typed enough to read back exactly.
enum StoredValues {
    // MARK: - Reason parameters

    /// `[["register","text","ru_software"],["since","date","2026-01-01"],["count","int",3],
    /// ["price","money",420000,"RUB"],["summary","localized","…ru","…en"]]`, in the
    /// parameters' order.
    static func encode(_ parameters: [PlanParameter]) -> String {
        let items = parameters.map { parameter -> JSONValue in
            let name = JSONValue.string(parameter.name)
            switch parameter.value {
            case .int(let value): return .array([name, .string("int"), .number(Double(value))])
            case .number(let value): return .array([name, .string("number"), .number(value)])
            case .text(let value): return .array([name, .string("text"), .string(value)])
            case .date(let value): return .array([name, .string("date"), .string(value.description)])
            case .bool(let value): return .array([name, .string("bool"), .bool(value)])
            case .list(let values): return .array([name, .string("list"), .strings(values)])
            case .money(let amount, let currency):
                return .array([name, .string("money"), .number(amount), .string(currency)])
            case .localized(let text):
                return .array([name, .string("localized"), .string(text.ru), .string(text.en)])
            }
        }
        return JSONValue.array(items).serialized(pretty: false)
    }

    /// The parameters `encode` wrote; nil when the text is not such an array.
    static func decodeParameters(_ text: String) -> [PlanParameter]? {
        guard let data = text.data(using: .utf8),
            let items = try? JSONSerialization.jsonObject(with: data) as? [[Any]]
        else { return nil }
        var parameters: [PlanParameter] = []
        for item in items {
            guard item.count >= 3, let name = item[0] as? String, let tag = item[1] as? String,
                let value = value(tag, Array(item[2...]))
            else { return nil }
            parameters.append(PlanParameter(name, value))
        }
        return parameters
    }

    private static func value(_ tag: String, _ rest: [Any]) -> PlanValue? {
        let first = rest.first
        switch tag {
        case "int":
            guard let number = first as? NSNumber, let value = Int(exactly: number.doubleValue) else { return nil }
            return .int(value)
        case "number":
            guard let number = first as? NSNumber, number.doubleValue.isFinite else { return nil }
            return .number(number.doubleValue)
        case "text":
            return (first as? String).map(PlanValue.text)
        case "date":
            guard let text = first as? String, case .success(let date) = CalendarDate.parse(text) else { return nil }
            return .date(date)
        case "bool":
            // JSONSerialization reads true and false as NSNumber.
            guard let number = first as? NSNumber else { return nil }
            return .bool(number.boolValue)
        case "list":
            return (first as? [String]).map(PlanValue.list)
        case "money":
            guard let number = first as? NSNumber, number.doubleValue.isFinite, rest.count == 2,
                let currency = rest[1] as? String
            else { return nil }
            return .money(number.doubleValue, currency: currency)
        case "localized":
            guard rest.count == 2, let ru = rest[0] as? String, let en = rest[1] as? String else { return nil }
            return .localized(LocalizedText(ru: ru, en: en))
        default:
            return nil
        }
    }

    // MARK: - Fact values

    /// The columns of a fact's value: `kind` names the case, `value` holds its main part
    /// (an amount, a code, a record number, a list joined by commas), `unit` a currency and
    /// `model` a price model.
    struct FactColumns: Equatable {
        var kind: String
        var value: String?
        var unit: String?
        var model: String?
    }

    static func columns(_ value: FactValue) -> FactColumns {
        switch value {
        case .money(let amount, let currency): return FactColumns(kind: "money", value: plain(amount), unit: currency)
        case .price(let amount, let currency, let model):
            return FactColumns(kind: "price", value: plain(amount), unit: currency, model: model.rawValue)
        case .basis(let basis): return FactColumns(kind: "basis", value: basis.rawValue)
        case .country(let code): return FactColumns(kind: "country", value: code)
        case .countries(let codes): return FactColumns(kind: "countries", value: codes.joined(separator: ","))
        case .listed(let number): return FactColumns(kind: "listed", value: number)
        case .notListed: return FactColumns(kind: "not_listed")
        case .certificate(let number): return FactColumns(kind: "certificate", value: number)
        case .flag(let flag): return FactColumns(kind: "flag", value: flag ? "true" : "false")
        case .number(let number): return FactColumns(kind: "number", value: plain(number))
        case .text(let text): return FactColumns(kind: "text", value: text)
        }
    }

    /// A number as stored: whole numbers without ".0" (`96000`), others as Swift prints them.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// The value `columns` wrote; nil when the columns do not make one.
    static func factValue(_ columns: FactColumns) -> FactValue? {
        let value = columns.value
        let amount = value.flatMap(Double.init).flatMap { $0.isFinite ? $0 : nil }
        switch columns.kind {
        case "money":
            guard let amount, let unit = columns.unit else { return nil }
            return .money(amount, currency: unit)
        case "price":
            guard let amount, let unit = columns.unit, let model = columns.model.flatMap(PricingPlan.Model.init)
            else { return nil }
            return .price(amount, currency: unit, model: model)
        case "basis": return value.flatMap(CostEstimate.Basis.init).map(FactValue.basis)
        case "country": return value.map(FactValue.country)
        case "countries":
            guard let value else { return nil }
            return .countries(value.isEmpty ? [] : value.split(separator: ",").map(String.init))
        case "listed": return .listed(number: value)
        case "not_listed": return .notListed
        case "certificate": return .certificate(number: value)
        case "flag":
            guard value == "true" || value == "false" else { return nil }
            return .flag(value == "true")
        case "number": return amount.map(FactValue.number)
        case "text": return value.map(FactValue.text)
        default: return nil
        }
    }
}
