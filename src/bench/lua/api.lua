-- wrk: GET /api/v1/numbers/{n}, the open-data answer for a number (JSON), at the same numbers as number.lua.
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local bench = require("bench")

local sample

function setup(thread)
    bench.setup(thread)
end

function init(args)
    sample = bench.init(args)
    wrk.headers["Accept"] = "application/json"
end

function request()
    return wrk.format("GET", "/api/v1/numbers/" .. bench.pick(sample))
end

function done(summary, latency, requests)
    bench.report("api", summary, latency)
end
