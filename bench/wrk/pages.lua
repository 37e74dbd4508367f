-- wrk script of bin/dev/benchmark.sh for Faces pages with signed-in users.
--   BENCH_SESSIONS  file with one signed-in session a line: JSESSIONID <tab> ViewState <tab> CSP nonce
--                   (the view state and nonce of a commissioner/logs.xhtml view of that session)
--   BENCH_MODE      "page": GET the URL; "ajax": the data table's paging request (POST, partial/ajax),
--                   pages 2 to 11 in turn
-- Requests rotate over the sessions; an answer other than 200, or a partial response with an <error>,
-- counts as an error. done() prints "RESULT key=value ...", latencies in milliseconds.

local mode = os.getenv("BENCH_MODE") or "page"
local file = os.getenv("BENCH_SESSIONS")

local threads = {}
function setup(thread)
    thread:set("tid", #threads)
    table.insert(threads, thread)
end

local function urlencode(s)
    return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local sessions = {}
local counter = 0
bad = 0 -- global: done() reads it from every thread
function init(args)
    for line in io.lines(file) do
        local id, state, nonce = line:match("^([^\t]+)\t([^\t]*)\t([^\t]*)$")
        if id then
            table.insert(sessions, { cookie = "JSESSIONID=" .. id, state = urlencode(state), nonce = urlencode(nonce) })
        end
    end
    counter = tid or 0
end

local table_id = "listForm:logs"
local function ajax_body(s, page)
    local t = urlencode(table_id)
    return "jakarta.faces.partial.ajax=true&jakarta.faces.source=" .. t
        .. "&jakarta.faces.partial.execute=" .. t .. "&jakarta.faces.partial.render=" .. t
        .. "&" .. t .. "=" .. t .. "&" .. t .. "_pagination=true&" .. t .. "_first=" .. (page * 20)
        .. "&" .. t .. "_rows=20&" .. t .. "_skipChildren=true&" .. t .. "_encodeFeature=true"
        .. "&listForm=listForm&jakarta.faces.ViewState=" .. s.state .. "&primefaces.nonce=" .. s.nonce
end

function request()
    counter = counter + 1
    local s = sessions[(counter % #sessions) + 1]
    if mode == "ajax" then
        return wrk.format("POST", wrk.path, {
            ["Cookie"] = s.cookie,
            ["Accept-Language"] = "zh-CN",
            ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8",
            ["Faces-Request"] = "partial/ajax",
            ["X-Requested-With"] = "XMLHttpRequest",
        }, ajax_body(s, 1 + math.floor(counter / #sessions) % 10))
    end
    return wrk.format("GET", wrk.path, { ["Cookie"] = s.cookie, ["Accept-Language"] = "zh-CN" })
end

function response(status, headers, body)
    if status ~= 200 or (mode == "ajax" and body:find("<error>", 1, true)) then
        bad = bad + 1
    end
end

function done(summary, latency, requests)
    local e = summary.errors
    local failed = 0
    for _, thread in ipairs(threads) do
        failed = failed + (thread:get("bad") or 0)
    end
    io.write(string.format(
        "RESULT requests=%d seconds=%.3f rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f status_errors=%d timeouts=%d socket_errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, math.max(e.status, failed), e.timeout, e.connect + e.read + e.write))
end
