-- Do the stored aggregates equal a recomputation from the reports? Run after loading and after
-- write load (report POSTs). Prints one line of key=value pairs; every value must be 0.
-- The aggregate is compared at each number's own scored_at, the moment its sums were decayed to.
\set ON_ERROR_STOP on
\pset tuples_only on
\pset format unaligned
set work_mem = '512MB';

with expected_counted as (
    select id, coalesce(row_number() over (partition by number_id, author_key
                                           order by created_at desc, id desc) = 1, false) as counted
    from report
    where status = 'VISIBLE' and author_key is not null
),
wrong_counted as (
    select count(*) as n
    from report r
    left join expected_counted e on e.id = r.id
    where r.counted <> coalesce(e.counted, false)
),
recomputed as materialized (
    select r.number_id as id,
           count(*) filter (where r.status = 'VISIBLE') as report_count,
           count(*) filter (where r.status = 'HELD') as held_count,
           count(*) filter (where r.counted) as people_count,
           count(*) filter (where r.counted and r.rating = 'POSITIVE') as positive_count,
           count(*) filter (where r.counted and r.rating = 'NEUTRAL') as neutral_count,
           count(*) filter (where r.counted and r.rating = 'NEGATIVE') as negative_count,
           coalesce(sum(r.score_value * w.weight) filter (where r.counted), 0) as value_sum,
           coalesce(sum(w.weight) filter (where r.counted), 0) as weight_sum,
           max(r.created_at) filter (where r.status = 'VISIBLE') as last_reported_at
    from report r
    join phone_number p on p.id = r.number_id
    cross join lateral (select power(2::float8,
            -extract(epoch from (p.scored_at - r.created_at))::float8 / (180 * 86400)) as weight) w
    group by r.number_id
),
wrong_aggregate as (
    select count(*) as n
    from phone_number p
    left join recomputed c on c.id = p.id
    where p.report_count <> coalesce(c.report_count, 0)
       or p.held_count <> coalesce(c.held_count, 0)
       or p.people_count <> coalesce(c.people_count, 0)
       or p.positive_count <> coalesce(c.positive_count, 0)
       or p.neutral_count <> coalesce(c.neutral_count, 0)
       or p.negative_count <> coalesce(c.negative_count, 0)
       or p.last_reported_at is distinct from c.last_reported_at
       or (c.people_count > 0 and (p.scored_at is null
           or abs(p.value_sum - c.value_sum) > 1e-6 * greatest(1, abs(c.value_sum))
           or abs(p.weight_sum - c.weight_sum) > 1e-6 * greatest(1, c.weight_sum)
           or p.score is null
           or abs(p.score - c.value_sum / (2 + c.weight_sum)) > 1e-6))
       or (coalesce(c.people_count, 0) = 0
           and (p.value_sum <> 0 or p.weight_sum <> 0 or coalesce(p.score, 0) <> 0))
),
category_expected as (
    select number_id, category, rating, count(*) as count from report where counted
    group by number_id, category, rating
),
wrong_category as (
    select count(*) as n
    from category_expected e
    full join number_category_count s
        on s.number_id = e.number_id and s.category = e.category and s.rating = e.rating
    where s.count is distinct from e.count and coalesce(s.count, 0) + coalesce(e.count, 0) > 0
),
wrong_helpful as (
    select count(*) as n
    from report r
    left join (select report_id, count(*) as votes from helpful_vote group by report_id) v on v.report_id = r.id
    where r.helpful_count <> coalesce(v.votes, 0)
),
orphans as (
    select count(*) as n from report r where not exists (select 1 from phone_number p where p.id = r.number_id)
)
select 'wrong_counted=' || (select n from wrong_counted)
    || ' wrong_aggregates=' || (select n from wrong_aggregate)
    || ' wrong_category_counts=' || (select n from wrong_category)
    || ' wrong_helpful_counts=' || (select n from wrong_helpful)
    || ' orphan_reports=' || (select n from orphans);
