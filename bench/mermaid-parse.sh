#!/usr/bin/env bash
# Mermaid parse time, today's parser against a baseline commit's, in one process on the same charts.
# Builds the baseline's TeamGraph.Core in Release from a temporary git worktree, today's benchmarks in Release, then
# runs the per-chart timing (median and p90 over the 1,447 corpus charts, both builds alternately) and, with --bdn,
# BenchmarkDotNet's MermaidParseBenchmarks (one pass over the corpus per operation) against the same baseline.
# Usage: bench/mermaid-parse.sh [--baseline ee31c96] [--rounds 200] [--repeat 3] [--bdn]
# Results: bench/README.md ("Mermaid parse time").
set -euo pipefail

baseline=ee31c96
rounds=200
repeat=1
bdn=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --baseline) baseline="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --bdn) bdn=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d)
cleanup() {
  git -C "$root" worktree remove --force "$work/baseline" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

git -C "$root" worktree add --detach "$work/baseline" "$baseline" >/dev/null
dotnet build -c Release -nologo -v quiet "$work/baseline/src/TeamGraph.Core" -o "$work/baseline-bin" >/dev/null
dotnet build -c Release -nologo -v quiet "$root/bench/TeamGraph.Benchmarks" >/dev/null
bench="$root/bench/TeamGraph.Benchmarks/bin/Release/net10.0/TeamGraph.Benchmarks.dll"

echo "baseline $baseline ($(git -C "$root" rev-parse --short "$baseline")) against today ($(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD || echo ', with uncommitted changes'))"
for run in $(seq 1 "$repeat"); do
  echo "== run $run"
  (cd "$root" && dotnet "$bench" mermaid-timing "$work/baseline-bin/TeamGraph.Core.dll" "$rounds")
done

if [[ "$bdn" == true ]]; then
  (cd "$root" && TEAMGRAPH_MERMAID_BASELINE="$work/baseline-bin/TeamGraph.Core.dll" \
    dotnet "$bench" --filter '*MermaidParse*' --job short --artifacts "$work/bdn")
  cat "$work"/bdn/results/*MermaidParse*-report-github.md
fi
