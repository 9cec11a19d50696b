-- Smaller statistics for the search vectors than V6 set (1000, which kept the 10,000 most common lexemes of
-- each): planning a search statement reads and unpacks those lists every time, and on the 100,000-article
-- benchmark archive that took 0.8 ms per statement (median of 150 words' title-level statements), three to
-- six times the statement's own run. With 200 (the 2,000 most common lexemes) planning took 0.1 ms, the plans
-- of bench/explain.sql stayed the same (title level from its GIN index, a rare word's body level by the time
-- index), and the estimate for «الكهرباء» stayed close (30,454 against 30,183 real). Side by side over three
-- alternating rounds of first-time searches, 200 gave 1.17 to 1.26 times the searches a second.
alter statistics article_title_terms_stats set statistics 200;
alter table article alter column search_headline set statistics 200;
alter table article alter column search_document set statistics 200;
analyze article;
