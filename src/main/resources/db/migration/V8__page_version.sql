-- A number's page version: raised by every write that changes what its page shows (reports, votes,
-- moderation, the official information), in the same transaction. An application instance holding a
-- rendered page asks for it after the page's time to live and keeps the page if it has not moved,
-- instead of building the page again (NumberPageCache).
alter table phone_number add column page_version bigint not null default 0;
