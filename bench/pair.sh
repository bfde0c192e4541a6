#!/usr/bin/env bash
# Paired A/B of two server jars: both run at once, each on its own fresh copy of the small data set,
# and wrk drives them in rounds that alternate which side goes first. Each side's measurement is a
# slice of GET /health/live followed by a slice of the scenario; the figure is the median over the
# rounds of scenario ÷ health, and the last line gives after ÷ before. What a change does shows
# here when a whole bench/run.sh would mostly show the hour it ran in.
#
#   bench/pair.sh [--postgres] <before.jar> <after.jar> <list|today|stats|checkin> [rounds (6)]
#
# Build the loader first (mvn -B -Pbench -DskipTests package). Environment: SLICE (5s), WARM (10s),
# BENCH_PG_* as for bench/run.sh (databases pair_before and pair_after are dropped and made afresh),
# BEFORE_OPTS and AFTER_OPTS: java options for one side (say, the same jar with -Dhabits.db.pool.size=4);
# on PostgreSQL, BEFORE_SQL and AFTER_SQL: statements psql runs on one side's database after the load,
# to try an index or a storage setting on the same jar (say, AFTER_SQL='DROP INDEX x; CREATE INDEX …').
set -euo pipefail
cd "$(dirname "$0")/.."

DB=h2
if [[ ${1:-} == --postgres ]]; then DB=postgres; shift; fi
(( $# >= 3 )) || { echo "usage: bench/pair.sh [--postgres] <before.jar> <after.jar> <scenario> [rounds]" >&2; exit 2; }
BEFORE_JAR=$(realpath "$1") AFTER_JAR=$(realpath "$2") SCENARIO=$3 ROUNDS=${4:-6}
SLICE=${SLICE:-5s} WARM=${WARM:-10s} PASSWORD=bench-password-2026 BENCH_USERS=8 CONNECTIONS=64 PG_DB=unused
PORT=18080 OUT=$(mktemp -d) DATA=unused
# shellcheck source=bench/lib.sh
source bench/lib.sh
need_tools
[[ -f ${LOADER[0]} ]] || fail "build the loader first (mvn -B -Pbench -DskipTests package)"

pids=()
stop_all() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_all EXIT

start_side() { # start_side <name> <jar> <port>: lib.sh's database, loader and server, for one side
  JAR=$2 PORT=$3 BASE=http://127.0.0.1:$3 DATA=$OUT/data-$1 PG_DB=pair_$1
  PG_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?user=$PG_USER"
  fresh_database
  load --bench-users "$BENCH_USERS" --writer-users "$BENCH_USERS" >"$OUT/load-$1.log" 2>&1
  local sql=${BEFORE_SQL:-}
  [[ $1 == after ]] && sql=${AFTER_SQL:-}
  if [[ -n $sql ]]; then
    [[ $DB == postgres ]] || fail "BEFORE_SQL and AFTER_SQL need --postgres"
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -qX -v ON_ERROR_STOP=1 <<<"$sql" >&2
  fi
  local opts=()
  [[ $1 == before ]] && read -ra opts <<<"${BEFORE_OPTS:-}"
  [[ $1 == after ]] && read -ra opts <<<"${AFTER_OPTS:-}"
  start_server "$1" "${opts[@]}"
  pids+=("$SERVER_PID")
  SERVER_PID=
}

rate() { BASE=http://127.0.0.1:$2 wrk_once "$1" "$CONNECTIONS" "$3" | cut -d' ' -f1; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

start_side before "$BEFORE_JAR" 18081
start_side after "$AFTER_JAR" 18082
for port in 18081 18082; do for s in health list today stats checkin; do rate "$s" "$port" "$WARM" >/dev/null; done; done
before=() after=()
for round in $(seq 1 "$ROUNDS"); do
  order="18081 18082"
  (( round % 2 == 0 )) && order="18082 18081"
  for port in $order; do
    health=$(rate health "$port" "$SLICE")
    scenario=$(rate "$SCENARIO" "$port" "$SLICE")
    ratio=$(awk -v s="$scenario" -v h="$health" 'BEGIN { printf "%.4f", s / h }')
    side=before
    [[ $port == 18082 ]] && side=after
    if [[ $side == before ]]; then before+=("$ratio"); else after+=("$ratio"); fi
    log "round $round $side: health $health req/s, $SCENARIO $scenario req/s, ratio $ratio"
  done
done
b=$(median "${before[@]}") a=$(median "${after[@]}")
printf '%s on %s, %d rounds: before %s, after %s, after / before %s\n' "$SCENARIO" "$DB" "$ROUNDS" "$b" "$a" \
  "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", a / b }')"
rm -rf "$OUT"
