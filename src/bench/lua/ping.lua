-- wrk: GET /ping, the app's plain-text ceiling (same headers as the other scripts).
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local bench = require("bench")

local prepared

function setup(thread)
    bench.setup(thread)
end

function init(args)
    bench.init(args)
    prepared = wrk.format("GET", "/ping")
end

function request()
    return prepared
end

function done(summary, latency, requests)
    bench.report("ping", summary, latency)
end
