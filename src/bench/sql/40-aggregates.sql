-- Benchmark data, step 4: the numbers' rows, with the community aggregate computed from the reports
-- in one set-based pass (what the app keeps up to date report by report):
--   report_count      visible reports
--   people_count      counted reports (an author's latest visible one), split into
--                     positive_count / neutral_count / negative_count by rating
--   value_sum         sum of score_value * 2^(-(scored_at - created_at) / 180 days) over counted reports
--   weight_sum        sum of those weights
--   score             value_sum / (2 + weight_sum); left empty, like scored_at, when nobody counts
--   last_reported_at  the newest visible report
-- Numbers whose reports are all hidden look like numbers nobody reported.
\set ON_ERROR_STOP on

insert into phone_number (id, e164, created_at, report_count, people_count, positive_count, neutral_count,
                          negative_count, value_sum, weight_sum, scored_at, score, last_reported_at)
select n.id, n.e164, coalesce(a.first_at, p.t0),
       coalesce(a.report_count, 0), coalesce(a.people_count, 0),
       coalesce(a.positive_count, 0), coalesce(a.neutral_count, 0), coalesce(a.negative_count, 0),
       coalesce(a.value_sum, 0), coalesce(a.weight_sum, 0),
       case when a.people_count > 0 then p.t0 end,
       case when a.people_count > 0 then a.value_sum / (2 + a.weight_sum) end,
       a.last_at
from bench.num n
cross join bench.param p
left join (
    select r.number_id,
           count(*) filter (where r.status = 'VISIBLE') as report_count,
           count(*) filter (where r.counted) as people_count,
           count(*) filter (where r.counted and r.rating = 'POSITIVE') as positive_count,
           count(*) filter (where r.counted and r.rating = 'NEUTRAL') as neutral_count,
           count(*) filter (where r.counted and r.rating = 'NEGATIVE') as negative_count,
           coalesce(sum(r.score_value * w.weight) filter (where r.counted), 0) as value_sum,
           coalesce(sum(w.weight) filter (where r.counted), 0) as weight_sum,
           max(r.created_at) filter (where r.status = 'VISIBLE') as last_at,
           min(r.created_at) as first_at
    from report r
    cross join bench.param p
    cross join lateral (select power(2::float8,
            -extract(epoch from (p.t0 - r.created_at))::float8 / (180 * 86400)) as weight) w
    group by r.number_id
) a on a.number_id = n.id
order by n.id;

select count(*) as numbers,
       count(*) filter (where people_count > 0) as scored,
       max(report_count) as most_reports,
       round(avg(score)::numeric, 3) as average_score
from phone_number;
