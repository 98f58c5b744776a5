-- wrk: POST /nummer/{n}/anmeldelser, a new report from a new author each time. run.sh fetches one
-- page first and passes its CSRF token (cookie and form field are the same token) and form timer;
-- every request comes from its own made-up address (X-Forwarded-For; run.sh lets the app trust
-- wrk's loopback address as a proxy), so the one-report-per-author-and-day rule never refuses one.
-- Extra args after the three of bench.lua: csrf token, form token, run number (unique per wrk run).
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local bench = require("bench")

local sample, body_start, thread_id, run
local sent = 0
local created = 0

local ratings = { "NEGATIVE", "NEGATIVE", "NEGATIVE", "NEUTRAL", "POSITIVE" }
local categories = { "SALES", "CUSTOMER_SERVICE", "SURVEY", "SCAM_PHISHING", "SILENT_CALL", "OTHER" }
local comments = {
    "Ringede+midt+i+middagen+og+ville+s%C3%A6lge+et+nyt+abonnement.",
    "Venlig+medarbejder%2C+fik+hj%C3%A6lp+til+min+regning+med+det+samme.",
    "Ingen+sagde+noget%2C+linjen+blev+lagt+p%C3%A5+efter+et+par+sekunder.",
    "Sp%C3%B8rgeskema+om+str%C3%B8m%2C+tog+fem+minutter.",
}

function init(args)
    sample = bench.init(args)
    thread_id = tonumber(wrk.thread:get("id")) or 0
    run = tonumber(args[6]) or 0
    body_start = "csrf-token=" .. args[4] .. "&formToken=" .. args[5] .. "&website="
    wrk.headers["Cookie"] = "csrf-token=" .. args[4]
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
    sent = sent + 1
    local body = body_start
        .. "&rating=" .. ratings[math.random(#ratings)]
        .. "&category=" .. categories[math.random(#categories)]
        .. "&comment=" .. comments[math.random(#comments)]
    -- IPv4: the app counts an IPv6 address per /64 network (ClientKey), so made-up IPv6 addresses in
    -- one /64 would all be one author
    wrk.headers["X-Forwarded-For"] = string.format("%d.%d.%d.%d", 10 + math.floor(sent / 65536),
        run * 16 + thread_id, math.floor(sent / 256) % 256, sent % 256)
    return wrk.format("POST", "/nummer/" .. bench.pick(sample) .. "/anmeldelser", nil, body)
end

-- a report is saved when the answer is the redirect to the thank-you line (303 to ?sendt=1)
local statuses = {}

function response(status, headers, body)
    if status ~= 303 then
        statuses[status] = (statuses[status] or 0) + 1
        wrk.thread:set("status" .. status, statuses[status])
    end
    if status == 303 and (headers["Location"] or headers["location"] or ""):find("sendt=1", 1, true) then
        created = created + 1
        wrk.thread:set("created", created)
    end
end

local all_threads = {}

function setup(thread)
    bench.setup(thread)
    all_threads[#all_threads + 1] = thread
end

function done(summary, latency, requests)
    local total = 0
    local others = {}
    for _, thread in ipairs(all_threads) do
        total = total + (tonumber(thread:get("created")) or 0)
        for _, status in ipairs({ 400, 403, 409, 413, 429, 500, 502, 503 }) do
            others[status] = (others[status] or 0) + (tonumber(thread:get("status" .. status)) or 0)
        end
    end
    local extra = "created=" .. total
    for status, n in pairs(others) do
        if n > 0 then
            extra = extra .. " status_" .. status .. "=" .. n
        end
    end
    bench.report("post", summary, latency, extra)
end
