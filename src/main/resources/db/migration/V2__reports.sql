-- Crowd reports: what people experienced with calls from a number.
create sequence report_seq start with 1 increment by 50;

create table report (
    id            bigint primary key,
    number_id     bigint not null references phone_number (id),
    rating        varchar(10) not null,
    category      varchar(30) not null,
    comment       varchar(2000) not null,
    caller_name   varchar(100),
    called_on     date,
    -- keyed hash of the client address; never the address itself; cleared after the retention period
    author_key    varchar(64),
    created_at    timestamptz not null default now(),
    -- VISIBLE: public and scored; HELD: waiting for a moderator; HIDDEN: removed by a moderator
    status        varchar(10) not null default 'VISIBLE',
    -- true for the author's latest visible report on the number: the only one that is scored
    counted       boolean not null default false,
    -- the report's contribution to the score before decay (-2 .. 1)
    score_value   smallint not null,
    helpful_count integer not null default 0,
    flag_count    integer not null default 0,
    hidden_reason varchar(30),
    constraint report_rating_check check (rating in ('POSITIVE', 'NEUTRAL', 'NEGATIVE')),
    constraint report_status_check check (status in ('VISIBLE', 'HELD', 'HIDDEN'))
);

-- the number page: newest first, keyset pagination on (created_at, id)
create index report_number_recent_idx on report (number_id, created_at desc, id desc);
-- the most helpful praise and complaints
create index report_number_helpful_idx on report (number_id, rating, helpful_count desc, id desc)
    where status = 'VISIBLE';
-- latest public reports anywhere (home page)
create index report_recent_visible_idx on report (created_at desc, id desc) where status = 'VISIBLE';
-- an author's reports on a number: which one counts, and (later) the once-a-day rule
create index report_number_author_idx on report (number_id, author_key, created_at desc, id desc);
-- one scored report per author and number
create unique index report_counted_author_idx on report (number_id, author_key) where counted;

-- The community aggregate lives with the number and is changed by single SQL statements in the
-- same transaction as the report, so reads never recompute and concurrent writes never lose one.
-- value_sum and weight_sum are decayed to scored_at: sum of v * 2^(-(scored_at - created_at) / half-life).
alter table phone_number
    add column report_count     integer not null default 0,
    add column people_count     integer not null default 0,
    add column positive_count   integer not null default 0,
    add column neutral_count    integer not null default 0,
    add column negative_count   integer not null default 0,
    add column value_sum        double precision not null default 0,
    add column weight_sum       double precision not null default 0,
    add column scored_at        timestamptz,
    add column score            double precision,
    add column last_reported_at timestamptz;

-- counted reports per category and rating: the category breakdown and the complaint themes
create table number_category_count (
    number_id bigint not null references phone_number (id),
    category  varchar(30) not null,
    rating    varchar(10) not null,
    count     integer not null,
    primary key (number_id, category, rating)
);

-- one helpful vote per author key and report
create table helpful_vote (
    report_id  bigint not null references report (id),
    author_key varchar(64) not null,
    created_at timestamptz not null default now(),
    primary key (report_id, author_key)
);
