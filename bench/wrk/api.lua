-- wrk script of bin/dev/benchmark.sh for the API and its raw-JDBC twin.
--   BENCH_AUTH   value of the Authorization header
--   BENCH_IDS    "first:count": append an id to the URL path, rotating over count ids from first
--                (a fixed stride through the range, the same sequence for the application and the twin);
--                without it every request asks for the URL as given.
-- done() prints one line "RESULT key=value ..." that the script parses: latencies in milliseconds.

local auth = os.getenv("BENCH_AUTH")
local first, count = (os.getenv("BENCH_IDS") or ""):match("^(%d+):(%d+)$")
first, count = tonumber(first), tonumber(count)

local threads = {}
function setup(thread)
    thread:set("tid", #threads)
    table.insert(threads, thread)
end

local counter = 0
local fixed
function init(args)
    if auth then
        wrk.headers["Authorization"] = auth
    end
    counter = (tid or 0) * 500009
    fixed = wrk.format(nil, wrk.path)
end

function request()
    if not first then
        return fixed
    end
    counter = counter + 1
    return wrk.format(nil, wrk.path .. (first + (counter * 104729) % count))
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        "RESULT requests=%d seconds=%.3f rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f status_errors=%d timeouts=%d socket_errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, e.status, e.timeout, e.connect + e.read + e.write))
end
