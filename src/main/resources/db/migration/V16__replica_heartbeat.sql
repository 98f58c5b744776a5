-- How fresh a streaming replica is (dk.ringtjek.replica.ReplicaFreshness): every instance with a
-- replica writes the primary's time here each second; on the replica, now() minus the replayed value
-- is its lag. Unlike pg_last_xact_replay_timestamp() it keeps moving when nobody writes, so an idle
-- site does not look like a lagging replica. One row; a local (reference) table on Citus.
create table replica_heartbeat (
    id      smallint primary key default 1 check (id = 1),
    beat_at timestamptz not null
);
insert into replica_heartbeat (id, beat_at) values (1, now());
