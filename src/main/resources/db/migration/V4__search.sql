-- Arabic search. The tsvectors are built by the application's analyzer (news.newsroom.search), not by a
-- PostgreSQL text-search configuration: the same Java code folds and stems documents and queries, and the
-- 'arabic' snowball configuration mis-stems text whose ة is already folded to ه. Every write that changes an
-- article's text rewrites these columns in the same transaction; V5 indexes the rows that exist already.
create extension if not exists pg_trgm with schema public;

alter table article
    -- Title (weight A), subtitle and excerpt (B): small enough to stay in the row and rank every hit by.
    add column search_headline tsvector,
    -- Title, subtitle, excerpt and body (C): what a search matches against.
    add column search_document tsvector,
    -- The folded title, for typo-tolerant suggestions as readers type.
    add column search_title    text;

create index article_search_idx on article using gin (search_document) where status = 'published';
create index article_title_trgm_idx on article using gin (search_title public.gin_trgm_ops) where status = 'published';
