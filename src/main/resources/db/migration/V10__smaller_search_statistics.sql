-- Planning a search statement unpacks the most-common-lexeme list of every vector it tests: with 10,000 entries
-- (statistics 1,000) that is 0.6 ms for one title test, 0.18 ms with 2,500 (statistics 250), measured on the
-- benchmark archive of 100,000 articles. A smaller list makes PostgreSQL's guess for a word outside it coarser,
-- which once made it walk the whole time index for a rare word (migration V9, dropped, at statistics 200 for
-- all three vectors). Since then the levels that could walk far collect their matches from the GIN indexes
-- (ArticleRepository.collectsFirst): only the words as typed in the title or headline may still walk. Measured
-- on the benchmark archive with these lists, over 800 words: as typed in the title, p95 1.14 ms against 1.24 ms
-- with 10,000 (worst 38.6 against 25.3 ms); as typed in the headline, p95 11.4 ms, worst 44 ms («يقتصر»). The
-- full document keeps its 10,000: its estimate is the total shown for a search of a common word.
alter statistics article_title_terms_stats set statistics 250;
alter table article alter column search_headline set statistics 250;
analyze article;
