#!/usr/bin/env python3
"""Writes the rules table of Docs/Rules.md from Catalog/rules/*.yaml.

Run from the package root after changing a rule: python3 Scripts/rules_doc.py
The text between the markers <!-- rules:begin --> and <!-- rules:end --> is replaced;
a test (planTests) checks that every shipped rule is listed with its dates and citation.
"""
import pathlib
import re
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOC = ROOT / "Docs" / "Rules.md"


def condition(c):
    parts = []
    for key, value in c.items():
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        parts.append(f"{key}: {str(value).lower() if isinstance(value, bool) else value}")
    return "{" + "; ".join(parts) + "}"


def conditions(items):
    items = items if isinstance(items, list) else [items]
    return " or ".join(condition(c) for c in items)


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def rows():
    out = []
    for path in sorted((ROOT / "Catalog" / "rules").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for rule in data["rules"]:
            citation = rule["citation"]
            cites = [f"{citation['title']} <{citation.get('url', '')}>"]
            for variant in rule.get("variants", []):
                if "citation" in variant:
                    when = conditions(variant["when"])
                    since = f", from {variant['from']}" if "from" in variant else ""
                    cites.append(f"for {when}{since}: {variant['citation']['title']} <{variant['citation'].get('url', '')}>")
            scope = conditions(rule["when"])
            if "check_when" in rule:
                scope += f"; to check: {conditions(rule['check_when'])}"
            if "purposes" in rule:
                scope += f"; purposes: {', '.join(rule['purposes'])}"
            dates = f"{rule['effective_from']} – {rule.get('effective_until') or '…'}"
            severity = rule["severity"]
            for change in rule.get("severity_changes", []):
                severity += f"; {change['severity']} from {change['from']}"
            effect = rule.get("effect") or ("purchase_ban" if "procurement" in str(rule["when"]) else "use_ban")
            require = ", ".join(f"{k}: {v}" for k, v in (rule.get("require") or {}).items()) or "—"
            tasks = len(rule.get("tasks", []))
            out.append(
                f"| `{rule['id']}` | {cell(rule['title']['en'])} | {cell('<br>'.join(cites))} | {cell(scope)} | {dates} "
                f"| {severity} | {effect} | {cell(require)} | {tasks} | {rule.get('confidence', 'confirmed')} |")
    return out


def main():
    header = [
        "| id | what | citation (variants) | scope (`when`) | in force | severity | effect | requires of a product | tasks | confidence |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    table = "\n".join(header + rows())
    text = DOC.read_text(encoding="utf-8")
    new = re.sub(r"(<!-- rules:begin -->\n).*?(<!-- rules:end -->)", lambda m: m.group(1) + table + "\n" + m.group(2), text, flags=re.S)
    DOC.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
