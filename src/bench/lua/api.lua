-- wrk: GET /api/v1/numbers/{n}, the open-data answer for a number (JSON), at the same numbers as number.lua.
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
require("bench").get_numbers("api", "/api/v1/numbers/", { Accept = "application/json" })
