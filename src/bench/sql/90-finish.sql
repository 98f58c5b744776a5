-- Benchmark data, last step: the app's secondary indexes back, sequences past the generated ids (so the
-- app's own inserts never collide), the scratch schema gone, statistics and visibility map up to date.
\set ON_ERROR_STOP on

do $$
declare
    saved record;
begin
    for saved in select definition from bench.saved_index loop
        execute saved.definition;
    end loop;
end $$;

-- Hibernate's pooled optimiser uses the 50 ids below the value nextval returns: keep a margin
select setval('phone_number_seq', (select max(id) from phone_number) + 100);
select setval('curated_entry_seq', coalesce((select max(id) from curated_entry), 0) + 100);
select setval('report_seq', coalesce((select max(id) from report), 0) + 100);

drop schema bench cascade;

vacuum analyze phone_number;
vacuum analyze curated_entry;
vacuum analyze report;
vacuum analyze helpful_vote;
vacuum analyze number_category_count;
