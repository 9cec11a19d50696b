-- The statements behind a search and a suggestion, as the service sends them (parameters inlined), on the
-- benchmark archive. bench/run.sh writes their plans to target/bench/explain.txt; docs/search.md quotes them.
set search_path to :schema, public;

-- Relevance reads level by level (article.SearchLevel), newest first inside each level, and stops at the first
-- level that cannot reach the page. For «الكهرباء» the title level (as typed) fills the page: one statement. The
-- two title levels of a public search without section, tag or author read table article_title_terms (V11).
\echo '== search q=الكهرباء (one word, relevance, first page of 20): the title level, words as typed'
explain (analyze, buffers, costs off)
select a.id, 1.25 + 0.1 * 30 / (30 + greatest(0, extract(epoch from (now() - a.published_at)) / 86400.0)) as score,
       a.published_at as sort_time
from article_title_terms a
where a.status = 'published' and a.title_terms @@ cast('(''=الكهرباء'')' as tsquery)
order by a.published_at desc, a.id desc limit 21;

\echo '== search q=المشروع (in 969 titles, spread out): the title level walks 2,074 rows of the narrow table'
explain (analyze, buffers, costs off)
select a.id, a.published_at
from article_title_terms a
where a.status = 'published' and a.title_terms @@ cast('(''=المشروع'')' as tsquery)
order by a.published_at desc, a.id desc limit 21;

\echo '== search q=الشطرنج (a rarer word): the title level has too few, so PostgreSQL takes them from the GIN index'
explain (analyze, buffers, costs off)
select a.id, a.published_at
from article_title_terms a
where a.status = 'published' and a.title_terms @@ cast('(''=الشطرنج'')' as tsquery)
order by a.published_at desc, a.id desc limit 21;

-- Levels that check the whole document are left to PostgreSQL when it expects many matches (more than
-- exact-total-limit, 1,000): for «الشطرنج», in 5,413 bodies, it walks the time index.
\echo '== search q=الشطرنج: the body level, when the levels above hold fewer than a page'
explain (analyze, buffers, costs off)
select a.id, a.published_at
from article a
where a.status = 'published' and not a.search_headline @@ cast('((''شطرنج''))' as tsquery)
  and a.search_document @@ cast('((''شطرنج''))' as tsquery)
order by a.published_at desc, a.id desc limit 21;

-- Where it expects few, they are collected and sorted. A word outside PostgreSQL's statistics is guessed at 1% of
-- the articles (996 here): walking the time index for its body level read every article's document (99,984 rows,
-- 5.2 s, for «فننن», in 14 bodies, before the levels were collected).
\echo '== search q=فننن (a rare word): the body level, collected'
explain (analyze, buffers, costs off)
with level as materialized (
  select a.id, a.published_at as sort_time from article a
  where a.status = 'published' and not a.search_headline @@ cast('((''فننن'' | ''ننن''))' as tsquery)
    and a.search_document @@ cast('((''فننن'' | ''ننن''))' as tsquery))
select id, sort_time, count(*) over () from level order by sort_time desc, id desc limit 21;

\echo '== search q="الطاقة الشمسية" (phrase): the title level of other forms, one tsquery, collected'
explain (analyze, buffers, costs off)
with level as materialized (
  select a.id, a.published_at as sort_time from article_title_terms a
  where a.status = 'published'
    and a.title_terms @@ cast('(((''طاق'') <-> (''شمس''))) & !((''=الطاقه'' <-> ''=الشمسيه''))' as tsquery))
select id, sort_time, count(*) over () from level order by sort_time desc, id desc limit 21;

\echo '== search total for a common word: planned, not run (an estimate, marked as one)'
explain (costs on)
select 1 from article a where a.status = 'published' and a.search_document @@ cast('((''كهرباء''))' as tsquery);

\echo '== suggestions without the title index (while it is rebuilt): titles close to q=الكهرباي despite the typo'
explain (analyze, buffers, costs off)
select a.id, a.title, a.slug from article a
where a.status = 'published' and 'الكهرباي' <% a.search_title and a.search_title not like '%الكهرباي%'
  and a.id not in (0)
order by word_similarity('الكهرباي', a.search_title) desc, a.published_at desc, a.id desc
limit 10;

\echo '== list newest, first page (20 + 1 to know if there is a next page)'
explain (analyze, buffers, costs off)
select a.id, a.title, a.published_at from article a join section s on s.id = a.section_id
where a.status = 'published' order by a.published_at desc, a.id desc limit 21;

-- Where page 400 starts (the position a cursor carries), found first so the plan below is the page's alone.
select published_at as pos_time, id as pos_id from article where status = 'published'
order by published_at desc, id desc
offset least(7979, (select count(*) - 1 from article where status = 'published')) limit 1 \gset
\echo '== list newest, cursor page 400 (keyset: the redundant first bound starts the index scan at the cursor)'
explain (analyze, buffers, costs off)
select a.id, a.title, a.published_at from article a join section s on s.id = a.section_id
where a.status = 'published' and a.published_at <= :'pos_time'
  and (a.published_at < :'pos_time' or a.id < :pos_id)
order by a.published_at desc, a.id desc limit 21;

\echo '== list by section (economy and its subsection energy)'
explain (analyze, buffers, costs off)
select a.id, a.title, a.published_at from article a
where a.status = 'published' and a.section_id in (select id from section where slug in ('economy', 'energy'))
order by a.published_at desc, a.id desc limit 21;

select id as commented from article order by comment_count desc limit 1 \gset
\echo '== comments of the most commented article, first page of threads'
explain (analyze, buffers, costs off)
select c.id, c.body, c.created_at from comment c
where c.article_id = :commented and c.status = 'approved' and c.parent_id is null
order by c.created_at asc, c.id asc limit 21;
