-- Lookup statistics: how often a number's page is viewed, and reports received, per day.
-- Keyed by the E.164 string, not phone_number.id: looking a number up never creates its row.
-- Counters change only through "n = n + delta" upserts, so several app instances never lose a count.

-- One row per number and day. The number page reads its last 30 days through the primary key.
create table number_daily_stats (
    e164    varchar(20) not null,
    day     date not null,
    lookups bigint not null default 0,
    reports integer not null default 0,
    constraint number_daily_stats_pkey primary key (e164, day)
) with (fillfactor = 90);

-- Most looked-up numbers today and in the last 7 days (home page): a range scan over the days.
-- The counters are deliberately not indexed, so the frequent "+ delta" updates stay HOT.
create index number_daily_stats_day_idx on number_daily_stats (day);

-- "Looked up N times": one row per number, changed by the same statement as the daily row.
create table number_lookup_total (
    e164    varchar(20) not null,
    lookups bigint not null default 0,
    constraint number_lookup_total_pkey primary key (e164)
) with (fillfactor = 90);

-- Numbers with the most complaints in the last 7 days (home page): public negative reports by time,
-- with what the count needs, so the list reads the index only.
create index report_negative_recent_idx on report (created_at desc) include (number_id, author_key)
    where status = 'VISIBLE' and rating = 'NEGATIVE';
