-- Owners' answers and appeals refer to their report by number and id, like moderation actions (V16),
-- so that on Citus (README "Scaling out") they live on the report's shard: the foreign keys and the
-- one-answer, one-open-appeal rules carry the number (schema/ColocationTest checks it).
alter table owner_answer drop constraint owner_answer_report_id_fkey,
    drop constraint owner_answer_report_id_key,
    add constraint owner_answer_report_fkey foreign key (number_id, report_id) references report (number_id, id),
    add constraint owner_answer_one_per_report unique (number_id, report_id);

alter table appeal drop constraint appeal_report_id_fkey,
    add constraint appeal_report_fkey foreign key (number_id, report_id) references report (number_id, id);
drop index appeal_open_idx;
create unique index appeal_open_idx on appeal (number_id, report_id, kind) where status = 'OPEN';
