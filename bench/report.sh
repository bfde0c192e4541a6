#!/usr/bin/env bash
# Prints the tables of one bench/run.sh output folder as Markdown: bench/report.sh bench/out/<run>
set -euo pipefail
OUT=${1:?usage: bench/report.sh bench/out/<run>}
RESULTS=$OUT/results.tsv
NOTES=$OUT/notes.tsv

# results.tsv: phase, scenario, req/s, p50 ms, p99 ms, errors, requests, and for every scenario but
# health itself the req/s and p50 of the baseline slices it alternated with (older runs: none).
value() { awk -F'\t' -v p="$1" -v s="$2" -v c="$3" '$1 == p && $2 == s { print $c }' "$RESULTS"; }
# base <phase> <scenario> <column: 3 req/s, 4 p50>: the scenario's own baseline, else the phase's health run
base() {
  local own
  own=$(value "$1" "$2" $(( $3 + 5 )))
  if [[ -n $own ]]; then echo "$own"; else value "$1" health "$3"; fi
}

echo "## Throughput and latency, 64 connections ($(awk -F'\t' '$2 == "database" { print $3 }' "$NOTES"))"
echo
echo "Each scenario ran in slices alternating with slices of \`/health/live\`; its ratio is to the"
echo "baseline slices it alternated with (shown), the health row is a run of its own."
echo
echo "| scenario | req/s | × /health/live | its baseline, req/s | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for s in health list today stats checkin login; do
  [[ -n $(value small "$s" 3) ]] || continue
  awk -v s="$s" -v r="$(value small "$s" 3)" -v b="$(base small "$s" 3)" -v p50="$(value small "$s" 4)" \
      -v p99="$(value small "$s" 5)" -v e="$(value small "$s" 6)" \
      'BEGIN { printf "| %s | %.0f | %.2f | %.0f | %.2f | %.2f | %d |\n", s, r, r / b, b, p50, p99, e }'
done
echo
echo "## Growth: the same scenarios at ~10,000 and ~2,930,000 check-ins"
echo
echo "The last column divides each p50 ratio by the p50 ratio of the baseline slices the scenario"
echo "alternated with in the two phases, which takes out how much slower or faster the shared machine"
echo "was in one phase than in the other."
echo
echo "| scenario | p50 ms, 10 k | p50 ms, 3 M | p50 ratio 3 M / 10 k | baseline p50 ratio | p50 ratio ÷ baseline's |"
echo "|---|---:|---:|---:|---:|---:|"
for s in list today stats checkin; do
  awk -v s="$s" -v a="$(value small "$s" 4)" -v b="$(value large "$s" 4)" \
      -v ba="$(base small "$s" 4)" -v bb="$(base large "$s" 4)" \
      'BEGIN { printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |\n", s, a, b, b / a, bb / ba, b / a / (bb / ba) }'
done
echo
# against <phase> <reference phase> <reference label> <scenarios...>: the phase's rows beside the
# ratios the same scenarios had in the reference phase, each against its own baseline slices.
against() {
  local phase=$1 reference=$2 label=$3 s
  shift 3
  echo "| scenario | req/s | × /health/live | × /health/live, $label | p50 ms | p99 ms | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for s in "$@"; do
    awk -v s="$s" -v r="$(value "$phase" "$s" 3)" -v b="$(base "$phase" "$s" 3)" \
        -v rd="$(value "$reference" "$s" 3)" -v bd="$(base "$reference" "$s" 3)" \
        -v p50="$(value "$phase" "$s" 4)" -v p99="$(value "$phase" "$s" 5)" -v e="$(value "$phase" "$s" 6)" \
        'BEGIN { printf "| %s | %.0f | %.2f | %.2f | %.2f | %.2f | %d |\n", s, r, r / b, rd / bd, p50, p99, e }'
  done
  echo
}
echo "## -Xmx128m on the large data set"
echo
against xmx128 large "default heap" health list today stats checkin
if [[ -n $(value small-footprint list 3) ]]; then
  echo "## Small-footprint options (README), small data set"
  echo
  against small-footprint small "default options" list today checkin
fi
echo "## Login storm: 8 connections reading the habit list, alone and while 56 connections sign in"
echo
echo "| | req/s | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|"
awk -F'\t' '$1 == "storm" { printf "| %s | %.1f | %.2f | %.2f | %d |\n", $2, $3, $4, $5, $6 }' "$RESULTS"
echo
echo "## Footprint and set-up"
echo
echo "| what | figure |"
echo "|---|---|"
awk -F'\t' '{ printf "| %s %s | %s |\n", $1, $2, $3 }' "$NOTES"
echo
errors=$(awk -F'\t' '{ sum += $6 } END { print sum + 0 }' "$RESULTS")
echo "Errors over all measured scenarios: $errors"
