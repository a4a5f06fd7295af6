import PlannerCore

/// A plan as data, for trackers, dashboards and checks: `plan.json` (cli.md, Revision 2, "Plans
/// as data") and the tasks as CSV for a tracker's import. Every text is the plan's own sentence,
/// rendered from the same templates in the plan's language and made plain text; every task is
/// a checklist line of `plan.md` with its stable id, in the order the plan shows them.
public struct PlanData: Sendable {
    /// One task: a checklist line of the plan.
    public struct Task: Sendable, Equatable {
        /// The stable id the line carries (`old-service-notice:zoom`).
        public var id: String
        /// The id of the phase it belongs to (`preparation`, `wave-3`, …).
        public var phase: String
        /// The phase's title, plain text.
        public var phaseTitle: String
        /// The sentence, plain text.
        public var text: String
        /// The day it is due (Docs/Planning.md §7).
        public var due: CalendarDate
        /// Ticked in `plan.md`.
        public var done: Bool
    }

    /// The tasks, in the plan's order.
    public var tasks: [Task]
    /// `plan.json`'s value.
    public var json: JSONValue

    /// The plan's data. `done` holds the ids of the tasks ticked in the written `plan.md`.
    init(generated: GeneratedPlan, templates: TemplateSet, done: Set<String>) {
        let document = generated.document
        let plan = generated.plan
        func plain(_ template: String, _ context: any TemplateObject) -> String {
            PlainText.from(templates.render(Stacked(top: context, base: document), template: template) ?? "")
        }
        let phaseViews = document.timeline.phases.map(\.element)
        var titles: [String: String] = [:]
        for view in phaseViews { titles[view.id] = plain("inline/phase-name", view) }

        // The work plan's tasks, sentence by sentence, by id.
        var known: [String: (phase: String, text: String, due: CalendarDate)] = [:]
        for (phase, view) in zip(plan.phases, phaseViews) {
            for (item, itemView) in zip(phase.checklist, view.checklist.map(\.element)) {
                var text = itemView.template.map { plain($0, itemView) } ?? item.id
                if text.hasPrefix(TaskMarkers.open) { text.removeFirst(TaskMarkers.open.count) }
                known[item.taskID] = (phase.id, text, item.due ?? phase.end)
            }
        }
        // Every checklist line with an id, in the plan's order: the work plan's, and the fixed
        // checks the templates write (the procurement section's, due by the end of preparation).
        let preparation = plan.phases.first
        var tasks: [Task] = []
        var seen: Set<String> = []
        for line in generated.markdown.split(separator: "\n") where TaskMarkers.checkbox(line) != nil {
            guard let id = TaskMarkers.id(in: line), seen.insert(id).inserted else { continue }
            if let item = known[id] {
                tasks.append(
                    Task(
                        id: id, phase: item.phase, phaseTitle: titles[item.phase] ?? item.phase, text: item.text,
                        due: item.due, done: done.contains(id)))
            } else if let preparation {
                let text = PlainText.from(String(TaskMarkers.withoutMarker(line).dropFirst(TaskMarkers.open.count)))
                tasks.append(
                    Task(
                        id: id, phase: preparation.id, phaseTitle: titles[preparation.id] ?? preparation.id,
                        text: text, due: preparation.end, done: done.contains(id)))
            }
        }
        self.tasks = tasks

        let assessment = generated.assessment
        let inventory = generated.inventory
        let phases = zip(plan.phases, phaseViews).map { phase, view -> JSONValue in
            .object([
                ("id", .string(phase.id)), ("title", .string(titles[view.id] ?? phase.id)),
                ("start", .date(phase.start)), ("end", .date(phase.end)), ("working_days", .int(phase.workingDays)),
            ])
        }
        let risks = zip(plan.risks, document.risks.items.map(\.element)).map { risk, view -> JSONValue in
            .object([
                ("id", .string(risk.id)),
                ("title", .string(view.template.map { plain($0, view) } ?? risk.kind)),
                ("likelihood", .string(risk.likelihood.name)), ("impact", .string(risk.impact.name)),
            ])
        }
        json = .object([
            (
                "organization",
                .object([
                    ("id", .string(inventory.organization.id)), ("name", .string(inventory.organization.name)),
                    ("country", .string(inventory.organization.country)),
                ])
            ),
            ("as_of", .date(assessment.asOf)),
            ("language", .string(generated.language.rawValue)),
            ("recommendation", assessment.primaryRecommendation.map(ComparisonJSON.recommendation) ?? .null),
            ("deadline", .date(inventory.organization.deadline)),
            ("cutover", .date(plan.cutOver)),
            (
                "services",
                .array(
                    inventory.services.map {
                        .object([("product", .string($0.product)), ("contract_end", .date($0.contractEnd))])
                    })
            ),
            ("phases", .array(phases)),
            (
                "tasks",
                .array(
                    tasks.map {
                        .object([
                            ("id", .string($0.id)), ("phase", .string($0.phase)), ("text", .string($0.text)),
                            ("due", .date($0.due)), ("done", .bool($0.done)),
                        ])
                    })
            ),
            ("risks", .array(risks)),
            ("costs", .array(Self.costs(generated))),
        ])
    }

    /// The costs of the recommended product, the runner-up and the services in use, as the
    /// plan's costs section shows them (`role`: `target`, `runner_up`, `current`); null where
    /// unknown.
    static func costs(_ generated: GeneratedPlan) -> [JSONValue] {
        let assessment = generated.assessment
        var out: [JSONValue] = []
        for (role, id) in [("target", generated.plan.target?.id), ("runner_up", generated.plan.runnerUp?.id)] {
            guard let id, let cost = assessment.option(id)?.cost else { continue }
            out.append(
                .object([
                    ("product", .string(id)), ("role", .string(role)), ("currency", .string(cost.currency)),
                    ("one_time", .number(cost.oneTime.map(ComparisonJSON.money))),
                    ("annual", .number(cost.annual.map(ComparisonJSON.money))),
                    ("first_year", .number(cost.firstYear.map(ComparisonJSON.money))),
                    ("three_year", .number(cost.threeYear.map(ComparisonJSON.money))),
                ]))
        }
        for service in generated.inventory.services {
            let annual = service.annualCost
            out.append(
                .object([
                    ("product", .string(service.product)), ("role", .string("current")),
                    ("currency", .string(assessment.currency)), ("one_time", .number(annual.map { _ in 0 })),
                    ("annual", .number(annual.map(ComparisonJSON.money))),
                    ("first_year", .number(annual.map(ComparisonJSON.money))),
                    ("three_year", .number(annual.map { ComparisonJSON.money($0 * CostModel.years) })),
                ]))
        }
        return out
    }

    /// The tasks as CSV for a tracker's import (Jira, YouTrack, Redmine): a header, then one row
    /// a task with `id,phase,phase_title,due,done,text`; RFC 4180 quoting, CRLF line ends.
    public var tasksCSV: String {
        var out = "id,phase,phase_title,due,done,text\r\n"
        for task in tasks {
            let fields = [
                task.id, task.phase, task.phaseTitle, task.due.description, task.done ? "true" : "false", task.text,
            ]
            out += fields.map(Self.csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension PlanGenerator {
    /// The data of a generated plan (`plan.json`, the tasks' CSV); `done` holds the ids of the
    /// tasks ticked in the written `plan.md`. Nil without templates for the plan's language.
    public func data(_ generated: GeneratedPlan, done: Set<String>) -> PlanData? {
        templateSet(generated.language).map { PlanData(generated: generated, templates: $0, done: done) }
    }
}

/// A view model read on top of another: a key the top does not have is looked up below, as a
/// template section would (a checklist sentence reads its item, and the plan's services).
struct Stacked: TemplateObject {
    let top: any TemplateObject
    let base: any TemplateObject

    func data(for key: String) -> TemplateData? {
        top.data(for: key) ?? base.data(for: key)
    }
}
