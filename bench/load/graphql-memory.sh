#!/usr/bin/env bash
# Memory under load against GraphQL.NET's own floor (issue #16, item 4). Serves one generated team three ways, one after
# the other on 127.0.0.1, and loads each with wrk on the role-card query (bench/load/queries/role-card.json) for one role:
#   TeamGraph     the API in Release (embedded store, logging at Warning), its apphost;
#   GraphQL.NET   bench/TeamGraph.GraphQLFloor: GraphQL.NET 8 alone over `teamgraph export --format jsonl` held as plain
#                 objects (only what the query reads; no store, batching, limits or caches), with the API's GC setting;
#   graphql-js    bench/load/graphql-js/server.mjs with one worker (--graphql-js; its npm packages go to a temporary folder).
# The answers are compared first (a difference stops the run). For each server: seconds until it answers the query, RSS
# idle (15 s after that, no query since), then a warm-up and a measured wrk run sampling VmRSS every 0.25 s: peak RSS,
# growth (peak - idle) and req/s. Rounds alternate the servers. Prints a markdown table and TeamGraph's ratios to the floor.
# Usage: bench/load/graphql-memory.sh [--team DIR] [--role CODE] [--duration 30s] [--warmup 3s] [--rounds 2]
#        [--connections 16] [--threads 2] [--port 5392] [--graphql-js]
# The team defaults to /tmp/teamgraph-scale-5000-h10 (bench/load/graphql-scale.sh's, written here when missing); the role
# to the middle card's, whose card lists about as many inputs as the team has roles.
set -euo pipefail
cd "$(dirname "$0")/../.."

team=/tmp/teamgraph-scale-5000-h10 role="" duration=30s warmup=3s rounds=2 connections=16 threads=2 port=5392 with_js=0
while [ $# -gt 0 ]; do
  case "$1" in
    --team) team=$2; shift 2 ;;
    --role) role=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --graphql-js) with_js=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

tools="wrk curl jq dotnet"
[ "$with_js" = 1 ] && tools="$tools node npm"
for tool in $tools; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (Debian: apt-get install $tool)" >&2; exit 2; }
done

echo "Building (Release) ..." >&2
for project in src/TeamGraph.Api src/TeamGraph.Cli bench/TeamGraph.GraphQLFloor bench/TeamGraph.Benchmarks; do
  dotnet build "$project" -c Release -v quiet -nologo >/dev/null
done
if ! ls "$team"/roles/*.md >/dev/null 2>&1; then
  dotnet bench/TeamGraph.Benchmarks/bin/Release/net10.0/TeamGraph.Benchmarks.dll write-team 5000 "$team" --hubs 10 >/dev/null
fi
if [ -z "$role" ]; then
  cards=("$team"/roles/*.md)
  role=$(grep -m1 -o 'R[0-9]\{5\}' "${cards[$(( ${#cards[@]} / 2 ))]}")
fi

work=$(mktemp -d)
pid=""
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
trap 'stop; rm -rf "$work"' EXIT
echo "Exporting $team ..." >&2
dotnet src/TeamGraph.Cli/bin/Release/net10.0/teamgraph.dll export "$team" --format jsonl -o "$work/graph.jsonl" --quiet 2>/dev/null
if [ "$with_js" = 1 ]; then
  echo "Installing graphql and graphql-http into $work ..." >&2
  (cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error graphql graphql-http >/dev/null)
fi
jq --arg id "$role" '.variables.id = $id' bench/load/queries/role-card.json >"$work/query.json"
url=http://127.0.0.1:$port/graphql

start() {
  case "$1" in
    teamgraph) Logging__LogLevel__Default=Warning TEAMGRAPH_DOCS="$team" TEAMGRAPH_ReloadTimeout=00:10:00 \
      src/TeamGraph.Api/bin/Release/net10.0/TeamGraph.Api --urls "http://127.0.0.1:$port" >"$work/$1.log" 2>&1 & ;;
    graphql-net) bench/TeamGraph.GraphQLFloor/bin/Release/net10.0/TeamGraph.GraphQLFloor "$work/graph.jsonl" \
      --urls "http://127.0.0.1:$port" >"$work/$1.log" 2>&1 & ;;
    graphql-js) env -C "$work" node "$PWD/bench/load/graphql-js/server.mjs" "$work/graph.jsonl" "$port" 1 >"$work/$1.log" 2>&1 & ;;
  esac
  pid=$!
}

# The server's RSS in MiB: the process and its children (graphql-js answers from a cluster worker).
rss() {
  local total=0 p
  for p in $pid $(pgrep -P "$pid" || true); do
    total=$(( total + $(awk '$1 == "VmRSS:" { print $2 }' "/proc/$p/status" 2>/dev/null || echo 0) ))
  done
  echo $(( total / 1024 ))
}

measure() {
  local name=$1 began ready idle sampler line peak
  began=$(date +%s.%N)
  start "$name"
  for _ in $(seq 1 3000); do
    kill -0 "$pid" 2>/dev/null || { echo "$name exited; its log:" >&2; tail -20 "$work/$name.log" >&2; exit 1; }
    [ "$(curl -s -o "$work/$name.json" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$work/query.json" "$url")" = 200 ] && break
    sleep 0.2
  done
  ready=$(echo "$(date +%s.%N) - $began" | bc)
  jq -e '.data.role.inputs | length > 0' "$work/$name.json" >/dev/null || { echo "$name gave no role card: $(head -c 300 "$work/$name.json")" >&2; exit 1; }
  if [ "$name" != teamgraph ] && ! cmp -s <(jq -S . "$work/teamgraph.json") <(jq -S . "$work/$name.json"); then
    echo "$name answers differently from TeamGraph (answers kept in /tmp/graphql-memory-*.json)" >&2
    cp "$work/teamgraph.json" /tmp/graphql-memory-teamgraph.json; cp "$work/$name.json" "/tmp/graphql-memory-$name.json"; exit 1
  fi
  sleep 15
  idle=$(rss)
  BODY_FILE="$work/query.json" wrk -t"$threads" -c"$connections" -d"$warmup" -s bench/load/post.lua "$url" >/dev/null
  ( while kill -0 "$pid" 2>/dev/null; do rss; sleep 0.25; done ) >"$work/rss" &
  sampler=$!
  line=$(BODY_FILE="$work/query.json" wrk -t"$threads" -c"$connections" -d"$duration" -s bench/load/post.lua "$url" | grep RESULT)
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$work/rss" | tail -1)
  stop
  echo "$name $ready $idle $peak $(echo "$line" | sed -E 's/.*rps=([0-9.]+).*p50=([0-9.]+).*p99=([0-9.]+).*failed=([0-9]+).*/\1 \2 \3 \4/')" >>"$work/results"
}

servers="teamgraph graphql-net"
[ "$with_js" = 1 ] && servers="$servers graphql-js"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); role $role; $connections connections, $duration per run" >&2
for round in $(seq 1 "$rounds"); do
  for server in $servers; do
    echo "Round $round: $server ..." >&2
    measure "$server"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

echo "| server | ready s | RSS idle MB | peak under load MB | growth MB | req/s | p50 ms | p99 ms | failed |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
awk '{ printf "| %s | %.1f | %d | %d | %d | %s | %s | %s | %s |\n", $1, $2, $3, $4, $4 - $3, $5, $6, $7, $8 }' "$work/results"
awk '
  $1 == "teamgraph" { tp[++t] = $4; tg[t] = $4 - $3; tr[t] = $5 }
  $1 == "graphql-net" { fp[++f] = $4; fg[f] = $4 - $3; fr[f] = $5 }
  END {
    for (i = 1; i <= t && i <= f; i++)
      printf "round %d, TeamGraph / GraphQL.NET floor: peak %.2f, growth under load %.2f, req/s %.2f\n", i, tp[i] / fp[i], tg[i] / fg[i], tr[i] / fr[i]
  }' "$work/results"
