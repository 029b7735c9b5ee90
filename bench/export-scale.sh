#!/usr/bin/env bash
# The CLI's export of generated teams against the floor of reading and parsing the same files with Markdig alone,
# each a process of its own, taking turns: wall time and max RSS (GNU time), and their ratios; then, per size, the
# medians of the runs.
# The floor (bench/TeamGraph.MarkdigFloor) runs twice, as a framework-dependent process on the JIT (the issue's floor)
# and compiled ahead of time (Native AOT). The CLI is the one `dotnet tool install` puts on linux-x64, compiled ahead
# of time; with --framework-dependent, the build that runs on the JIT (`dotnet run`, and the tool on other platforms).
# Usage: bench/export-scale.sh [--roles "50 500 5000"] [--repeat 3] [--framework-dependent]
set -euo pipefail
cd "$(dirname "$0")/.."

roles="50 500 5000" repeat=3 native=1
while [ $# -gt 0 ]; do
  case "$1" in
    --roles) roles=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --framework-dependent) native=0; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

[ -x /usr/bin/time ] || { echo "GNU time is needed (Debian: apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
quietly() { "$@" -v quiet -nologo >/dev/null; }
quietly dotnet build -c Release bench/TeamGraph.Benchmarks
quietly dotnet build -c Release bench/TeamGraph.MarkdigFloor
quietly dotnet publish bench/TeamGraph.MarkdigFloor -c Release -r linux-x64 -o "$work/floor"
bench=bench/TeamGraph.Benchmarks/bin/Release/net10.0/TeamGraph.Benchmarks.dll
floor=bench/TeamGraph.MarkdigFloor/bin/Release/net10.0/TeamGraph.MarkdigFloor
native_floor=$work/floor/TeamGraph.MarkdigFloor
if [ "$native" = 1 ]; then
  quietly dotnet publish src/TeamGraph.Cli -c Release -r linux-x64 -o "$work/cli"
  cli=$work/cli/teamgraph
else
  quietly dotnet build -c Release src/TeamGraph.Cli
  cli=src/TeamGraph.Cli/bin/Release/net10.0/teamgraph
fi

measure() { # prints "seconds kilobytes" of one run of the command
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1
  cat "$work/time"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); CLI: $([ "$native" = 1 ] && echo "native (Native AOT)" || echo "framework-dependent (JIT)")"
echo "| roles | run | floor s | native floor s | export s | ÷ floor | ÷ native floor | floor max RSS MB | export max RSS MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $roles; do
  dotnet "$bench" write-team "$n" "$work/team-$n" >/dev/null
  for run in $(seq 1 "$repeat"); do
    read -r fs fk < <(measure "$floor" "$work/team-$n")
    read -r ns _ < <(measure "$native_floor" "$work/team-$n")
    read -r es ek < <(measure "$cli" export "$work/team-$n" --format jsonl -o "$work/export.jsonl" --quiet)
    awk -v n="$n" -v r="$run" -v fs="$fs" -v ns="$ns" -v fk="$fk" -v es="$es" -v ek="$ek" \
      'BEGIN { printf "| %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f |\n", n, r, fs, ns, es, es / fs, es / ns, fk / 1024, ek / 1024 }'
    echo "$n $fs $ns $es $ek" >>"$work/runs"
  done
done

# The machine's speed drifts between runs (other work on the host), so each size is summed up by medians.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo
echo "| roles | runs | floor s | native floor s | export s | ÷ floor (range) | ÷ native floor | export max RSS MB, highest |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
column() { cut -d' ' -f"$1" "$work/runs-$n" | median; }                        # median of one field of size $n's runs
ratio() { awk -v a="$1" -v b="$2" '{ print $a / $b }' "$work/runs-$n" | median; } # median of the runs' field a ÷ field b
for n in $roles; do
  grep "^$n " "$work/runs" >"$work/runs-$n"
  awk -v n="$n" -v f="$(column 2)" -v nf="$(column 3)" -v e="$(column 4)" -v rf="$(ratio 4 2)" -v rn="$(ratio 4 3)" \
    '{ r = $4 / $2; lo = (NR == 1 || r < lo) ? r : lo; hi = (r > hi) ? r : hi; k = ($5 > k) ? $5 : k }
     END { printf "| %d | %d | %.2f | %.2f | %.2f | %.2f (%.2f-%.2f) | %.2f | %.0f |\n", n, NR, f, nf, e, rf, lo, hi, rn, k / 1024 }' "$work/runs-$n"
done
echo "(medians; each ratio is the median of the runs' ratios)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
