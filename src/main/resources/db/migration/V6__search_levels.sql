-- Relevance by where a search matches (see article.SearchLevel): in the title, in the headline (title, subtitle
-- and excerpt), or only in the body. The headline vector (V4) already holds each word's stems and exact form with
-- its field as weight (title A): the title's own lexemes are ts_filter(search_headline, '{a}'), so these
-- indexes need no new column and no rewrite of existing rows. Both vectors are small and stay in the row, so
-- PostgreSQL may also check them row by row while walking the time index newest first.
create index article_search_title_idx on article using gin (ts_filter(search_headline, '{a}'::"char"[]))
    where status = 'published';
create index article_search_headline_idx on article using gin (search_headline) where status = 'published';

-- Whether to walk the time index or collect a level from its GIN index depends on how many articles hold the
-- words. PostgreSQL keeps no statistics on the expression of a partial index, and without them it guesses 0.5%
-- for every word: it would walk the time index for a rare word (reading the archive) and collect tens of
-- thousands of rows for a common one. These give it each lexeme's real frequency; the larger targets keep rare
-- lexemes apart from common ones (10,000 most common lexemes instead of 1,000).
create statistics article_title_terms_stats on (ts_filter(search_headline, '{a}'::"char"[])) from article;
alter statistics article_title_terms_stats set statistics 1000;
alter table article alter column search_headline set statistics 1000;
alter table article alter column search_document set statistics 1000;
analyze article;
