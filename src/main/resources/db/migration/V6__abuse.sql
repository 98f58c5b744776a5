-- One report per author key and number per 24 hours, kept by the database itself: two requests
-- that race cannot both get in. A key removed after the retention period (null) never conflicts.
create extension if not exists btree_gist;

-- Adding a fixed number of hours to a timestamptz does not depend on the time zone, so this is
-- immutable even though timestamptz + interval in general is not.
create function report_day_window(created timestamptz) returns tstzrange
    language sql immutable parallel safe
    as $$ select tstzrange(created, created + interval '24 hours') $$;

alter table report add constraint report_once_a_day
    exclude using gist (number_id with =, author_key with =, report_day_window(created_at) with &&);

-- When a burst of reports from new authors was last seen on a number: its new reports are held
-- and the number goes to the top of the moderator queue.
alter table phone_number add column burst_at timestamptz;
create index phone_number_burst_idx on phone_number (burst_at desc) where burst_at is not null;

-- the retention job finds old author keys without a full scan
create index report_author_key_age_idx on report (created_at) where author_key is not null;
