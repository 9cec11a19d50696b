-- Each article's body as plain text, one block a line: what a search highlight is cut from. Reading it costs a
-- search page one indexed lookup, where the stored blocks meant parsing their JSON and then the HTML of each
-- paragraph, for every hit whose excerpt does not match (about half the JVM's CPU of a first-time search, by
-- profile). A table of its own rather than a column of article: filling a column of existing rows writes a new
-- version of each row into every index of article, thousands of GIN entries per row (over 10 minutes for
-- 100,000 articles, measured), where inserting here touches one primary key. Written with the search columns by
-- every write that changes the body (ArticleSearchIndex); rows of existing articles are inserted by V8, which
-- needs the application's HTML-to-text rules.
create table article_body_text (
    article_id bigint primary key references article (id) on delete cascade,
    body_text  text not null
);
