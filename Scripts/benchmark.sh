#!/usr/bin/env bash
# Benchmark of `plan generate` and `plan compare` with a release build.
#
#   Scripts/benchmark.sh                 # N = 1000 and 10000, the working tree
#   Scripts/benchmark.sh 500 2000        # other batch sizes
#   BENCH_SOURCE=head Scripts/benchmark.sh   # build a snapshot of HEAD in a temporary folder
#                                            # (for a tree others are editing)
#
# For each N it writes N synthetic inventories (names in Cyrillic and Latin, 1–6 sites,
# room systems, different sectors, ownerships, laws, features, quotes, deadlines, blackouts
# and languages), runs `plan generate` on all of them at once under `/usr/bin/time -v`, and
# reports plans per second and peak memory (maximum resident set size). Then it times one
# `plan compare` against an empty Swift program that imports Foundation, built with
# `swiftc -O`, both as the mean of several runs.
#
# Targets: >= 2000 plans/s on 2 cores, peak memory < 150 MB for 10 000 plans, one compare
# within 2x the empty Foundation program.
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
echo "Building release from $source_dir ..." >&2
swift build -c release --package-path "$source_dir" --scratch-path "$source_dir/.build-bench" --product plan >&2
plan="$(swift build -c release --package-path "$source_dir" --scratch-path "$source_dir/.build-bench" --show-bin-path)/plan"

cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)
echo "plan: $plan"
echo "cores: $cores"
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
printf "%-8s %12s %12s %14s %10s\n" "N" "seconds" "plans/s" "peak RSS, MB" "exit"
for n in "${sizes[@]}"; do
    dir="$work/inventories-$n"
    out="$work/plans-$n"
    make_inventories "$n" "$dir"
    set +e
    /usr/bin/time -v -o "$work/time-$n.txt" "$plan" generate --as-of "$as_of" --out "$out" "$dir"/*.yaml \
        > "$work/stdout-$n.txt" 2> "$work/stderr-$n.txt"
    status=$?
    set -e
    elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time-$n.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/time-$n.txt")
    written=$(wc -l < "$work/stdout-$n.txt")
    rate=$(awk -v w="$written" -v e="$elapsed" 'BEGIN { printf "%.0f", (e > 0 ? w / e : 0) }')
    printf "%-8s %12s %12s %14s %10s\n" "$n" "$elapsed" "$rate" "$rss" "$status"
    if [ "$written" -ne "$n" ]; then
        echo "  only $written of $n plans written; first problems:" >&2
        head -5 "$work/stderr-$n.txt" >&2
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
mean_ms() { # command...
    local start end
    start=$(date +%s%N)
    for ((i = 0; i < runs; i++)); do "$@" > /dev/null 2>&1 || true; done
    end=$(date +%s%N)
    awk -v a="$start" -v b="$end" -v r="$runs" 'BEGIN { printf "%.1f", (b - a) / r / 1e6 }'
}
example="$root/Examples/school-44fz.yaml"
"$plan" compare --as-of "$as_of" --out "$work/compare" "$example" > /dev/null  # warm the file cache (history kept in the temp folder)
empty_ms=$(mean_ms "$work/empty")
compare_ms=$(mean_ms "$plan" compare --as-of "$as_of" --out "$work/compare" "$example")
ratio=$(awk -v c="$compare_ms" -v e="$empty_ms" 'BEGIN { printf "%.2f", (e > 0 ? c / e : 0) }')
echo "one plan compare: ${compare_ms} ms; empty Foundation program: ${empty_ms} ms; ratio ${ratio} (mean of $runs runs)"
