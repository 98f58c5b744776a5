-- Benchmark data, step 1: which numbers exist, how popular each is and what kind of caller it is.
-- Rank k = 1 is the most reported number. Reports per number follow a Zipf-like law:
--   count(k) = 1 + floor(top * k^-zipf * (0.5 + u)),
-- so a few numbers get thousands of reports and the long tail gets one or two.
-- Numbers are valid Danish ones (libphonenumber's view): nine in ten are 8-digit numbers 2d[1-9]xxxxx,
-- one in ten a 70-number 70[1-9]xxxxx (2d0... and 700... are not valid). A multiplication modulo the
-- size of the range (by a factor prime to it) scatters the ranks over it without repeating a number.
\set ON_ERROR_STOP on

create unlogged table bench.num as
with ranked as (
    select k,
           case when k % 10 = 3
                then 70000000 + (1 + v70 / 100000) * 100000 + v70 % 100000
                else 20000000 + (v2 / 900000) * 1000000 + (1 + (v2 / 100000) % 9) * 100000 + v2 % 100000
           end as national
    from generate_series(1, (select numbers from bench.param)) k
    cross join lateral (select ((k / 10) * 387799) % 900000 as v70, (k * 7368787) % 9000000 as v2) v
),
shaped as (
    select r.k,
           '+45' || r.national as e164,
           r.national::text as national,
           case when bench.u(r.k, 1) < 0.15 then 'SCAM'
                when bench.u(r.k, 1) < 0.60 then 'SALES'
                when bench.u(r.k, 1) < 0.90 then 'SERVICE'
                else 'DEBT'
           end as profile,
           1 + floor(p.top * power(r.k, -p.zipf) * (0.5 + bench.u(r.k, 2)))::int as cnt
    from ranked r cross join bench.param p
    -- numbers the app already knows (the curated seed file) keep their own row
    where not exists (select 1 from phone_number pn where pn.e164 = '+45' || r.national)
)
select s.*,
       p.number_base + s.k as id,
       -- stable per-number offset into the author pool: authors of one number never collide by chance
       hashint8extended(s.k, 7) as author_offset
from shaped s cross join bench.param p;

create unique index on bench.num (id);
analyze bench.num;

select count(*) as numbers, sum(cnt) as reports_planned, max(cnt) as most_reports,
       count(*) filter (where cnt <= 2) as with_one_or_two
from bench.num;
