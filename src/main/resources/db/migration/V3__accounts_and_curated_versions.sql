-- Staff accounts: moderators, editors and admins. Passwords are stored only as bcrypt hashes.
create sequence staff_account_seq start with 1 increment by 50;

create table staff_account (
    id                  bigint primary key,
    -- always lower case, so that "Admin" and "admin" are one account
    username            varchar(60) not null,
    password_hash       varchar(100) not null,
    enabled             boolean not null default true,
    created_at          timestamptz not null default now(),
    created_by          varchar(60),
    password_changed_at timestamptz not null default now(),
    constraint staff_account_username_key unique (username),
    constraint staff_account_username_check check (username = lower(username)),
    constraint staff_account_password_check check (password_hash like '$2%')
);

-- A person may have several roles.
create table staff_account_role (
    account_id bigint not null references staff_account (id),
    role       varchar(20) not null,
    primary key (account_id, role),
    constraint staff_account_role_check check (role in ('moderator', 'editor', 'admin'))
);

-- Every save of a curated entry by an editor: who, when, the whole entry as it was saved, and
-- which fields changed. Rows are only ever added.
create sequence curated_entry_version_seq start with 1 increment by 50;

create table curated_entry_version (
    id             bigint primary key,
    entry_id       bigint not null references curated_entry (id),
    editor         varchar(60) not null,
    created_at     timestamptz not null default now(),
    snapshot       jsonb not null,
    changed_fields varchar(500) not null
);

create index curated_entry_version_entry_idx on curated_entry_version (entry_id, created_at desc, id desc);
create index curated_entry_version_recent_idx on curated_entry_version (created_at desc, id desc);
