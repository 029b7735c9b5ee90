#!/usr/bin/env bash
# The CLI's export of generated teams against the floor of reading and parsing the same files with Markdig alone,
# each a process of its own, the two taking turns: wall time and max RSS (GNU time), and their ratios.
# Usage: bench/export-scale.sh [--roles "50 500 5000"] [--repeat 3]
set -euo pipefail
cd "$(dirname "$0")/.."

roles="50 500 5000" repeat=3
while [ $# -gt 0 ]; do
  case "$1" in
    --roles) roles=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

[ -x /usr/bin/time ] || { echo "GNU time is needed (Debian: apt-get install time)" >&2; exit 2; }
dotnet build -c Release bench/TeamGraph.Benchmarks -v quiet -nologo >/dev/null
dotnet build -c Release src/TeamGraph.Cli -v quiet -nologo >/dev/null
bench=bench/TeamGraph.Benchmarks/bin/Release/net10.0/TeamGraph.Benchmarks.dll
cli=src/TeamGraph.Cli/bin/Release/net10.0/teamgraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # prints "seconds kilobytes" of one run of the command
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1
  cat "$work/time"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| roles | run | floor s | export s | wall ratio | floor max RSS MB | export max RSS MB | RSS ratio |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $roles; do
  dotnet "$bench" write-team "$n" "$work/team-$n" >/dev/null
  for run in $(seq 1 "$repeat"); do
    read -r fs fk < <(measure dotnet "$bench" markdig-floor "$work/team-$n")
    read -r es ek < <(measure "$cli" export "$work/team-$n" --format jsonl -o "$work/export.jsonl" --quiet)
    awk -v n="$n" -v r="$run" -v fs="$fs" -v fk="$fk" -v es="$es" -v ek="$ek" \
      'BEGIN { printf "| %d | %d | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f |\n", n, r, fs, es, es / fs, fk / 1024, ek / 1024, ek / fk }'
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
