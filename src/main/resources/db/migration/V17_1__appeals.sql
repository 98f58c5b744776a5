-- Appeals (issue 17): a report's author appeals a hidden or held report; a verified owner objects to a
-- report. Moderators decide with a reason; the decision is also in the audit log (moderation_action).
create sequence appeal_seq start with 1 increment by 50;
create table appeal (
    id              bigint primary key,
    report_id       bigint not null references report (id),
    number_id       bigint not null references phone_number (id),
    kind            varchar(20) not null,
    status          varchar(20) not null default 'OPEN',
    statement       varchar(1000) not null,
    decided_by      varchar(100),
    decision_reason varchar(20),
    decided_at      timestamptz,
    created_at      timestamptz not null default now(),
    constraint appeal_kind_check check (kind in ('AUTHOR', 'OWNER')),
    constraint appeal_status_check check (status in ('OPEN', 'UPHELD', 'REJECTED'))
);
-- one open appeal per report and kind
create unique index appeal_open_idx on appeal (report_id, kind) where status = 'OPEN';
create index appeal_queue_idx on appeal (created_at) where status = 'OPEN';

alter table moderation_action drop constraint moderation_action_reason_check;
alter table moderation_action add constraint moderation_action_reason_check check (reason is null or reason in (
    'ABUSIVE', 'PERSONAL_DATA', 'SPAM', 'DEFAMATORY', 'OTHER', 'FLAGS', 'BURST', 'MISTAKE', 'NO_RULE_BROKEN'));
