-- The title's lexemes of each article, with its status and publication time, in a narrow table of their own: what
-- the two title levels of a search read (article.SearchLevel TITLE_EXACT and TITLE). In article they are
-- ts_filter(search_headline, '{a}'), and the headline vector (about 1.2 kB) is stored out of line in most rows of
-- the benchmark archive (rows of about 2.5 kB): walking the time index for the newest titles holding a word read
-- the TOAST index and table and unpacked the whole headline for each row passed, 3.6 buffers a row, 35 ms for
-- «المشروع» (2,074 rows to find 21), 48 ms for «كريم». Here a row is about 400 bytes with its lexemes in line (the
-- table is 40 MB for 100,000 articles, within PostgreSQL's default buffers): the same walks took 11.7 and 5.5 ms
-- cold, measured on the benchmark archive.
--
-- A trigger keeps it: every insert of an article, and every update of its status, publication time or headline,
-- writes the row in the same transaction, whichever write path it comes from (publishing, scheduling, editing,
-- deleting, which moves an article out of the published status). Deleting an article's row deletes this one.
create table article_title_terms (
    id           bigint primary key references article (id) on delete cascade,
    status       varchar(16) not null,
    published_at timestamptz,
    title_terms  tsvector    not null
);

insert into article_title_terms (id, status, published_at, title_terms)
select id, status, published_at, coalesce(ts_filter(search_headline, '{a}'::"char"[]), ''::tsvector) from article;

create index article_title_terms_time_idx on article_title_terms (published_at desc, id desc) where status = 'published';
create index article_title_terms_idx on article_title_terms using gin (title_terms) where status = 'published';
-- The same number of most common lexemes as the title expression's statistics (V10).
alter table article_title_terms alter column title_terms set statistics 250;

create function article_title_terms_follow() returns trigger language plpgsql as $$
begin
    insert into article_title_terms (id, status, published_at, title_terms)
    values (new.id, new.status, new.published_at, coalesce(ts_filter(new.search_headline, '{a}'::"char"[]), ''::tsvector))
    on conflict (id) do update set status = excluded.status, published_at = excluded.published_at,
                                   title_terms = excluded.title_terms;
    return null;
end;
$$;

create trigger article_title_terms_follow after insert or update of status, published_at, search_headline on article
    for each row execute function article_title_terms_follow();

analyze article_title_terms;
