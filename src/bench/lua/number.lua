-- wrk: GET /nummer/{n}, the full number page, at canonical paths (8 national digits).
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local bench = require("bench")

local sample

function setup(thread)
    bench.setup(thread)
end

function init(args)
    sample = bench.init(args)
end

function request()
    return wrk.format("GET", "/nummer/" .. bench.pick(sample))
end

function done(summary, latency, requests)
    bench.report("number", summary, latency)
end
