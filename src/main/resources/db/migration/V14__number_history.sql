-- The story over time (issue 18): a number's weeks, and when its callers ring. Like the aggregate on
-- phone_number, these tables are changed by the report writes, in their transaction and under the
-- number's row lock (report.HistoryUpdates); a page only reads them. Weeks are ISO weeks in Danish
-- time, named by their Monday (report.TrendRules).

-- the time of day a call came, if the author gave it (the heatmap); the day is called_on, else the
-- day the report was written
alter table report add column called_time time;

create table number_week (
    number_id      bigint not null references phone_number (id),
    week           date not null,
    -- counted reports (each author's latest visible one) written this week, by rating
    positive_count integer not null default 0,
    neutral_count  integer not null default 0,
    negative_count integer not null default 0,
    -- distinct authors of the visible reports written this week (a report without an author key is one)
    reporter_count integer not null default 0,
    -- the counted reports' sums of value and weight, decayed to the end of this week: the score at the
    -- end of any week follows from these and the number's aggregate without reading a report
    value_sum      double precision not null default 0,
    weight_sum     double precision not null default 0,
    primary key (number_id, week),
    constraint number_week_week_check check (extract(isodow from week) = 1)
);

-- the home page's current waves: this week's and last week's rows with many complaints
create index number_week_recent_idx on number_week (week, negative_count);

-- visible reports with a time of day, per weekday (ISO, 1 = Monday) and hour
create table number_call_time (
    number_id bigint not null references phone_number (id),
    weekday   smallint not null,
    hour      smallint not null,
    count     integer not null,
    primary key (number_id, weekday, hour),
    constraint number_call_time_cell_check check (weekday between 1 and 7 and hour between 0 and 23)
);

-- The weeks of the reports already stored. The sums use the default half-life (180 days,
-- ringtjek.report.half-life); an installation with another one repairs them with report.HistoryCheck.
insert into number_week (number_id, week, positive_count, neutral_count, negative_count, value_sum, weight_sum)
select number_id, week,
       count(*) filter (where rating = 'POSITIVE'),
       count(*) filter (where rating = 'NEUTRAL'),
       count(*) filter (where rating = 'NEGATIVE'),
       sum(score_value * power(2::float8, -extract(epoch from (week_end - created_at))::float8 / (180 * 86400))),
       sum(power(2::float8, -extract(epoch from (week_end - created_at))::float8 / (180 * 86400)))
from (select number_id, rating, score_value, created_at,
             cast(date_trunc('week', created_at at time zone 'Europe/Copenhagen') as date) as week,
             (date_trunc('week', created_at at time zone 'Europe/Copenhagen') + interval '7 days')
                 at time zone 'Europe/Copenhagen' as week_end
      from report where counted) r
group by number_id, week;

insert into number_week (number_id, week, reporter_count)
select number_id, cast(date_trunc('week', created_at at time zone 'Europe/Copenhagen') as date),
       count(distinct coalesce(author_key, 'report:' || id))
from report where status = 'VISIBLE'
group by 1, 2
on conflict (number_id, week) do update set reporter_count = excluded.reporter_count;
