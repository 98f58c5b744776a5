-- Benchmark data, step 5: counted reports per number, category and rating.
\set ON_ERROR_STOP on

insert into number_category_count (number_id, category, rating, count)
select number_id, category, rating, count(*)
from report
where counted
group by number_id, category, rating
-- in key order: the primary key index grows at its end instead of at random places
order by number_id, category, rating;

select count(*) as category_counts from number_category_count;
