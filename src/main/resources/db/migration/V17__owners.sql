-- Owners of numbers (issue 17): claims, owner accounts scoped to numbers, one-time links, answers,
-- pinned notices and appeals. Every state change is also written to moderation_action (the audit log).

-- A person's claim to own a number, from the public form; confirmed by e-mail, decided by an editor.
create sequence owner_claim_seq start with 1 increment by 50;
create table owner_claim (
    id                 bigint primary key,
    e164               varchar(20) not null,
    kind               varchar(20) not null,
    owner_name         varchar(120) not null,
    contact_name       varchar(120) not null,
    email              varchar(254) not null,
    evidence           varchar(2000) not null,
    status             varchar(20) not null,
    confirm_token_hash varchar(64),
    confirm_expires_at timestamptz,
    decided_by         varchar(100),
    decision_reason    varchar(1000),
    decided_at         timestamptz,
    account_id         bigint references staff_account (id),
    language           varchar(2) not null default 'DA',
    created_at         timestamptz not null default now(),
    constraint owner_claim_kind_check check (kind in ('ORGANISATION', 'PRIVATE')),
    constraint owner_claim_status_check check (status in ('UNCONFIRMED', 'PENDING', 'APPROVED', 'REJECTED'))
);
create unique index owner_claim_token_idx on owner_claim (confirm_token_hash) where confirm_token_hash is not null;
create index owner_claim_queue_idx on owner_claim (created_at) where status = 'PENDING';

-- The numbers an owner account may act on, and the name shown with what the owner writes.
create table number_owner (
    account_id     bigint not null references staff_account (id),
    number_id      bigint not null references phone_number (id),
    owner_name     varchar(120) not null,
    private_person boolean not null,
    claim_id       bigint not null references owner_claim (id),
    created_at     timestamptz not null default now(),
    primary key (account_id, number_id)
);
create index number_owner_number_idx on number_owner (number_id);

-- A link that lets an account set its password once (sent by e-mail); only the hash is kept.
create table password_link (
    token_hash varchar(64) primary key,
    account_id bigint not null references staff_account (id),
    expires_at timestamptz not null,
    used_at    timestamptz
);

-- A verified owner's answer to one report: at most one per report.
create sequence owner_answer_seq start with 1 increment by 50;
create table owner_answer (
    id            bigint primary key,
    report_id     bigint not null unique references report (id),
    number_id     bigint not null references phone_number (id),
    account_id    bigint not null references staff_account (id),
    owner_name    varchar(120) not null,
    body          varchar(2000) not null,
    created_at    timestamptz not null default now(),
    hidden        boolean not null default false,
    hidden_reason varchar(20)
);
create index owner_answer_number_idx on owner_answer (number_id) where not hidden;

-- The one statement an owner pins above a number's reports.
create table owner_notice (
    number_id  bigint primary key references phone_number (id),
    account_id bigint not null references staff_account (id),
    owner_name varchar(120) not null,
    body       varchar(1000) not null,
    spoofed    boolean not null default false,
    created_at timestamptz not null default now()
);

-- Owners log in like staff, with a role of their own.
alter table staff_account_role drop constraint staff_account_role_check;
alter table staff_account_role add constraint staff_account_role_check
    check (role in ('moderator', 'editor', 'admin', 'owner'));

-- The audit log also records what owners and editors do about owners; not every entry is about a report.
alter table moderation_action alter column report_id drop not null;
alter table moderation_action drop constraint moderation_action_action_check;
alter table moderation_action add constraint moderation_action_action_check check (action in (
    'HOLD', 'HIDE', 'RESTORE', 'DISMISS_FLAGS',
    'CLAIM_APPROVE', 'CLAIM_REJECT', 'OWNER_ANSWER', 'ANSWER_HIDE', 'NOTICE_PIN', 'NOTICE_REMOVE',
    'APPEAL', 'APPEAL_UPHOLD', 'APPEAL_REJECT', 'PRIVACY_GRANT', 'PRIVACY_REFUSE'));
