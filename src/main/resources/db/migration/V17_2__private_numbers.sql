-- Private numbers (issue 17, GDPR): a verified private owner asks that their number's page shows only
-- the aggregate (no comments, no caller names), is noindex, and leaves the lists and the sitemap.
create sequence privacy_request_seq start with 1 increment by 50;
create table privacy_request (
    id              bigint primary key,
    number_id       bigint not null references phone_number (id),
    account_id      bigint not null references staff_account (id),
    status          varchar(20) not null default 'OPEN',
    decided_by      varchar(100),
    decision_reason varchar(1000),
    decided_at      timestamptz,
    created_at      timestamptz not null default now(),
    constraint privacy_request_status_check check (status in ('OPEN', 'GRANTED', 'REFUSED'))
);
create unique index privacy_request_open_idx on privacy_request (number_id) where status = 'OPEN';

-- Numbers whose page shows only the aggregate.
create table private_number (
    number_id  bigint primary key references phone_number (id),
    granted_by varchar(100) not null,
    granted_at timestamptz not null
);
