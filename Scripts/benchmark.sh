#!/usr/bin/env bash
# Benchmark of `plan generate` and `plan compare` with a release build, side by side with a
# reference in Python (PyYAML + Jinja2, Scripts/reference/) on the same inventories.
#
#   Scripts/benchmark.sh                 # N = 1000 and 10000, the working tree
#   Scripts/benchmark.sh 500 2000        # other batch sizes
#   BENCH_SOURCE=head Scripts/benchmark.sh   # build a snapshot of HEAD in a temporary folder
#                                            # (for a tree others are editing)
#   BENCH_STATIC=0 Scripts/benchmark.sh  # the dynamic build (`swift build -c release`)
#   BENCH_PYTHON=0 Scripts/benchmark.sh  # without the Python reference
#   BENCH_PLAN=/path/to/plan Scripts/benchmark.sh   # measure a binary built before
#
# The binary is built the way the README tells users to (`swift build -c release
# --static-swift-stdlib`). For each N it writes N synthetic inventories (names in Cyrillic and
# Latin, 1–6 sites, room systems, different sectors, ownerships, laws, features, quotes,
# deadlines, blackouts and languages), runs `plan generate` on all of them at once with the
# history on (the default) under `/usr/bin/time -v`, and reports plans per second, peak memory
# (maximum resident set size) and the bytes written per plan (plan.md and its procurement
# drafts). Then the Python reference renders a plan and a specification of each of the same
# inventories (one process, one core), with the same figures and the ratio. Last, it times one
# `plan compare` against an empty Swift program that imports Foundation, built with
# `swiftc -O` (dynamic, as the issue measured it) and with `-static-stdlib`, each as the mean
# of several runs. The load average is printed with every figure: the machine is shared.
#
# Targets (issue 15): >= 2000 plans/s on 2 cores with the history on, peak memory < 150 MB
# for 10 000 plans, one compare within 2x the empty Foundation program.
#
# After each batch, "files only" writes plan's output files again the way plan writes them
# (Scripts/write_floor.py: temporary file, fsync, rename, fsync of the folder) and nothing
# else: the ceiling of plans per second on this machine's disk for any program that keeps
# plan's guarantee that a crash leaves a file old or new, whole.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
as_of=2026-11-29
runs=${BENCH_RUNS:-20}
work="$(mktemp -d "${TMPDIR:-/tmp}/plan-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/time ]; then
    echo "error: /usr/bin/time (GNU time) is needed for peak memory" >&2
    exit 1
fi

# --- Build -------------------------------------------------------------------
source_dir="$root"
if [ "${BENCH_SOURCE:-tree}" = head ]; then
    source_dir="$work/source"
    mkdir -p "$source_dir"
    git -C "$root" archive HEAD | tar -x -C "$source_dir"
fi
build=(swift build -c release --package-path "$source_dir" --scratch-path "$source_dir/.build-bench")
[ "${BENCH_STATIC:-1}" = 1 ] && build+=(--static-swift-stdlib)
if [ -n "${BENCH_PLAN:-}" ]; then
    plan="$BENCH_PLAN"  # a binary built before (e.g. of another commit), measured as it is
    build=("(given)" "$plan")
else
    echo "Building: ${build[*]} ..." >&2
    "${build[@]}" --product plan >&2
    plan="$("${build[@]}" --show-bin-path)/plan"
fi
load() { awk '{ print $1 }' /proc/loadavg; }

cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)
echo "plan: $plan"
echo "cores: $cores"
echo "build: ${build[*]}"
echo

# --- Synthetic inventories ---------------------------------------------------
make_inventories() { # N DIR
    mkdir -p "$2"
    awk -v n="$1" -v dir="$2" 'BEGIN {
        split("government education healthcare finance energy transport telecom commercial nonprofit", sectors, " ")
        split("federal regional municipal state_company private", owners, " ")
        split("screen_sharing chat waiting_room breakout_rooms polls whiteboard recording.cloud webinars interop.sip interop.h323 auth.ldap auth.sso integrations.outlook integrations.moodle admin.usage_reports transcription", features, " ")
        split("Гимназия Лицей Больница Управление Компания Университет Фонд Центр Школа Завод", kinds, " ")
        split("Северный Южный Городской Областной Новый Первый Central Regional", words, " ")
        split("Главный корпус|Филиал|Учебный корпус|Поликлиника|Склад|Office «B»", sites, "|")
        for (i = 1; i <= n; i++) {
            f = sprintf("%s/org-%05d.yaml", dir, i)
            sector = sectors[(i % 9) + 1]
            owner = owners[(i % 5) + 1]
            users = 20 + (i * 37) % 3000
            nsites = 1 + (i % 6)
            print "schema: 1" > f
            print "organization:" > f
            printf "  name: \"%s «%s %s № %d»\"\n", (i % 3 ? "МБУ" : "Org"), words[(i % 8) + 1], kinds[(i % 10) + 1], i > f
            printf "  id: org-%05d\n", i > f
            print "  country: RU" > f
            printf "  sector: %s\n  ownership: %s\n", sector, owner > f
            printf "  users: %d\n  it_staff: %d\n", users, (i % 7) > f
            if (i % 4 == 0) printf "  deadline: 2027-%02d-%02d\n", 3 + (i % 9), 1 + (i % 27) > f
            if (i % 3 == 0) printf "  budget: {currency: RUB, annual: %d}\n", 100000 + (i * 7919) % 5000000 > f
            print "  sites:" > f
            left = users
            for (s = 1; s <= nsites; s++) {
                u = (s == nsites) ? left : int(users / nsites)
                left -= u
                printf "    - name: \"%s %d\"\n      users: %d\n      room_systems: %d\n", sites[((i + s) % 6) + 1], s, u, (i + s) % 4 > f
            }
            print "services:" > f
            printf "  - product: zoom\n    licenses: %d\n    annual_cost: %d\n", 5 + i % 200, 50000 + (i * 104729) % 3000000 > f
            if (i % 5) printf "    contract_end: 2027-%02d-28\n", 1 + (i % 12) > f
            printf "    usage: {peak_participants: %d, meetings_per_week: %d, recordings_gb: %d}\n", 10 + i % 400, 5 + i % 300, i % 900 > f
            print "    features_used:" > f
            for (k = 0; k < 2 + (i % 6); k++) printf "      - %s\n", features[((i + k * 5) % 16) + 1] > f
            if (i % 7 == 0) print "  - product: microsoft-teams\n    features_used: [chat, screen_sharing]" > f
            print "requirements:" > f
            print "  must:" > f
            printf "    - interop.sip\n" > f
            if (i % 2) printf "    - \"meetings.max_participants >= %d\"\n", 50 + i % 300 > f
            printf "  want:\n    %s: %d\n    %s: %d\n", features[(i % 16) + 1], 1 + i % 5, features[((i + 3) % 16) + 1], 1 + (i + 2) % 5 > f
            if (i % 2 == 0) printf "quotes:\n  trueconf: {annual: %d, one_time: %d, date: 2026-10-01, note: \"КП № %d\"}\n", 50000 + i % 900000, i % 300000, i > f
            print "plan:" > f
            printf "  language: %s\n", (i % 4 == 0 ? "en" : "ru") > f
            printf "  start: 2027-01-%02d\n", 11 + (i % 15) > f
            if (i % 3 == 0) print "  blackouts:\n    - {from: 2027-05-20, to: 2027-06-30, reason: \"Экзамены\"}" > f
            close(f)
        }
    }'
}

# --- Batches -----------------------------------------------------------------
python_ok=0
if [ "${BENCH_PYTHON:-1}" = 1 ] && python3 -c 'import jinja2, yaml' 2>/dev/null; then python_ok=1; fi
[ "${BENCH_PYTHON:-1}" = 1 ] && [ $python_ok = 0 ] && echo "note: no Python reference (pip install jinja2 pyyaml)" >&2
figures() { # TIMEFILE STDOUTFILE OUTDIR N -> "seconds rate rssMB kBperPlan cpuMsPerPlan written"
    local elapsed rss written rate size cpu
    elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1")
    written=$(wc -l < "$2")
    rate=$(awk -v w="$written" -v e="$elapsed" 'BEGIN { printf "%.0f", (e > 0 ? w / e : 0) }')
    size=$(find "$3" -name '*.md' -type f -printf '%s\n' | awk -v n="$4" '{ s += $1 } END { printf "%.1f", (n > 0 ? s / n / 1024 : 0) }')
    cpu=$(awk -F': ' -v w="$written" '/User time|System time/ { s += $2 } END { printf "%.2f", (w > 0 ? s * 1000 / w : 0) }' "$1")
    echo "$elapsed $rate $rss $size $cpu $written"
}
# CPU ms per plan is user + system time over plans written: on a machine others share, wall
# time undercounts what two free cores would do, and 2000 / (CPU ms per plan) is that figure.
printf "%-8s %-10s %10s %10s %14s %12s %16s %8s %6s\n" "N" "program" "seconds" "plans/s" "peak RSS, MB" \
    "KB per plan" "CPU ms per plan" "load" "exit"
declare -A rates cpus
for n in "${sizes[@]}"; do
    dir="$work/inventories-$n"
    out="$work/plans-$n"
    make_inventories "$n" "$dir"
    before=$(load)
    set +e
    /usr/bin/time -v -o "$work/time-$n.txt" "$plan" generate --as-of "$as_of" --out "$out" "$dir"/*.yaml \
        > "$work/stdout-$n.txt" 2> "$work/stderr-$n.txt"
    status=$?
    set -e
    read -r elapsed rate rss size cpu written <<< "$(figures "$work/time-$n.txt" "$work/stdout-$n.txt" "$out" "$n")"
    rates["plan-$n"]=$rate
    cpus["plan-$n"]=$cpu
    printf "%-8s %-10s %10s %10s %14s %12s %16s %8s %6s\n" "$n" "plan" "$elapsed" "$rate" "$rss" "$size" "$cpu" "$before" "$status"
    if [ "$written" -ne "$n" ]; then
        echo "  only $written of $n plans written; first problems:" >&2
        head -5 "$work/stderr-$n.txt" >&2
    fi
    # The same files written again the way plan writes them (temporary file, fsync, rename,
    # fsync of the folder), on plan's 8 writer threads, by a script that does nothing else:
    # the plans per second no program can pass on this machine with plan's guarantee.
    if [ "$written" -gt 0 ]; then
        printf "%-8s %-10s %s\n" "$n" "files only" \
            "$(python3 "$root/Scripts/write_floor.py" "$out" "$work/floor-$n" "$written" 2>&1 | tail -1)"
        rm -rf "$work/floor-$n"
    fi
    rm -rf "$out"
    if [ $python_ok = 1 ]; then
        before=$(load)
        set +e
        /usr/bin/time -v -o "$work/time-py-$n.txt" python3 "$root/Scripts/reference/plan_reference.py" \
            --catalog "$source_dir/Catalog" --as-of "$as_of" --out "$out" "$dir"/*.yaml \
            > "$work/stdout-py-$n.txt" 2> "$work/stderr-py-$n.txt"
        status=$?
        set -e
        read -r elapsed rate rss size cpu written <<< "$(figures "$work/time-py-$n.txt" "$work/stdout-py-$n.txt" "$out" "$n")"
        printf "%-8s %-10s %10s %10s %14s %12s %16s %8s %6s\n" "$n" "python" "$elapsed" "$rate" "$rss" "$size" "$cpu" "$before" "$status"
        [ "$status" -ne 0 ] && head -5 "$work/stderr-py-$n.txt" >&2
        awk -v p="${rates["plan-$n"]}" -v r="$rate" -v pc="${cpus["plan-$n"]}" -v rc="$cpu" -v n="$n" \
            'BEGIN { printf "%-8s plan / python: %.2fx the plans per second; %.2fx the CPU time per plan\n", n, (r > 0 ? p / r : 0), (rc > 0 ? pc / rc : 0) }'
    fi
    rm -rf "$dir" "$out"
done
echo

# --- One compare against an empty Foundation program -------------------------
cat > "$work/empty.swift" <<'SWIFT'
import Foundation
_ = Date()
SWIFT
swiftc -O "$work/empty.swift" -o "$work/empty" 2>/dev/null
swiftc -O -static-stdlib "$work/empty.swift" -o "$work/empty-static" 2>/dev/null
mean_ms() { # command...
    local start end
    start=$(date +%s%N)
    for ((i = 0; i < runs; i++)); do "$@" > /dev/null 2>&1 || true; done
    end=$(date +%s%N)
    awk -v a="$start" -v b="$end" -v r="$runs" 'BEGIN { printf "%.1f", (b - a) / r / 1e6 }'
}
example="$root/Examples/school-44fz.yaml"
"$plan" compare --as-of "$as_of" --out "$work/compare" "$example" > /dev/null  # warm the file cache (history kept in the temp folder)
before=$(load)
empty_ms=$(mean_ms "$work/empty")
static_ms=$(mean_ms "$work/empty-static")
compare_ms=$(mean_ms "$plan" compare --as-of "$as_of" --out "$work/compare" "$example")
ratio=$(awk -v c="$compare_ms" -v e="$empty_ms" 'BEGIN { printf "%.2f", (e > 0 ? c / e : 0) }')
ratio_static=$(awk -v c="$compare_ms" -v e="$static_ms" 'BEGIN { printf "%.2f", (e > 0 ? c / e : 0) }')
echo "one plan compare: ${compare_ms} ms (mean of $runs runs, load $before)"
echo "empty Foundation program, swiftc -O: ${empty_ms} ms; ratio ${ratio}"
echo "empty Foundation program, swiftc -O -static-stdlib: ${static_ms} ms; ratio ${ratio_static}"
