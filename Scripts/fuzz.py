#!/usr/bin/env python3
"""Mutation fuzzing of the built `plan` binary (issue #16).

Takes the example inventories (Examples/*.yaml) and the hostile fixtures
(Tests/planTests/Fixtures/hostile/*.yaml), makes mutants of them (lines deleted, duplicated,
swapped and re-indented, values swapped and replaced by hostile values: huge and non-finite
numbers, far dates, markup, terminal escapes, long and odd text; files cut short; bytes
overwritten and inserted), and runs `plan validate`, `plan compare` and `plan generate` (with
a run history) on each. Every run must end with exit status 0 or 1 within the time limit:
a signal is a crash, a timeout a hang, any other status a defect. The figures are printed at
the end; the inputs of failed runs are kept for reproduction.

    swift build -c release
    Scripts/fuzz.py --binary .build/release/plan --mutants 10000 --time-limit 3600
    Scripts/fuzz.py --mutants 60 --time-limit 30          # a short run, as CI does

The sequence of mutants depends only on the seed (default 20261129): the same seed and
count give the same mutants. Runs go through temporary folders that are removed afterwards.
Exit status: 0 when nothing failed, 1 when a run crashed, hung or exited otherwise, 2 on
wrong usage.
"""

import argparse
import concurrent.futures
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AS_OF = "2026-11-29"

# Values of the same kind as the one they replace, so that the mutant often still loads and
# reaches planning and rendering: numbers, dates and text at and past the limits.
HOSTILE_NUMBERS = [
    "31000000000000000", "1e308", "1e12", "1000000000000", "999999999999.99", "1e-320", "0", "0.0001", "-1",
    "10000000", "10000001", "9999999", "1_000_000", "1e9", "123456789.123456789", "2147483648",
]
HOSTILE_DATES = [
    "9999-12-31", "0001-01-01", "2026-02-29", "2028-02-29", "1900-01-01", "2100-01-01", "2036-11-29",
    "2036-11-30", "2025-11-29", "2025-11-28", "2026-11-29", "2026-12-31", "2027-01-01", "2016-11-29",
]
HOSTILE_TEXTS = [
    '"<!-- plan:keep notes -->"', '"<!-- /plan:keep notes -->"', '"[x](javascript:alert(1))"',
    '"<img src=x onerror=alert(1)>"', '"https://evil.example/x www.evil.example a@evil.example"',
    '"\\e]0;pwned\\a\\e[2J"', '"\\u202eevil\\u2066x\\u2069"', '"Երևանի դպրոց"', '"学校"',
    '"| a | b |"', '"```mermaid"', '"{{> plan}}"', '"%% x"', '"organization"', '"' + "x" * 5000 + '"',
    '"' + "Ж" * 3000 + '"', '"- [ ] task"', '"# heading"', '"1. one"', '"a\\nb"', '" "',
    '"meetings.max_participants >= 1e300"', '"webinars.max_attendees >= 99999999999999999999"',
    '"meetings.max_participants <= -1e300"', '"recording.cloud"', '"clients.browser"',
]

# Values a careless or hostile author writes where any scalar stands.
HOSTILE_VALUES = [
    "31000000000000000", "1e308", "-1e308", "1e-320", ".inf", "-.inf", ".nan", "-0", "0", "-1",
    "9223372036854775807", "9223372036854775808", "-9223372036854775809", "99999999999999999999999",
    "0x7fffffffffffffff", "1_000_000_000_000", "1000000000001", "1e12", "2147483648", "10000001",
    "9999-12-31", "0001-01-01", "2026-02-29", "2028-02-29", "1900-01-01", "2100-01-01", "2036-11-30",
    "2025-11-28", "10000-01-01", "2026-13-01", "2026-11-29T10:00:00Z",
    '"<!-- plan:keep notes -->"', '"<!-- /plan:keep notes -->"', '"[x](javascript:alert(1))"',
    '"<img src=x onerror=alert(1)>"', '"https://evil.example/x"', '"www.evil.example"', '"a@evil.example"',
    '"\\e]0;pwned\\a\\e[2J"', '"\\u202eevil"', '"\\u2066x\\u2069"', '"\\0"', '"Երևանի դպրոց"', '"学校"',
    '"| a | b |"', '"```mermaid"', '"{{> plan}}"', '"%% x"', '"organization"', '"' + "x" * 5000 + '"',
    "~", "null", "[]", "{}", "[1, [2, [3]]]", "&a", "*a", "!!binary aGk=", "? x", "- - -", "'", '"',
    "true", "yes", "on", "zoom", "trueconf", "ru", "en", "RU", "KZ", "USD", "KZT",
]

YAML_BYTES = list(b":-[]{}&*!|>'\"%@`#,?\n\t ") + [0, 0x1B, 0x7F]
NUMBER = re.compile(rb"^-?[0-9][0-9_]*(\.[0-9]+)?$")
DATE = re.compile(rb"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def seeds():
    """The inventories mutants are made from: (name, bytes, is an example)."""
    files = []
    for folder in ("Examples", "Tests/planTests/Fixtures/hostile"):
        path = os.path.join(ROOT, folder)
        for name in sorted(os.listdir(path)):
            if name.endswith(".yaml"):
                with open(os.path.join(path, name), "rb") as handle:
                    files.append((name, handle.read(), folder == "Examples"))
    return files


def mutate(data, rng):
    """One mutant of `data` (bytes): mostly one mutation, sometimes two or three in a row."""
    for _ in range(rng.choices([1, 2, 3], weights=[70, 20, 10])[0]):
        data = rng.choices(MUTATIONS, weights=[weight for _, weight in MUTATIONS_WEIGHTED])[0](data, rng)
    return data


def _lines(data):
    return data.split(b"\n")


def delete_line(data, rng):
    lines = _lines(data)
    if len(lines) > 1:
        del lines[rng.randrange(len(lines))]
    return b"\n".join(lines)


def duplicate_line(data, rng):
    lines = _lines(data)
    index = rng.randrange(len(lines))
    lines.insert(index, lines[index])
    return b"\n".join(lines)


def swap_lines(data, rng):
    lines = _lines(data)
    a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[a], lines[b] = lines[b], lines[a]
    return b"\n".join(lines)


def reindent(data, rng):
    lines = _lines(data)
    index = rng.randrange(len(lines))
    stripped = lines[index].lstrip(b" ")
    lines[index] = b" " * rng.choice([0, 1, 2, 3, 4, 6, 8, 40]) + stripped
    return b"\n".join(lines)


def _value_lines(lines):
    return [i for i, line in enumerate(lines) if b": " in line and not line.lstrip().startswith(b"#")]


def swap_values(data, rng):
    lines = _lines(data)
    candidates = _value_lines(lines)
    if len(candidates) < 2:
        return data
    a, b = rng.sample(candidates, 2)
    ka, va = lines[a].split(b": ", 1)
    kb, vb = lines[b].split(b": ", 1)
    lines[a], lines[b] = ka + b": " + vb, kb + b": " + va
    return b"\n".join(lines)


def hostile_value(data, rng):
    lines = _lines(data)
    candidates = _value_lines(lines) + [i for i, line in enumerate(lines) if line.lstrip().startswith(b"- ")]
    if not candidates:
        return data
    index = rng.choice(candidates)
    line = lines[index]
    old = line.split(b": ", 1)[1].split(b"#")[0].strip() if b": " in line else b""
    chance = rng.random()
    if NUMBER.match(old) and chance < 0.9:
        value = rng.choice(HOSTILE_NUMBERS)
    elif DATE.match(old) and chance < 0.9:
        value = rng.choice(HOSTILE_DATES)
    elif old and not NUMBER.match(old) and not DATE.match(old) and chance < 0.6:
        value = rng.choice(HOSTILE_TEXTS)
    else:
        value = rng.choice(HOSTILE_VALUES)
    value = value.encode("utf-8")
    if b": " in line:
        key = line.split(b": ", 1)[0]
        lines[index] = key + b": " + value
    else:
        lines[index] = line[: len(line) - len(line.lstrip())] + b"- " + value
    return b"\n".join(lines)


def repeat_block(data, rng):
    """A list item or a line repeated many times (sites, blackouts, services, wants)."""
    lines = _lines(data)
    index = rng.randrange(len(lines))
    count = rng.choice([10, 100, 1000, 5000])
    block = [lines[index]]
    if lines[index].lstrip().startswith(b"- "):
        indent = len(lines[index]) - len(lines[index].lstrip())
        j = index + 1
        while j < len(lines) and len(lines[j]) - len(lines[j].lstrip()) > indent and lines[j].strip():
            block.append(lines[j])
            j += 1
    lines[index:index] = block * count
    return b"\n".join(lines)[: 1 << 20]


def cut(data, rng):
    return data[: rng.randrange(len(data) + 1)]


def overwrite_byte(data, rng):
    if not data:
        return data
    index = rng.randrange(len(data))
    byte = rng.choice(YAML_BYTES) if rng.random() < 0.7 else rng.randrange(256)
    return data[:index] + bytes([byte]) + data[index + 1:]


def insert_bytes(data, rng):
    index = rng.randrange(len(data) + 1)
    chunk = bytes(rng.choice(YAML_BYTES) for _ in range(rng.randint(1, 8)))
    return data[:index] + chunk + data[index:]


MUTATIONS_WEIGHTED = [
    (hostile_value, 12), (swap_values, 3), (repeat_block, 2), (delete_line, 2), (duplicate_line, 2),
    (swap_lines, 1), (reindent, 1), (cut, 1), (overwrite_byte, 1), (insert_bytes, 1),
]
MUTATIONS = [mutation for mutation, _ in MUTATIONS_WEIGHTED]


class Stats:
    """Figures of the campaign, shared by the worker threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.mutants = 0
        self.runs = 0
        self.crashes = []
        self.hangs = []
        self.odd_exits = []
        self.statuses = {}
        self.slowest = (0.0, "")

    def record(self, label, command, status, seconds, timed_out):
        with self.lock:
            self.runs += 1
            key = "timeout" if timed_out else str(status)
            self.statuses[key] = self.statuses.get(key, 0) + 1
            if seconds > self.slowest[0]:
                self.slowest = (seconds, f"{command} {label}")
            if timed_out:
                self.hangs.append(f"{command} {label}")
                return False
            if status < 0 or status >= 128:
                self.crashes.append(f"{command} {label} (status {status})")
                return False
            if status not in (0, 1):
                self.odd_exits.append(f"{command} {label} (status {status})")
                return False
            return True


def run(binary, arguments, cwd, timeout):
    """Runs the binary; returns (status, seconds, timed_out)."""
    environment = dict(os.environ, NO_COLOR="1", SWIFT_BACKTRACE="enable=no")
    started = time.monotonic()
    process = subprocess.Popen(
        [binary] + arguments, cwd=cwd, env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        status = process.wait(timeout=timeout)
        return status, time.monotonic() - started, False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return None, time.monotonic() - started, True


def check(binary, number, name, data, work, keep, stats, timeout):
    """Writes mutant `number` and runs the three commands on it."""
    folder = os.path.join(work, f"m{number}")
    os.makedirs(folder)
    path = os.path.join(folder, "inventory.yaml")
    with open(path, "wb") as handle:
        handle.write(data)
    label = f"mutant {number} (of {name})"
    commands = [
        ("validate", ["validate", path, "--as-of", AS_OF]),
        ("compare", ["compare", path, "--format", "json", "--record", "--out", os.path.join(folder, "plans"),
                     "--as-of", AS_OF]),
        ("generate", ["generate", path, "--out", os.path.join(folder, "plans"), "--as-of", AS_OF]),
    ]
    failed = False
    for command, arguments in commands:
        status, seconds, timed_out = run(binary, arguments, folder, timeout)
        if not stats.record(label, command, status if status is not None else 0, seconds, timed_out):
            failed = True
    if failed and keep:
        os.makedirs(keep, exist_ok=True)
        shutil.copy(path, os.path.join(keep, f"mutant-{number}.yaml"))
    shutil.rmtree(folder, ignore_errors=True)
    with stats.lock:
        stats.mutants += 1
        if stats.mutants % 500 == 0:
            print(f"fuzz: {stats.mutants} mutants, {stats.runs} runs, {len(stats.crashes)} crashes, "
                  f"{len(stats.hangs)} hangs, {len(stats.odd_exits)} other exits", file=sys.stderr, flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "plan"))
    parser.add_argument("--mutants", type=int, default=1000, help="how many mutants (default 1000)")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--time-limit", type=float, default=600, help="seconds; no new mutant after that")
    parser.add_argument("--timeout", type=float, default=20, help="seconds one run may take before it is a hang")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--keep", default=None, help="folder to copy the mutants of failed runs to")
    options = parser.parse_args()
    # Runs happen in each mutant's folder: a relative path must not depend on it.
    options.binary = os.path.abspath(options.binary)
    if not os.access(options.binary, os.X_OK):
        print(f"fuzz: no executable at {options.binary}; run `swift build` first or give --binary", file=sys.stderr)
        return 2

    rng = random.Random(options.seed)
    sources = seeds()
    stats = Stats()
    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="plan-fuzz-")
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
            pending = set()
            for number in range(options.mutants):
                if time.monotonic() - started > options.time_limit:
                    break
                # The examples are valid: most of their mutants still load and reach planning.
                examples = [source for source in sources if source[2]]
                name, data, _ = rng.choice(examples if rng.random() < 0.85 else sources)
                mutant = mutate(data, rng)
                pending.add(pool.submit(check, options.binary, number, name, mutant, work, options.keep, stats,
                                        options.timeout))
                # Keep the queue short, so the time limit is honoured.
                if len(pending) >= options.jobs * 2:
                    done, pending = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
                    for future in done:
                        future.result()
            for future in concurrent.futures.as_completed(pending):
                future.result()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.monotonic() - started

    print(f"fuzz: binary {options.binary}")
    print(f"fuzz: seed {options.seed}, {stats.mutants} mutants, {stats.runs} runs in {elapsed:.1f} s "
          f"({options.jobs} jobs, timeout {options.timeout:g} s)")
    print("fuzz: exit statuses " + ", ".join(f"{key}: {value}" for key, value in sorted(stats.statuses.items())))
    print(f"fuzz: crashes {len(stats.crashes)}, hangs {len(stats.hangs)}, other exits {len(stats.odd_exits)}")
    print(f"fuzz: slowest run {stats.slowest[0]:.2f} s: {stats.slowest[1]}")
    for title, items in (("crash", stats.crashes), ("hang", stats.hangs), ("other exit", stats.odd_exits)):
        for item in items[:20]:
            print(f"fuzz: {title}: {item}")
    if options.keep and (stats.crashes or stats.hangs or stats.odd_exits):
        print(f"fuzz: the failing mutants are in {options.keep}")
    return 1 if stats.crashes or stats.hangs or stats.odd_exits else 0


if __name__ == "__main__":
    sys.exit(main())
