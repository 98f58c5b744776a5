-- Benchmark data, step 0: a scratch schema "bench" with the size parameters and helpers, and the
-- app's secondary indexes set aside so that the load does not maintain them row by row
-- (90-finish.sql builds them again from their saved definitions, whatever migrations added them).
-- psql variables: numbers, top, zipf, curated (set by generate.sh from the size).
\set ON_ERROR_STOP on

do $$
begin
    if exists (select 1 from report) then
        raise exception 'report is not empty: the generator fills a freshly migrated database only';
    end if;
end $$;

drop schema if exists bench cascade;
create schema bench;

-- one row: the size and the moment the data is "now" for (report ages, decay, scored_at)
create table bench.param as
select :numbers::bigint  as numbers,
       :top::float8      as top,
       :zipf::float8     as zipf,
       :curated::int     as curated,
       -- authors are drawn from a pool about half as large as the reports: people report several numbers
       (2 ^ ceil(log(2, greatest(1024, :numbers::bigint * 2)::numeric)))::bigint as author_pool,
       (select coalesce(max(id), 0) from phone_number) + 1000 as number_base,
       (select coalesce(max(id), 0) from curated_entry) + 1000 as curated_base,
       1000::bigint      as report_base,
       now()             as t0;

-- a deterministic uniform number in [0, 1) for a key and a purpose (salt): the same data every run,
-- and any row can compute what its neighbour drew (used to pair an author's two reports)
create function bench.u(key bigint, salt bigint) returns float8
    language sql immutable parallel safe
    as $$ select (hashint8extended(key, salt) & 4503599627370495)::float8 / 4503599627370496.0 $$;

-- the app's secondary indexes (not those behind primary keys or unique constraints)
create table bench.saved_index as
select c.relname as table_name, ic.relname as index_name, pg_get_indexdef(i.indexrelid) as definition
from pg_index i
join pg_class c on c.oid = i.indrelid
join pg_class ic on ic.oid = i.indexrelid
where c.relnamespace = 'public'::regnamespace
  and c.relname in ('phone_number', 'curated_entry', 'report', 'helpful_vote', 'number_category_count')
  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid);

do $$
declare
    saved record;
begin
    for saved in select index_name from bench.saved_index loop
        execute format('drop index public.%I', saved.index_name);
    end loop;
end $$;

select count(*) as "secondary indexes set aside" from bench.saved_index;
