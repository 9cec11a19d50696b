-- The statements behind a search and a suggestion, as the service sends them (parameters inlined), on the
-- benchmark archive. bench/run.sh writes their plans to target/bench/explain.txt; the README quotes them.
set search_path to :schema, public;

\echo '== search q=الكهرباء (one word, relevance, first page of 20)'
explain (analyze, buffers, costs off)
select p.id, p.score, p.sort_time, p.total, b.blocks::text
from (select h.id, h.score, h.sort_time, h.total
      from (select a.id,
                   ts_rank('{0.05, 0.1, 0.4, 1.0}', a.search_headline, cast('''=الكهرباء'' | ''كهرباء''' as tsquery))::float8
                     + 0.1 * 30 / (30 + greatest(0, extract(epoch from (now() - a.published_at)) / 86400.0)) as score,
                   a.published_at as sort_time, count(*) over () as total
            from article a
            where a.status = 'published' and a.search_document @@ cast('(''كهرباء'')' as tsquery)) h
      order by h.score desc, h.sort_time desc, h.id desc offset 0 limit 21) p
join article b on b.id = p.id
order by p.score desc, p.sort_time desc, p.id desc;

\echo '== search q="الطاقة الشمسية" (phrase: one indexed pair of neighbouring stems, relevance)'
explain (analyze, buffers, costs off)
select h.id, h.score, h.total
from (select a.id,
             ts_rank('{0.05, 0.1, 0.4, 1.0}', a.search_headline, cast('''طاق'' | ''شمس''' as tsquery))::float8
               + 0.1 * 30 / (30 + greatest(0, extract(epoch from (now() - a.published_at)) / 86400.0)) as score,
             a.published_at as sort_time, count(*) over () as total
      from article a
      where a.status = 'published' and a.search_document @@ cast('(''طاق_شمس'')' as tsquery)) h
order by h.score desc, h.sort_time desc, h.id desc limit 21;

\echo '== suggestions q=الكهر'
explain (analyze, buffers, costs off)
select a.id, a.title, a.slug from article a
where a.status = 'published' and (a.search_title like '%الكهر%' or 'الكهر' <% a.search_title)
order by (a.search_title like '%الكهر%') desc, word_similarity('الكهر', a.search_title) desc, a.published_at desc, a.id desc
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
