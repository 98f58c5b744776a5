-- How many of a number's reports wait for a moderator (status HELD): the number page shows it as a
-- stub ("1 anmeldelse venter på en moderator") without counting on a read. Changed by the writes
-- that hold or release a report, in their transaction, under the number's row lock.
alter table phone_number
    add column held_count integer not null default 0,
    add constraint phone_number_held_count_check check (held_count >= 0);

update phone_number p set held_count = h.held
from (select number_id, count(*) as held from report where status = 'HELD' group by number_id) h
where h.number_id = p.id;
