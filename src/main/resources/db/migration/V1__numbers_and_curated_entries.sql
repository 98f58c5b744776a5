-- Phone numbers are stored once, in E.164. A row exists only once somebody wrote about the number
-- (an editor or, later, a report): looking a number up never creates one.
create sequence phone_number_seq start with 1 increment by 50;

create table phone_number (
    id         bigint primary key,
    e164       varchar(20) not null,
    created_at timestamptz not null default now(),
    constraint phone_number_e164_key unique (e164)
);

-- The official information editors keep about a number. Lists are small and always read whole,
-- so they live as JSON in the row: the number page reads one row, never one per item.
create sequence curated_entry_seq start with 1 increment by 50;

create table curated_entry (
    id               bigint primary key,
    number_id        bigint not null references phone_number (id),
    owner_name       varchar(200) not null,
    verdict          varchar(30) not null,
    summary          varchar(2000) not null,
    call_reasons     jsonb not null default '[]',
    sales_note       varchar(2000),
    verify_tips      jsonb not null default '[]',
    prepare_tips     jsonb not null default '[]',
    contact_channels jsonb not null default '[]',
    sources          jsonb not null default '[]',
    last_verified    date,
    origin           varchar(10) not null,
    seed_hash        varchar(64),
    updated_at       timestamptz not null default now(),
    version          integer not null default 0,
    constraint curated_entry_number_key unique (number_id),
    constraint curated_entry_verdict_check
        check (verdict in ('LEGITIMATE', 'SALES', 'DEBT_COLLECTION', 'SCAM_WARNING', 'UNKNOWN')),
    constraint curated_entry_origin_check check (origin in ('SEED', 'EDITOR'))
);

-- "recently verified official entries" on the home page
create index curated_entry_last_verified_idx on curated_entry (last_verified desc nulls last, id);
