-- Allowances and failed-login counts that every application instance shares, so that a client gets
-- the same limits however many instances answer it (abuse.SharedAllowances,
-- account.SharedLoginFailureCounts). A key is a SHA-256 hash of the limit's name and the client key
-- (itself a keyed hash of the address) or the account name: no address and no user name is stored.
-- Times are milliseconds of the application's clock (abuse.AbuseClock), not the database's, so that
-- tests can move them.

-- A token bucket per limit and key: `tokens` were left at `at_millis`; they come back at `per_milli`
-- a millisecond up to `capacity`. Below zero for the batched limits (page views, API) that were
-- overshot by at most one flush interval: the debt is paid back before the client is let in again.
-- A row whose bucket is full again says nothing a missing row would not, and is removed.
create table shared_allowance (
    key bytea primary key,
    tokens double precision not null,
    at_millis bigint not null,
    capacity double precision not null,
    per_milli double precision not null
) with (fillfactor = 70);

-- Failed logins per key, counted from the key's first failure until forget_at_millis, then forgotten whole.
create table login_failure_count (
    key bytea primary key,
    failures bigint not null,
    forget_at_millis bigint not null
) with (fillfactor = 70);
