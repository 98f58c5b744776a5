-- wrk: GET /nummer/{n}, the full number page, at canonical paths (8 national digits).
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
require("bench").get_numbers("number", "/nummer/")
