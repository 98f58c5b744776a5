-- Open-data API (dk.ringtjek.api).

-- Lookups by hash prefix (GET /api/v1/lookup/{prefix}): the SHA-256 of the number's E.164 text. The
-- database computes it for every row, however the row was written, and for the rows already there.
alter table phone_number add column e164_sha256 bytea generated always as (sha256(e164::bytea)) stored;
create index phone_number_e164_sha256_idx on phone_number (e164_sha256);

-- The blocklist (GET /api/v1/blocklist): a number's membership, kept by the writes that move its
-- aggregate or its official entry (report.BlocklistMembership), so reading the list evaluates no
-- score. A removed number keeps its row (listed = false), so that "?since=" can tell clients to remove
-- it. version comes from blocklist_version_seq at each change and is taken under an advisory lock, so
-- versions become visible in order.
create sequence blocklist_version_seq;

create table blocklist_entry (
    number_id bigint primary key references phone_number (id),
    listed    boolean not null,
    version   bigint not null
);

-- changes after a client's version, and the newest version (max)
create index blocklist_entry_version_idx on blocklist_entry (version);
-- the full list, in the order of its versions
create index blocklist_entry_listed_idx on blocklist_entry (version) where listed;
