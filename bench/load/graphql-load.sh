#!/usr/bin/env bash
# Load test of the GraphQL API with wrk: three representative queries against the API serving seed/.
# Usage: bench/load/graphql-load.sh [--url URL] [--duration 20s] [--connections 16] [--threads 2]
# Without --url it builds the API in Release, starts it on 127.0.0.1:5090 serving seed/, and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."

url="" duration=20s connections=16 threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }

api_pid=""
if [ -z "$url" ]; then
  url=http://127.0.0.1:5090/graphql
  dotnet build src/TeamGraph.Api -c Release -v quiet -nologo >/dev/null
  api_log=$(mktemp)
  Logging__LogLevel__Default=Warning dotnet run --project src/TeamGraph.Api -c Release --no-build --no-launch-profile \
    --urls http://127.0.0.1:5090 >"$api_log" 2>&1 &
  api_pid=$!
  trap 'kill "$api_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do
    curl -sf -o /dev/null http://127.0.0.1:5090/health/ready && break
    sleep 1
  done
  curl -sf -o /dev/null http://127.0.0.1:5090/health/ready || { echo "the API did not start; its log: $api_log" >&2; exit 1; }
fi

echo "| Query | Requests/s | p50 ms | p90 ms | p99 ms | max ms | Requests | Failed |"
echo "|-------|-----------:|-------:|-------:|-------:|-------:|---------:|-------:|"
for body in bench/load/queries/*.json; do
  name=$(basename "$body" .json)
  # A short warm-up run lets the JIT and the chain index settle before the measured run.
  BODY_FILE="$body" wrk -t"$threads" -c"$connections" -d3s -s bench/load/post.lua "$url" >/dev/null
  line=$(BODY_FILE="$body" wrk -t"$threads" -c"$connections" -d"$duration" -s bench/load/post.lua "$url" | grep '^RESULT')
  declare -A r=()
  for pair in ${line#RESULT }; do r[${pair%%=*}]=${pair#*=}; done
  echo "| $name | ${r[rps]} | ${r[p50]} | ${r[p90]} | ${r[p99]} | ${r[max]} | ${r[requests]} | $(( r[failed] + r[socket_errors] )) |"
done
