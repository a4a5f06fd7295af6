#!/usr/bin/env python3
"""The reference `plan generate` in Python (PyYAML + Jinja2), for Scripts/benchmark.sh.

What a user's own script would do with the same inputs: load the catalog's products and
capabilities once, then for each inventory load it, score every product on the features the
organization uses and requires, lay out a timeline in working days, render a Markdown plan, a
specification and price requests from Jinja2 templates (`*.md.j2`)
and write them to OUT/<organization id>/, and record the run in a SQLite history. One process,
one core. It prints each plan's path, as `plan generate` does, so the benchmark counts both
alike.

    plan_reference.py --catalog Catalog --out DIR --as-of 2026-11-29 FILE...

It is a yardstick, not a second planner: its plan has the sections, tables and size of a
real plan, not its rules.
"""
import argparse
import datetime as dt
import glob
import json
import os
import sqlite3
import sys

import jinja2
import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HERE = os.path.dirname(os.path.abspath(__file__))


def load_yaml(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=Loader)


def load_catalog(folder):
    capabilities = {c["id"]: c for c in load_yaml(os.path.join(folder, "capabilities.yaml"))["capabilities"]}
    products = [load_yaml(path) for path in sorted(glob.glob(os.path.join(folder, "products", "*.yaml")))]
    return capabilities, products


def working_days_after(start, days):
    day = start
    left = days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def score(product, used, must, want):
    caps = product.get("capabilities") or {}
    rows = []
    total = 0.0
    known = 0
    for feature in sorted(set(used) | set(must) | set(want)):
        fact = caps.get(feature)
        value = None if fact is None else fact.get("value")
        weight = want.get(feature, 3 if feature in must else 1)
        if value is True or (isinstance(value, int) and not isinstance(value, bool) and value > 0):
            total += weight
            known += 1
            state = "yes"
        elif value is False:
            known += 1
            state = "no"
        else:
            state = "unknown"
        rows.append({"feature": feature, "state": state, "weight": weight, "source": (fact or {}).get("source", ""),
                     "note": (fact or {}).get("note", "")})
    most = sum(r["weight"] for r in rows) or 1
    return round(100.0 * total / most, 1), known, rows


def plan_of(inventory, capabilities, products, as_of, lang):
    org = inventory["organization"]
    services = inventory.get("services") or []
    current = {s["product"] for s in services}
    used = sorted({f for s in services for f in (s.get("features_used") or [])})
    must = [m.split(" ")[0] for m in (inventory.get("requirements") or {}).get("must") or []]
    want = (inventory.get("requirements") or {}).get("want") or {}
    options = []
    for product in products:
        if product["id"] in current:
            continue
        vendor = product.get("vendor") or {}
        value, known, rows = score(product, used, must, want)
        eligible = vendor.get("country") in ("RU", "KZ")
        options.append({
            "id": product["id"], "name": product["name"], "vendor": vendor.get("name", ""),
            "summary": (product.get("summary") or {}).get(lang, ""), "score": value, "known": known,
            "rows": rows, "eligible": eligible,
            "facts": [
                {"id": key, "name": (capabilities.get(key) or {}).get("name", {}).get(lang, key),
                 "value": fact.get("value"), "source": fact.get("source", ""), "as_of": fact.get("as_of", ""),
                 "note": fact.get("note", "")}
                for key, fact in sorted((product.get("capabilities") or {}).items())
            ],
        })
    options.sort(key=lambda o: (not o["eligible"], -o["score"], o["id"]))
    best = options[0]
    plan = inventory.get("plan") or {}
    start = plan.get("start") or as_of
    phases = []
    day = start
    sites = org.get("sites") or []
    steps = [("Подготовка и закупка" if lang == "ru" else "Preparation and procurement", 40),
             ("Пилот" if lang == "ru" else "Pilot", 10)]
    steps += [(("Волна %d: %s" if lang == "ru" else "Wave %d: %s") % (n + 1, s["name"]), 3 + s["users"] // 60)
              for n, s in enumerate(sites)]
    steps += [("Переключение" if lang == "ru" else "Switch-over", 2),
              ("Завершение перехода" if lang == "ru" else "Closing", 10)]
    for number, (title, days) in enumerate(steps, 1):
        end = working_days_after(day, days)
        tasks = ["%s — %s, %s" % (title, f["name"], f["note"][:60]) for f in best["facts"][number:number + 6]]
        phases.append({"number": number, "title": title, "start": day, "end": end, "days": days, "tasks": tasks})
        day = working_days_after(end, 1)
    annual = sum(int(s.get("annual_cost") or 0) for s in services)
    return {
        "org": org, "services": services, "used": used, "must": must, "want": want, "options": options,
        "best": best, "phases": phases, "as_of": as_of, "annual": annual, "lang": lang,
        "capabilities": [capabilities[f] for f in used + must if f in capabilities],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalog", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--as-of", required=True)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    as_of = dt.date.fromisoformat(args.as_of)
    capabilities, products = load_catalog(args.catalog)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=False, trim_blocks=True,
                             lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["date"] = lambda d: d.strftime("%d.%m.%Y")
    plan_template = env.get_template("plan.md.j2")
    spec_template = env.get_template("specification.md.j2")
    request_template = env.get_template("request.md.j2")
    os.makedirs(args.out, exist_ok=True)
    db = sqlite3.connect(os.path.join(args.out, ".reference-history.sqlite"))
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, organization TEXT, as_of TEXT, "
               "product TEXT, score REAL, scores TEXT)")
    for path in args.files:
        inventory = load_yaml(path)
        lang = (inventory.get("plan") or {}).get("language", "ru")
        data = plan_of(inventory, capabilities, products, as_of, lang)
        org_id = data["org"].get("id") or os.path.splitext(os.path.basename(path))[0]
        folder = os.path.join(args.out, org_id)
        os.makedirs(os.path.join(folder, "procurement"), exist_ok=True)
        target = os.path.join(folder, "plan.md")
        for name, template in ((target, plan_template),
                               (os.path.join(folder, "procurement", "specification.md"), spec_template)):
            with open(name + ".tmp", "w", encoding="utf-8") as handle:
                handle.write(template.render(**data))
            os.replace(name + ".tmp", name)
        os.makedirs(os.path.join(folder, "procurement", "price-requests"), exist_ok=True)
        for option in data["options"][:5]:
            name = os.path.join(folder, "procurement", "price-requests", option["id"] + ".md")
            with open(name + ".tmp", "w", encoding="utf-8") as handle:
                handle.write(request_template.render(option=option, **data))
            os.replace(name + ".tmp", name)
        with db:
            db.execute("INSERT INTO runs (organization, as_of, product, score, scores) VALUES (?, ?, ?, ?, ?)",
                       (org_id, args.as_of, data["best"]["id"], data["best"]["score"],
                        json.dumps({o["id"]: o["score"] for o in data["options"]})))
        print(target)
    db.close()


if __name__ == "__main__":
    sys.exit(main())
