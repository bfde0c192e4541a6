#!/usr/bin/env bash
# Prints the tables of one bench/run.sh output folder as Markdown: bench/report.sh bench/out/<run>
set -euo pipefail
OUT=${1:?usage: bench/report.sh bench/out/<run>}
RESULTS=$OUT/results.tsv
NOTES=$OUT/notes.tsv

# results.tsv: phase, scenario, req/s, p50 ms, p99 ms, errors, requests
value() { awk -F'\t' -v p="$1" -v s="$2" -v c="$3" '$1 == p && $2 == s { print $c }' "$RESULTS"; }

echo "## Throughput and latency, 64 connections ($(awk -F'\t' '$2 == "database" { print $3 }' "$NOTES"))"
echo
echo "| scenario | req/s | × /health/live | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|"
awk -F'\t' '$1 == "small" && $2 == "health" { base = $3 }
  $1 == "small" { printf "| %s | %.0f | %.2f | %.2f | %.2f | %d |\n", $2, $3, $3 / base, $4, $5, $6 }' "$RESULTS"
echo
echo "## Growth: the same scenarios at ~10,000 and ~2,930,000 check-ins"
echo
echo "The last column divides each p50 ratio by the baseline's own p50 ratio between the two phases,"
echo "which takes out how much slower or faster the shared machine was in one phase than the other."
echo
echo "| scenario | p50 ms, 10 k | p50 ms, 3 M | p50 ratio 3 M / 10 k | baseline p50 ratio | p50 ratio ÷ baseline's |"
echo "|---|---:|---:|---:|---:|---:|"
small_base=$(value small health 3)
large_base=$(value large health 3)
base_ratio=$(awk -v a="$(value small health 4)" -v b="$(value large health 4)" 'BEGIN { printf "%.4f", b / a }')
for s in list today stats checkin; do
  awk -v s="$s" -v a="$(value small "$s" 4)" -v b="$(value large "$s" 4)" -v base="$base_ratio" \
      'BEGIN { printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |\n", s, a, b, b / a, base, b / a / base }'
done
echo
echo "## -Xmx128m on the large data set"
echo
echo "| scenario | req/s | × /health/live | × /health/live, default heap | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for s in health list today stats checkin; do
  awk -v s="$s" -v r="$(value xmx128 "$s" 3)" -v b="$(value xmx128 health 3)" \
      -v rd="$(value large "$s" 3)" -v bd="$large_base" -v p50="$(value xmx128 "$s" 4)" \
      -v p99="$(value xmx128 "$s" 5)" -v e="$(value xmx128 "$s" 6)" \
      'BEGIN { printf "| %s | %.0f | %.2f | %.2f | %.2f | %.2f | %d |\n", s, r, r / b, rd / bd, p50, p99, e }'
done
echo
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
