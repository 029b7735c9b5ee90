-- wrk script: POSTs the GraphQL request in $BODY_FILE, counts answers that are not a clean 200 (a GraphQL error is
-- still a 200 under some media types, so the body is checked too) and prints one RESULT line for graphql-load.sh.
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  local file = assert(io.open(os.getenv("BODY_FILE"), "r"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/graphql-response+json"
  failures = 0
end

response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    failures = failures + 1
  end
end

done = function(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p90=%.2f p99=%.2f max=%.2f requests=%d failed=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, failed, socket))
end
