-- Visitors flag reports; one flag per author key and report counts.
create table report_flag (
    report_id  bigint not null references report (id),
    author_key varchar(64) not null,
    reason     varchar(20) not null,
    note       varchar(500),
    created_at timestamptz not null default now(),
    dismissed  boolean not null default false,
    primary key (report_id, author_key),
    constraint report_flag_reason_check
        check (reason in ('ABUSIVE', 'PERSONAL_DATA', 'SPAM', 'DEFAMATORY', 'OTHER'))
);
-- the moderator queue: open flags, oldest first
create index report_flag_open_idx on report_flag (report_id, created_at) where not dismissed;
-- the queue: held reports and reports with open flags
create index report_queue_idx on report (created_at, id) where status = 'HELD' or flag_count > 0;
-- the author's other recent reports, for the moderator
create index report_author_recent_idx on report (author_key, created_at desc) where author_key is not null;

-- Every moderator action, kept for good: the audit log. Rows cannot be changed or removed.
create sequence moderation_action_seq start with 1 increment by 50;

create table moderation_action (
    id         bigint primary key,
    report_id  bigint not null references report (id),
    number_id  bigint not null references phone_number (id),
    moderator  varchar(100) not null,
    action     varchar(20) not null,
    reason     varchar(20),
    note       varchar(1000),
    created_at timestamptz not null default now(),
    constraint moderation_action_action_check check (action in ('HOLD', 'HIDE', 'RESTORE', 'DISMISS_FLAGS')),
    constraint moderation_action_reason_check
        check (reason is null or reason in ('ABUSIVE', 'PERSONAL_DATA', 'SPAM', 'DEFAMATORY', 'OTHER', 'FLAGS', 'BURST'))
);
create index moderation_action_number_idx on moderation_action (number_id, created_at desc);
create index moderation_action_report_idx on moderation_action (report_id, created_at desc);

create function moderation_action_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'moderation_action is an audit log: rows cannot be changed or deleted';
end;
$$;

create trigger moderation_action_append_only
    before update or delete on moderation_action
    for each row execute function moderation_action_is_append_only();
