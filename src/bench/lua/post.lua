-- wrk: new reports the way a visitor sends them: GET the report form of a number, then POST it with the
-- form's CSRF token (cookie and hidden field) and form token, both from the same made-up address
-- (X-Forwarded-For; run.sh lets the app trust wrk's loopback address as a proxy). The app binds the form
-- token to the client and the number, so every POST needs its own form GET; a new address per pair keeps
-- the one-report-per-author-and-day rule from refusing any.
--
-- run.sh runs this with as many threads as connections: wrk's response() does not say which connection
-- answered, but with one connection per thread (each thread has its own Lua state) a thread's requests
-- strictly alternate, form GET then report POST, and the last form's tokens belong to the next POST.
--
-- Extra args after the three of bench.lua: form path (a format with %s for the number, e.g.
-- /nummer/%s/anmeld), a piece of the thank-you redirect's Location (e.g. /tak), run number (unique per
-- wrk run, so that warm-up and measured run use different addresses).
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local bench = require("bench")

local sample, thread_id, run, form_path, done_mark
local base_headers = {}
local started = 0          -- form GETs sent, one per made-up address
local form = nil           -- the tokens of the form that just arrived, for the next request
local waiting_for = nil    -- "form" or "post": what the request in flight was
local in_flight = nil      -- its number and address
local counts = { posts = 0, created = 0, form_failed = 0 }
local statuses = {}

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
    form_path = args[4]
    done_mark = args[5]
    run = tonumber(args[6]) or 0
    assert(form_path and form_path:find("%s", 1, true), "the form path needs a %s for the number")
    -- the form page is parsed here, not measured: uncompressed
    wrk.headers["Accept-Encoding"] = nil
    for name, value in pairs(wrk.headers) do
        base_headers[name] = value
    end
end

-- IPv4, one per form: the app counts an IPv6 address per /64 network (ClientKey), so made-up IPv6
-- addresses in one /64 would all be one author. Second octet: thread and run (run.sh allows at most
-- 127 threads), the last two: the form's sequence number in this thread.
local function address(n)
    return string.format("10.%d.%d.%d", ((run - 1) % 2) * 128 + thread_id, math.floor(n / 256) % 256, n % 256)
end

local function headers(extra)
    local all = {}
    for name, value in pairs(base_headers) do
        all[name] = value
    end
    for name, value in pairs(extra) do
        all[name] = value
    end
    return all
end

function request()
    if form then
        local f = form
        form = nil
        waiting_for, in_flight = "post", f
        local body = "csrf-token=" .. f.csrf .. "&formToken=" .. f.token .. "&website="
            .. "&rating=" .. ratings[math.random(#ratings)]
            .. "&category=" .. categories[math.random(#categories)]
            .. "&comment=" .. comments[math.random(#comments)]
        return wrk.format("POST", "/nummer/" .. f.number .. "/anmeldelser", headers({
            ["X-Forwarded-For"] = f.address,
            ["Cookie"] = "csrf-token=" .. f.cookie,
            ["Content-Type"] = "application/x-www-form-urlencoded",
        }), body)
    end
    started = started + 1
    local number = bench.pick(sample)
    waiting_for, in_flight = "form", { number = number, address = address(started) }
    return wrk.format("GET", string.format(form_path, number), headers({ ["X-Forwarded-For"] = in_flight.address }))
end

-- a hidden field's value, whichever order its attributes come in
local function field(body, name)
    local pattern = name:gsub("%-", "%%-")
    return body:match('name="' .. pattern .. '"%s+value="([^"]*)"')
        or body:match('value="([^"]*)"%s+name="' .. pattern .. '"')
end

local function count(key)
    counts[key] = (counts[key] or 0) + 1
    wrk.thread:set(key, counts[key])
end

function response(status, headers, body)
    if waiting_for == "form" then
        local token = status == 200 and field(body, "formToken")
        local csrf = status == 200 and field(body, "csrf-token")
        if token and csrf then
            local set_cookie = headers["Set-Cookie"] or headers["set-cookie"] or ""
            -- the cookie holds the same token as the field; wrk keeps only the last Set-Cookie line
            local cookie = set_cookie:match("csrf%-token=([^;]+)") or csrf
            form = { number = in_flight.number, address = in_flight.address, csrf = csrf, token = token, cookie = cookie }
        else
            count("form_failed")
        end
    elseif waiting_for == "post" then
        count("posts")
        local location = headers["Location"] or headers["location"] or ""
        if status == 303 and location:find(done_mark, 1, true) then
            count("created")
        else
            statuses[status] = (statuses[status] or 0) + 1
            wrk.thread:set("status" .. status, statuses[status])
        end
    end
    waiting_for = nil
end

local all_threads = {}

function setup(thread)
    bench.setup(thread)
    all_threads[#all_threads + 1] = thread
end

function done(summary, latency, requests)
    local totals = { posts = 0, created = 0, form_failed = 0 }
    local others = {}
    for _, thread in ipairs(all_threads) do
        for key in pairs(totals) do
            totals[key] = totals[key] + (tonumber(thread:get(key)) or 0)
        end
        for _, status in ipairs({ 200, 302, 303, 400, 403, 404, 409, 413, 429, 500, 502, 503 }) do
            others[status] = (others[status] or 0) + (tonumber(thread:get("status" .. status)) or 0)
        end
    end
    local extra = string.format("posts=%d created=%d form_failed=%d", totals.posts, totals.created, totals.form_failed)
    for status, n in pairs(others) do
        if n > 0 then
            extra = extra .. " status_" .. status .. "=" .. n
        end
    end
    bench.report("post", summary, latency, extra)
end
