-- Shared by the wrk scripts in this folder: the sample of numbers, browser-like headers and the
-- result line that run.sh reads. wrk runs one Lua state per thread (setup/init/request) and one
-- for the summary (done).
local bench = {}

-- args (after "--" on wrk's command line): sample file, share of requests for the hot set, gzip 1/0
function bench.init(args)
    local hot, cold = {}, {}
    for line in io.lines(args[1]) do
        local kind, number = line:match("^(%a) (%d+)$")
        if kind == "H" then
            hot[#hot + 1] = number
        elseif kind == "C" then
            cold[#cold + 1] = number
        end
    end
    assert(#hot > 0 and #cold > 0, "the sample " .. args[1] .. " has no hot or no cold numbers")
    local id = tonumber(wrk.thread:get("id")) or 0
    math.randomseed(os.time() * 97 + id)
    wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) ringtjek-bench"
    wrk.headers["Accept"] = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"
    wrk.headers["Accept-Language"] = "da,en;q=0.8"
    if args[3] ~= "0" then
        wrk.headers["Accept-Encoding"] = "gzip"
    end
    return { hot = hot, cold = cold, hot_share = tonumber(args[2]) or 0.8 }
end

local threads = 0

function bench.setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end

-- a number from the hot set with probability hot_share, otherwise one from the cold tail
function bench.pick(sample)
    local list = math.random() < sample.hot_share and sample.hot or sample.cold
    return list[math.random(#list)]
end

-- one line of key=value pairs, latencies in microseconds; extra: more pairs ("key=value ...") or nil
function bench.report(endpoint, summary, latency, extra)
    local seconds = summary.duration / 1e6
    local errors = summary.errors
    io.write(string.format(
        "BENCH endpoint=%s requests=%d seconds=%.3f rps=%.1f p50_us=%d p99_us=%d p999_us=%d max_us=%d "
            .. "bytes=%d status_errors=%d socket_errors=%d timeouts=%d%s\n",
        endpoint, summary.requests, seconds, summary.requests / seconds,
        math.floor(latency:percentile(50)), math.floor(latency:percentile(99)),
        math.floor(latency:percentile(99.9)), math.floor(latency.max), summary.bytes, errors.status,
        errors.connect + errors.read + errors.write, errors.timeout, extra and (" " .. extra) or ""))
end

-- Makes the calling script a GET of path_prefix .. number at the sampled numbers, reported as endpoint
-- (wrk looks for setup, init, request and done as globals); headers are added to every request.
function bench.get_numbers(endpoint, path_prefix, headers)
    local sample
    setup = function(thread) bench.setup(thread) end
    init = function(args)
        sample = bench.init(args)
        for name, value in pairs(headers or {}) do
            wrk.headers[name] = value
        end
    end
    request = function() return wrk.format("GET", path_prefix .. bench.pick(sample)) end
    done = function(summary, latency, requests) bench.report(endpoint, summary, latency) end
end

return bench
