-- Benchmark data, step 3: helpful votes, one row per vote, matching each report's helpful_count.
\set ON_ERROR_STOP on

insert into helpful_vote (report_id, author_key, created_at)
select r.id,
       encode(sha256(int8send((hashint8extended(r.id, 21) + v) & (p.author_pool - 1))), 'hex'),
       least(p.t0, r.created_at + make_interval(hours => v * 7))
from report r
cross join bench.param p
cross join lateral generate_series(1, r.helpful_count) v
where r.helpful_count > 0;

select count(*) as helpful_votes from helpful_vote;
