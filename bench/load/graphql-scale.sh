#!/usr/bin/env bash
# The API at scale: serves a generated team of --roles roles (with --hubs hub roles that every other role also hands a
# status report to), and measures start-up to /health/ready, RSS idle and under load (VmRSS, VmHWM), and wrk on the
# role-card query for the role with the most handoffs (the hub) against a median role, alternating the two, then the
# handoff-chains query. Prints a markdown table and the hub/median ratios.
# Usage: bench/load/graphql-scale.sh [--roles 5000] [--hubs 10] [--team DIR] [--duration 15s] [--rounds 2]
#        [--connections 16] [--threads 2] [--port 5391] [--api PATH]
# The team is written once to /tmp/teamgraph-scale-ROLES-hHUBS (or --team DIR, reused when it has role cards).
# --api runs another build's TeamGraph.Api apphost (to compare with a baseline); by default this checkout's, built here.
set -euo pipefail
cd "$(dirname "$0")/../.."

roles=5000 hubs=10 team="" duration=15s rounds=2 connections=16 threads=2 port=5391 api=""
while [ $# -gt 0 ]; do
  case "$1" in
    --roles) roles=$2; shift 2 ;;
    --hubs) hubs=$2; shift 2 ;;
    --team) team=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --api) api=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

for tool in wrk curl jq; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (Debian: apt-get install $tool)" >&2; exit 2; }
done

team=${team:-/tmp/teamgraph-scale-$roles-h$hubs}
if ! ls "$team"/roles/*.md >/dev/null 2>&1; then
  dotnet build bench/TeamGraph.Benchmarks -c Release -v quiet -nologo >/dev/null
  dotnet bench/TeamGraph.Benchmarks/bin/Release/net10.0/TeamGraph.Benchmarks.dll write-team "$roles" "$team" --hubs "$hubs" >/dev/null
fi

if [ -z "$api" ]; then
  dotnet build src/TeamGraph.Api -c Release -v quiet -nologo >/dev/null
  api=src/TeamGraph.Api/bin/Release/net10.0/TeamGraph.Api
fi
work=$(mktemp -d)
base=http://127.0.0.1:$port
url=$base/graphql

# The apphost itself, not `dotnet run`, so the PID read for RSS is the server's. A slow machine may need more than the
# default 60 s reload timeout to ingest thousands of cards, so the timeout is raised: start-up is measured, not capped.
start=$(date +%s.%N)
Logging__LogLevel__Default=Warning TEAMGRAPH_DOCS="$team" TEAMGRAPH_ReloadTimeout=00:10:00 \
"$api" --urls "$base" >"$work/api.log" 2>&1 &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

post() { curl -sf -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' --data-binary "@$1" "$url"; }

# Ready means a graph is served: /health/ready answers, and a role query answers without errors.
jq -n '{query: "{ roles(first: 1) { totalCount } }"}' >"$work/ready.json"
for _ in $(seq 1 3000); do
  kill -0 "$api_pid" 2>/dev/null || { echo "the API exited; its log: $(cat "$work/api.log")" >&2; exit 1; }
  if curl -sf -o /dev/null "$base/health/ready" && post "$work/ready.json" 2>/dev/null | jq -e '.data.roles.totalCount > 0' >/dev/null; then
    break
  fi
  sleep 0.2
done
startup=$(echo "$(date +%s.%N) - $start" | bc)
post "$work/ready.json" | jq -e '.data.roles.totalCount > 0' >/dev/null || { echo "the API serves no graph; its log:" >&2; tail -20 "$work/api.log" >&2; exit 1; }

kib() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$api_pid/status"; }
mib() { echo $(( $1 / 1024 )); }

# Idle: the graph is served and audited (the audit runs after serving; asking for the findings waits for it), the
# reload's compaction has run, and no query has been asked since.
jq -n '{query: "{ stats { findings } }"}' >"$work/audited.json"
post "$work/audited.json" | jq -e '.data.stats.findings >= 0' >/dev/null || { echo "the audit did not finish; its log:" >&2; tail -20 "$work/api.log" >&2; exit 1; }
sleep 5
rss_idle=$(kib VmRSS)
hwm_startup=$(kib VmHWM)

# The hub and the median role by the handoffs they give or receive by name (one read of every handoff: asking every
# role for its inputs would list each handoff to a group once per member), then their role cards' actual counts.
jq -n '{query: "{ handoffs { items { from { id } to { id } } } }"}' >"$work/handoffs.json"
post "$work/handoffs.json" | jq -r '[.data.handoffs.items[] | (.from.id // empty), .to[].id] | group_by(.) | .[] | "\(length) \(.[0])"' \
  | grep ' role:' | sort -n >"$work/degrees.txt"
hub=$(tail -1 "$work/degrees.txt" | cut -d' ' -f2)
median=$(sed -n "$(( ($(wc -l <"$work/degrees.txt") + 1) / 2 ))p" "$work/degrees.txt" | cut -d' ' -f2)
card_handoffs() {
  jq -n --arg id "$1" '{query: "query($id: ID!) { role(id: $id) { inputs { id } outputs { id } } }", variables: {id: $id}}' >"$work/count.json"
  post "$work/count.json" | jq '.data.role | (.inputs | length) + (.outputs | length)'
}
hub_degree=$(card_handoffs "$hub")
median_degree=$(card_handoffs "$median")
jq -n '{query: "{ stats { roles } }"}' >"$work/stats.json"
role_count=$(post "$work/stats.json" | jq '.data.stats.roles')

# After one large answer (every handoff, read above for the degrees): what a first big query leaves behind.
sleep 5
rss_after_list=$(kib VmRSS)

jq --arg id "$hub" '.variables.id = $id' bench/load/queries/role-card.json >"$work/role-card-hub.json"
jq --arg id "$median" '.variables.id = $id' bench/load/queries/role-card.json >"$work/role-card-median.json"
# A chain from the median role to the hub: the hub's in-degree makes it the busiest target.
jq --arg from "$median" --arg to "$hub" '.variables.from = $from | .variables.to = $to' bench/load/queries/handoff-chains.json >"$work/chains.json"
for body in role-card-hub role-card-median chains; do
  post "$work/$body.json" | jq -e 'has("errors") | not' >/dev/null || { echo "$body answers with errors: $(post "$work/$body.json")" >&2; exit 1; }
done

rss_peak=$rss_idle
sample_rss() { while kill -0 "$api_pid" 2>/dev/null; do kib VmRSS; sleep 0.25; done; }
run_wrk() {
  local body=$1 seconds=$2
  sample_rss >"$work/rss-samples.txt" &
  local sampler=$!
  BODY_FILE="$work/$body.json" wrk -t"$threads" -c"$connections" -d"$seconds" -s bench/load/post.lua "$url" | grep '^RESULT'
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  local peak
  peak=$(sort -n "$work/rss-samples.txt" | tail -1)
  [ -n "$peak" ] && [ "$peak" -gt "$rss_peak" ] && rss_peak=$peak
  return 0
}

declare -A rps_sum=() p50_sum=() runs=()
echo "| Query | Role | Handoffs | Requests/s | p50 ms | p90 ms | p99 ms | max ms | Failed |"
echo "|-------|------|---------:|-----------:|-------:|-------:|-------:|-------:|-------:|"
# A short warm-up of each body lets the JIT settle before the measured runs.
for body in role-card-median role-card-hub chains; do run_wrk "$body" 3s >/dev/null; done
row() {
  local body=$1 role=$2 degree=$3 line
  line=$(run_wrk "$body" "$duration")
  declare -A r=()
  for pair in ${line#RESULT }; do r[${pair%%=*}]=${pair#*=}; done
  echo "| ${body%%-hub} | $role | $degree | ${r[rps]} | ${r[p50]} | ${r[p90]} | ${r[p99]} | ${r[max]} | $(( r[failed] + r[socket_errors] )) |"
  rps_sum[$body]=$(echo "${rps_sum[$body]:-0} + ${r[rps]}" | bc -l)
  p50_sum[$body]=$(echo "${p50_sum[$body]:-0} + ${r[p50]}" | bc -l)
  runs[$body]=$(( ${runs[$body]:-0} + 1 ))
}
for _ in $(seq 1 "$rounds"); do
  row role-card-median "$median" "$median_degree"
  row role-card-hub "$hub" "$hub_degree"
done
row chains "$median → $hub" "-"

hwm_end=$(kib VmHWM)
ratio_rps=$(echo "scale=2; ${rps_sum[role-card-median]} / ${rps_sum[role-card-hub]}" | bc -l)
ratio_p50=$(echo "scale=2; ${p50_sum[role-card-hub]} / ${p50_sum[role-card-median]}" | bc -l)
echo
echo "| Measure | Value |"
echo "|---------|------:|"
echo "| Roles served | $role_count |"
echo "| Start-up to ready (graph served) | $(printf '%.1f' "$startup") s |"
echo "| RSS idle (VmRSS once served and audited, no query yet) | $(mib "$rss_idle") MB |"
echo "| RSS after listing every handoff once (the degree read) | $(mib "$rss_after_list") MB |"
echo "| RSS high-water mark at idle (VmHWM: start-up's peak) | $(mib "$hwm_startup") MB |"
echo "| RSS peak under load (VmRSS sampled every 0.25 s) | $(mib "$rss_peak") MB |"
echo "| RSS high-water mark after load (VmHWM) | $(mib "$hwm_end") MB |"
echo "| Hub / median role card: req/s ratio (median ÷ hub) | ${ratio_rps}× |"
echo "| Hub / median role card: p50 ratio (hub ÷ median) | ${ratio_p50}× |"
echo "| Load average (1, 5, 15 min) | $(cut -d' ' -f1-3 /proc/loadavg) |"
