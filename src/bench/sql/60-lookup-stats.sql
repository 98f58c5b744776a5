-- Benchmark data, step 7: lookup statistics (issue 6).
-- ======================================================================================
-- HOOK FOR THE LOOKUP STATISTICS (stats engineer): generate.sh runs this file only when
-- every table named on a "requires-table" line exists, and skips it with a message
-- otherwise. Replace the placeholder below with the daily-statistics table(s) of V4 and
-- fill in the insert, e.g. lookups per number and day for the last 30 days, more for the
-- numbers with many reports (bench.num has k = popularity rank and cnt = reports;
-- bench.param has t0 = "now" and bench.u(key, salt) a deterministic uniform [0, 1)).
-- ======================================================================================
-- requires-table: TODO_lookup_statistics_table
\set ON_ERROR_STOP on

-- insert into <daily table> (number_id, day, lookups)
-- select n.id, (p.t0 at time zone 'Europe/Copenhagen')::date - d,
--        1 + floor(n.cnt * 3 * bench.u(n.k * 64 + d, 30))::int
-- from bench.num n
-- cross join bench.param p
-- cross join generate_series(0, 29) d
-- where n.k <= 100000 and bench.u(n.k * 64 + d, 31) < least(1.0, 0.2 + n.cnt / 50.0);
