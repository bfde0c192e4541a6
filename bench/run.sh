#!/usr/bin/env bash
# The HTTP benchmark: builds the jar, starts the server on a fresh database with rate limits off,
# loads data in bulk, drives load with wrk and prints a table in which every scenario is a ratio
# to the same server's GET /health/live measured in the same run.
#
#   bench/run.sh                 H2 (the default database)
#   bench/run.sh --postgres      PostgreSQL (database habits_bench, dropped and made afresh)
#   options: --quick (short runs, for trying the script), --no-build, --no-footprint
#
# Environment: BENCH_PORT (18080), BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432),
# BENCH_PG_USER (postgres), BENCH_JDK25 (a JDK 25 home; found under /usr/lib/jvm when unset).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=h2 QUICK=0 BUILD=1 FOOTPRINT=1
for arg in "$@"; do
  case $arg in
    --postgres) DB=postgres ;;
    --quick) QUICK=1 ;;
    --no-build) BUILD=0 ;;
    --no-footprint) FOOTPRINT=0 ;;
    *) echo "usage: bench/run.sh [--postgres] [--quick] [--no-build] [--no-footprint]" >&2; exit 2 ;;
  esac
done

CONNECTIONS=64
# Each scenario is measured in SLICES slices of SLICE, each right after a slice of the baseline.
if [[ $QUICK == 1 ]]; then WARMUP=3s DURATION=5s SLICES=2 SLICE=3s COLD_STARTS=2
else WARMUP=10s DURATION=20s SLICES=4 SLICE=5s COLD_STARTS=5; fi
PORT=${BENCH_PORT:-18080}
PASSWORD=bench-password-2026
BENCH_USERS=8
FILLER_USERS=1000
PG_DB=habits_bench
SMALL_FOOTPRINT="-XX:+UseSerialGC -Xms16m -Xmx256m" # README, Settings
OUT=bench/out/$(date -u +%Y%m%dT%H%M%SZ)-$DB
RESULTS=$OUT/results.tsv
DATA=$OUT/data

# shellcheck source=bench/lib.sh
source bench/lib.sh

record() { # record <phase> <label> <"rps p50 p99 errors requests [baseline-rps baseline-p50]">
  log "$1 $2: $3 (req/s p50 p99 errors requests [baseline req/s, p50])"
  printf '%s\t%s\t%s\n' "$1" "$2" "${3// /$'\t'}" >>"$RESULTS"
}

# combine <"rps p50 p99 errors requests">...: slices of equal length as one measurement: mean rate,
# median p50, highest p99, summed errors and requests.
combine() {
  printf '%s\n' "$@" | sort -k2,2n | awk '
    { rps += $1; p50[NR] = $2; if ($3 > p99) p99 = $3; errors += $4; requests += $5 }
    END { printf "%.1f %.3f %.3f %d %d\n", rps / NR, p50[int((NR + 1) / 2)], p99, errors, requests }'
}

# scenario <phase> <scenario> [connections] [timeout]: warms up, then measures the scenario in slices,
# each right after a slice of the baseline (GET /health/live, same connections), so that both see the
# same minutes of this shared machine; records the scenario with its own baseline's rate and p50.
scenario() {
  local phase=$1 name=$2 connections=${3:-$CONNECTIONS} timeout=${4:-5s}
  wrk_once "$name" "$connections" "$WARMUP" "$timeout" >/dev/null
  if [[ $name == health ]]; then
    record "$phase" "$name" "$(wrk_once health "$connections" "$DURATION")"
    return
  fi
  local measured=() baseline=()
  for _ in $(seq "$SLICES"); do
    baseline+=("$(wrk_once health "$connections" "$SLICE")")
    measured+=("$(wrk_once "$name" "$connections" "$SLICE" "$timeout")")
  done
  local base
  base=$(combine "${baseline[@]}")
  record "$phase" "$name" "$(combine "${measured[@]}") $(cut -d' ' -f1,2 <<<"$base")"
}

# warm_up: every scenario once before any is measured. Without it the first measurements ran on code
# the JIT later recompiled as the other scenarios' paths arrived (the baseline did 16,000 req/s
# beside the first scenario and 35,000 beside the later ones in one run).
warm_up() {
  for s in health list today stats checkin; do wrk_once "$s" "$CONNECTIONS" "$WARMUP" >/dev/null; done
}

note() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$OUT/notes.tsv"; }

login_storm() {
  # The same reads alone, then while 56 connections sign in as fast as they can.
  record storm list-alone "$(wrk_once list 8 "$DURATION")"
  wrk_once login 56 "$DURATION" 30s >"$OUT/storm-login.txt" &
  local storm=$!
  sleep 1
  record storm list-during-storm "$(wrk_once list 8 "$DURATION")"
  wait "$storm"
  record storm login-storm "$(cat "$OUT/storm-login.txt")"
}

cold_starts() { # cold_starts <label> [java options...]: median ready time over fresh databases
  local label=$1 times=()
  shift
  for _ in $(seq "$COLD_STARTS"); do
    fresh_database
    start_server "cold-$label" "$@"
    times+=("$READY_MS")
    stop_server
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  log "ready after start, $label: ${times[*]} ms (median $median)"
  note ready "$label" "$median ms (runs: ${times[*]})"
}

jdk25_home() {
  if [[ -n ${BENCH_JDK25:-} ]]; then echo "$BENCH_JDK25"; return; fi
  local home
  for home in /usr/lib/jvm/*25*; do
    [[ -x $home/bin/java ]] && { echo "$home"; return; }
  done
}

aot_cache() { # trains a JDK 25 AOT cache on one start, as the README shows
  # A cache trained under load holds more classes (and their profiles), and the JVM loads them
  # all at start: it started about 20 % slower than one trained on a start alone (RESULTS.md).
  local jdk=$1 cache=$OUT/habit-tracker.aot
  fresh_database
  JAVA_BIN=$jdk/bin/java start_server aot-training "-XX:AOTCacheOutput=$cache"
  stop_server
  [[ -f $cache ]] || fail "JDK 25 wrote no AOT cache; see $OUT/server-aot-training.log"
  echo "$cache"
}

main() {
  need_tools
  [[ $BUILD == 1 ]] && build
  [[ -f $JAR && -f ${LOADER[0]} ]] || fail "build first (mvn -B -Pbench -DskipTests package)"
  mkdir -p "$OUT"
  : >"$RESULTS"
  : >"$OUT/notes.tsv"
  note machine cpu "$(nproc) cores, $(awk '/model name/ { sub(/.*: /, ""); print; exit }' /proc/cpuinfo)"
  note machine jdk "$(java -version 2>&1 | head -n 1)"
  note machine database "$DB"

  log "small data set: $BENCH_USERS users with 20 habits each"
  fresh_database
  load --bench-users "$BENCH_USERS" --writer-users "$BENCH_USERS"
  start_server small
  sleep 5
  note rss idle "$(rss_mb) MB"
  warm_up
  for s in health list today stats checkin; do scenario small "$s"; done
  scenario small login "$CONNECTIONS" 30s
  login_storm
  note rss after-load "$(rss_mb) MB"
  # The server gives memory back after a 30 s look with no collection since the one before: within 60 s.
  sleep 65
  note rss idle-after-load "$(rss_mb) MB"
  stop_server
  if [[ $FOOTPRINT == 1 ]]; then
    log "small data set with the README's small-footprint options: $SMALL_FOOTPRINT"
    # shellcheck disable=SC2086 # the options are words
    start_server small-footprint $SMALL_FOOTPRINT
    sleep 5
    note rss idle-small-footprint "$(rss_mb) MB"
    warm_up
    for s in list today checkin; do scenario small-footprint "$s"; done
    note rss after-load-small-footprint "$(rss_mb) MB"
    stop_server
  fi

  log "large data set: plus $FILLER_USERS users x 8 habits x 365 days"
  local started
  started=$(date +%s)
  load --filler-users "$FILLER_USERS"
  note load filler "$(( $(date +%s) - started )) s for 2,920,000 check-ins"
  start_server large
  warm_up
  for s in health list today stats checkin; do scenario large "$s"; done
  stop_server

  log "large data set with -Xmx128m"
  start_server xmx128 -Xmx128m
  sleep 5
  note rss idle-xmx128m "$(rss_mb) MB"
  warm_up
  for s in health list today stats checkin; do scenario xmx128 "$s"; done
  note rss after-load-xmx128m "$(rss_mb) MB"
  stop_server

  if [[ $FOOTPRINT == 1 ]]; then
    cold_starts "jdk17"
    local jdk25
    jdk25=$(jdk25_home)
    if [[ -n $jdk25 ]]; then
      JAVA_BIN=$jdk25/bin/java cold_starts "jdk25"
      local cache
      cache=$(aot_cache "$jdk25")
      JAVA_BIN=$jdk25/bin/java cold_starts "jdk25-aot" "-XX:AOTCache=$cache"
    else
      note ready jdk25 "no JDK 25 found (set BENCH_JDK25)"
    fi
  fi

  bench/report.sh "$OUT" | tee "$OUT/summary.md"
}

main
