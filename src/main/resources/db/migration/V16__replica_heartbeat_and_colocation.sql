-- How fresh a streaming replica is (dk.ringtjek.replica.ReplicaFreshness): every instance with a
-- replica writes the primary's time here each second; on the replica, now() minus the replayed value
-- is its lag. Unlike pg_last_xact_replay_timestamp() it keeps moving when nobody writes, so an idle
-- site does not look like a lagging replica. One row; a local (reference) table on Citus.
create table replica_heartbeat (
    id      smallint primary key default 1 check (id = 1),
    beat_at timestamptz not null
);
insert into replica_heartbeat (id, beat_at) values (1, now());

-- Past one database (README "Scaling out"): on Citus every table keyed by a number is distributed by
-- its number id, and a foreign key between two of them must include it, so that it stays within one
-- shard. A moderation action names its report together with the report's number (they always agree:
-- the action is recorded from the report's row). dk.ringtjek.schema.ColocationTest checks the rule.
alter table report add constraint report_number_id_key unique (number_id, id);
alter table moderation_action drop constraint moderation_action_report_id_fkey;
alter table moderation_action add constraint moderation_action_report_fkey
    foreign key (number_id, report_id) references report (number_id, id);
