-- How many of a number's reports a moderator has hidden: the number page links to the number's
-- public moderation log only when something was removed, without counting on a read. Changed by the
-- write that hides or restores a report, in its transaction, under the number's row lock.
alter table phone_number
    add column hidden_count integer not null default 0,
    add constraint phone_number_hidden_count_check check (hidden_count >= 0);

update phone_number p set hidden_count = h.hidden
from (select number_id, count(*) as hidden from report where status = 'HIDDEN' group by number_id) h
where h.number_id = p.id;
