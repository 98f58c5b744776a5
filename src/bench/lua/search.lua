-- wrk: GET /search?q=..., spellings with spaces as people type them; the app answers 303 to the page.
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local bench = require("bench")

local sample

-- "20 12 34 56", "+45 20 12 34 56", "2012 3456", URL-encoded
local spellings = {
    function(n) return n:sub(1, 2) .. "%20" .. n:sub(3, 4) .. "%20" .. n:sub(5, 6) .. "%20" .. n:sub(7, 8) end,
    function(n) return "%2B45%20" .. n:sub(1, 2) .. "%20" .. n:sub(3, 4) .. "%20" .. n:sub(5, 6) .. "%20" .. n:sub(7, 8) end,
    function(n) return n:sub(1, 4) .. "%20" .. n:sub(5, 8) end,
}

function setup(thread)
    bench.setup(thread)
end

function init(args)
    sample = bench.init(args)
end

function request()
    local spell = spellings[math.random(#spellings)]
    return wrk.format("GET", "/search?q=" .. spell(bench.pick(sample)))
end

function done(summary, latency, requests)
    bench.report("search", summary, latency)
end
