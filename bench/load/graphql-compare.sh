#!/usr/bin/env bash
# GraphQL throughput of TeamGraph against graphql-js serving the same graph and against a raw Kestrel floor, in one run
# on this machine (issue #16). The three servers run one after the other, each alone, on 127.0.0.1:
#   TeamGraph   the API in Release serving seed/ with its default settings (so the default log levels are measured);
#   graphql-js  bench/load/graphql-js/server.mjs (graphql + graphql-http over node:http, 2 node:cluster workers) serving
#               `teamgraph export seed --format jsonl`; the npm packages go into a temporary folder;
#   Kestrel     bench/TeamGraph.KestrelFloor: ASP.NET Core answering every POST with the same 1 KB of JSON.
# Before loading, the answers of TeamGraph and graphql-js to both queries are compared; a difference stops the run.
# Then, per server and query, a warm-up and a measured wrk run (bench/load/post.lua), and one markdown table. The warm-up
# is long because .NET compiles hot methods again, optimised, only after they have run a while (tiered compilation).
# Usage: bench/load/graphql-compare.sh [--duration 20s] [--warmup 10s] [--connections 16] [--threads 2] [--rounds 1] [--port 5290]
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=20s warmup=10s connections=16 threads=2 rounds=1 port=5290
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

for tool in wrk node npm dotnet curl; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (wrk: apt-get install wrk; node and npm: apt-get install nodejs npm)" >&2; exit 2; }
done

card=bench/load/queries/role-card.json
light=bench/load/compare/role-outputs.json
url=http://127.0.0.1:$port/graphql
work=$(mktemp -d)
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap 'stop_server; rm -rf "$work"' EXIT

echo "Building (Release) and exporting seed/ ..." >&2
for project in src/TeamGraph.Api src/TeamGraph.Cli bench/TeamGraph.KestrelFloor; do
  dotnet build "$project" -c Release -v quiet -nologo >/dev/null
done
dotnet src/TeamGraph.Cli/bin/Release/net10.0/teamgraph.dll export seed --format jsonl -o "$work/seed.jsonl" 2>/dev/null
echo "Installing graphql and graphql-http into $work ..." >&2
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error graphql graphql-http >/dev/null)

# start NAME COMMAND...: runs the server in the background and waits until it answers the light query.
start() {
  local name=$1; shift
  "$@" >"$work/$name.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 60); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data @"$light" "$url")" = 200 ]; then
      return
    fi
    sleep 1
  done
  echo "$name did not start; its log:" >&2
  cat "$work/$name.log" >&2
  exit 1
}

# fetch BODY OUT: the server's answer to the request in BODY.
fetch() {
  curl -sf -X POST -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' --data @"$1" "$url" >"$2"
}

# load NAME BODY: one warm-up and one measured wrk run; prints the RESULT line's values.
load() {
  BODY_FILE="$2" wrk -t"$threads" -c"$connections" -d"$warmup" -s bench/load/post.lua "$url" >/dev/null
  BODY_FILE="$2" wrk -t"$threads" -c"$connections" -d"$duration" -s bench/load/post.lua "$url" | grep '^RESULT' | sed 's/^RESULT //'
}

start_teamgraph() { start teamgraph dotnet src/TeamGraph.Api/bin/Release/net10.0/TeamGraph.Api.dll --urls "http://127.0.0.1:$port"; }
# graphql-js resolves its packages from the temporary folder, its working directory.
start_graphql_js() { start graphql-js env -C "$work" node "$PWD/bench/load/graphql-js/server.mjs" "$work/seed.jsonl" "$port" 2; }
start_kestrel() { start kestrel dotnet bench/TeamGraph.KestrelFloor/bin/Release/net10.0/TeamGraph.KestrelFloor.dll --urls "http://127.0.0.1:$port"; }

echo "Checking that TeamGraph and graphql-js give the same answers ..." >&2
start_teamgraph
fetch "$card" "$work/teamgraph-card.json"; fetch "$light" "$work/teamgraph-light.json"
stop_server
start_graphql_js
fetch "$card" "$work/graphql-js-card.json"; fetch "$light" "$work/graphql-js-light.json"
stop_server
for query in card light; do
  node -e '
    const fs = require("node:fs"); const { isDeepStrictEqual } = require("node:util");
    const [a, b] = process.argv.slice(1).map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
    if (a.errors || !a.data || !isDeepStrictEqual(a, b)) { console.error(`different answers: ${process.argv[1]} ${process.argv[2]}`); process.exit(1); }
  ' "$work/teamgraph-$query.json" "$work/graphql-js-$query.json" || { cp "$work"/*-"$query".json /tmp/ 2>/dev/null; echo "answers kept in /tmp" >&2; exit 1; }
done
echo "Same answers (role card $(wc -c <"$work/teamgraph-card.json") bytes, light $(wc -c <"$work/teamgraph-light.json") bytes)." >&2

load_before=$(uptime | sed 's/.*load average: //')
results="$work/results"
for round in $(seq 1 "$rounds"); do
  echo "Round $round: TeamGraph ..." >&2
  start_teamgraph
  echo "teamgraph card round=$round $(load teamgraph "$card")" >>"$results"
  echo "teamgraph light round=$round $(load teamgraph "$light")" >>"$results"
  stop_server
  echo "Round $round: graphql-js ..." >&2
  start_graphql_js
  echo "graphql-js card round=$round $(load graphql-js "$card")" >>"$results"
  echo "graphql-js light round=$round $(load graphql-js "$light")" >>"$results"
  stop_server
  echo "Round $round: Kestrel floor ..." >&2
  start_kestrel
  echo "kestrel light round=$round $(load kestrel "$light")" >>"$results"
  stop_server
done
load_after=$(uptime | sed 's/.*load average: //')

echo "wrk -t$threads -c$connections -d$duration after a $warmup warm-up, $rounds round(s); load average before: $load_before; after: $load_after"
echo
awk '
  function value(key,   i, pair) { for (i = 3; i <= NF; i++) { split($i, pair, "="); if (pair[1] == key) return pair[2] } }
  function ratio(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "-" }
  BEGIN {
    print "| query | server | round | req/s | p50 ms | p99 ms | failed |"
    print "|-------|--------|------:|------:|-------:|-------:|-------:|"
  }
  {
    round = value("round"); rps = value("rps"); rounds = round > rounds ? round : rounds
    at[$2 " " $1 " " round] = rps; sum[$2 " " $1] += rps
    printf "| %s | %s | %d | %d | %s | %s | %d |\n", ($2 == "card" ? "role card" : "role outputs"), $1, round, rps, value("p50"), value("p99"), value("failed") + value("socket_errors")
  }
  END {
    print ""
    print "| ratio of req/s | each round | all rounds | goal |"
    print "|----------------|-----------:|-----------:|-----:|"
    split("card teamgraph graphql-js >=_2|light teamgraph graphql-js |light teamgraph kestrel >=_0.4", lines, "|")
    for (l = 1; l <= 3; l++) {
      split(lines[l], w, " "); each = ""
      for (r = 1; r <= rounds; r++) each = each (r > 1 ? ", " : "") ratio(at[w[1] " " w[2] " " r], at[w[1] " " w[3] " " r])
      goal = w[4]; gsub("_", " ", goal)
      printf "| %s: %s / %s | %s | %s | %s |\n", (w[1] == "card" ? "role card" : "role outputs"), w[2], w[3], each, ratio(sum[w[1] " " w[2]], sum[w[1] " " w[3]]), goal
    }
  }' "$results"
