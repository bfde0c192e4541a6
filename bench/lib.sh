#!/usr/bin/env bash
# Shared by bench/run.sh and reliability/soak.sh: tools, database, loader, server, wrk.
# The caller sets DB (h2|postgres), PG_DB, PORT, OUT, DATA, PASSWORD and BENCH_USERS.
PG_HOST=${BENCH_PG_HOST:-127.0.0.1} PG_PORT=${BENCH_PG_PORT:-5432} PG_USER=${BENCH_PG_USER:-postgres}
PG_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?user=$PG_USER"
BASE=http://127.0.0.1:$PORT
JAR=bootstrap/target/habit-tracker.jar
LOADER=(bench/loader/target/bench-loader-*.jar)
THREADS=2
SERVER_PID=

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "bench: $*"; exit 1; }

need_tools() {
  command -v curl >/dev/null || fail "curl is needed"
  if ! command -v wrk >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
      log "installing wrk from Debian's packages"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
    else
      fail "wrk is needed: sudo apt-get install wrk"
    fi
  fi
  if [[ $DB == postgres ]]; then command -v psql >/dev/null || fail "psql is needed for --postgres"; fi
}

build() {
  log "building the server jar and the bench loader"
  mvn -B -q -Pbench -DskipTests package
  LOADER=(bench/loader/target/bench-loader-*.jar)
}

fresh_database() {
  if [[ $DB == postgres ]]; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qX \
      -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
  fi
  rm -rf "$DATA"
  mkdir -p "$DATA"
}

load() { # load <loader options...>
  local where=(--data-dir "$DATA")
  [[ $DB == postgres ]] && where=(--url "$PG_URL")
  java -cp "$JAR:${LOADER[0]}" dev.habits.bench.load.BulkLoad "${where[@]}" --login-password "$PASSWORD" "$@"
}

# start_server <label> [java options...]: starts the server and sets READY_MS to the time from
# launching the process to the first 200 of /health/ready.
start_server() {
  local label=$1 java=${JAVA_BIN:-java}
  shift
  local env=(HABITS_PORT="$PORT" HABITS_DATA_DIR="$DATA" HABITS_AUTH_RATE_LIMIT=0 HABITS_API_RATE_LIMIT=0
             HABITS_ACCESS_TOKEN_TTL=PT2H HABITS_JWT_SECRET=bench-secret-that-is-long-enough-for-hs256)
  [[ $DB == postgres ]] && env+=(HABITS_DB_URL="$PG_URL")
  # scenario.lua keeps the bench users' tokens here between slices; a new server wants new ones
  export BENCH_TOKENS=$OUT/tokens
  mkdir -p "$BENCH_TOKENS"
  rm -f "$BENCH_TOKENS/$PORT"-*
  local launched=${EPOCHREALTIME//[!0-9]/} # microseconds, read without forking date (bash 5)
  env "${env[@]}" "$java" "$@" -jar "$JAR" >"$OUT/server-$label.log" 2>&1 &
  SERVER_PID=$!
  [[ -p $OUT/pause ]] || mkfifo "$OUT/pause"
  exec 4<>"$OUT/pause" # nothing is ever written: reading it with a timeout is a sleep without a fork
  until answers_ready; do
    kill -0 "$SERVER_PID" 2>/dev/null || fail "the server stopped; see $OUT/server-$label.log"
    (( (${EPOCHREALTIME//[!0-9]/} - launched) / 1000000 < 60 )) || fail "the server was not ready within 60 s"
    read -r -t 0.005 -u 4 || true
  done
  READY_MS=$(( (${EPOCHREALTIME//[!0-9]/} - launched) / 1000 ))
  exec 4<&-
}

# answers_ready: one GET /health/ready over bash's /dev/tcp, true on a 200. It forks no process:
# polling with a curl every 5 ms took CPU from the starting server, which has two cores to share
# (interleaved cold starts, median of 5: 1,254 ms polled with curl, 1,027 ms polled like this).
answers_ready() {
  local status=
  { exec 3<>"/dev/tcp/127.0.0.1/$PORT"; } 2>/dev/null || return 1
  printf 'GET /health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
  IFS= read -r -t 2 status <&3 || true
  exec 3<&- 3>&-
  [[ $status == "HTTP/1.1 200"* ]]
}

stop_server() {
  [[ -n $SERVER_PID ]] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}
trap stop_server EXIT

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$SERVER_PID/status"; }

# wrk_once <scenario> <connections> <duration> [timeout] [pace ms]: prints "rps p50 p99 errors requests".
wrk_once() {
  local out
  out=$(wrk -t"$THREADS" -c"$2" -d"$3" --timeout "${4:-5s}" -s bench/lua/scenario.lua "$BASE" \
        -- "$1" "$BENCH_USERS" "$PASSWORD" "${5:-0}" 2>&1) || fail "wrk failed: $out"
  grep '^RESULT' <<<"$out" | cut -d' ' -f2- || fail "no result from wrk: $out"
}

