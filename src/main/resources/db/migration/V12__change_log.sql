-- The outbox of public changes (issue 21). Triggers on the content tables write a row into change_outbox in the
-- transaction of the change itself, whatever wrote it (the API, the sample data, an import, SQL run by hand), so a
-- committed change always has its row and a rolled-back one never does. The mover (integration/changes/ChangeMover)
-- then copies committed rows into change_log in the order it sees them commit, giving each its seq: the change
-- feed, the live stream and webhooks read change_log by seq, and a row can never appear below a seq a reader has
-- passed. The order of two changes to one item is kept: the second write waits for the first's row lock, so its
-- outbox row is inserted, and moved, after the first's.
create table change_outbox (
    id         bigint generated always as identity primary key,
    type       varchar(32)  not null,
    entity     varchar(16)  not null,
    entity_id  bigint       not null,
    slug       varchar(200),
    article_id bigint,
    tombstone  boolean      not null,
    changed_at timestamptz  not null default clock_timestamp()
);

create table change_log (
    seq        bigint       primary key,
    type       varchar(32)  not null,
    entity     varchar(16)  not null
        constraint change_log_entity_known check (entity in ('article', 'comment', 'section', 'author', 'tag')),
    entity_id  bigint       not null,
    slug       varchar(200),
    article_id bigint,
    tombstone  boolean      not null,
    changed_at timestamptz  not null
);
create index change_log_changed_at_idx on change_log (changed_at);

-- The highest seq that retention removed: a cursor below it can no longer be followed (410 Gone).
create table change_log_horizon (
    only_row boolean primary key default true constraint change_log_horizon_one_row check (only_row),
    seq      bigint  not null
);
insert into change_log_horizon (seq) values (0);

create function change_outbox_write(type text, entity text, entity_id bigint, slug text, article_id bigint,
                                    tombstone boolean) returns void language plpgsql as $$
begin
    insert into change_outbox (type, entity, entity_id, slug, article_id, tombstone)
    values (type, entity, entity_id, slug, article_id, tombstone);
    -- Wakes the mover on every node when, and only if, the transaction commits (PostgreSQL folds repeats).
    perform pg_notify('newsroom_outbox_' || current_schema(), '');
end $$;

-- An article is public while published and not deleted. Entering the public set is published (restored when it
-- comes back from the bin), leaving it is unpublished, archived or deleted, and a new version while public is
-- updated; writes that leave the version alone (comment counts, search columns) are not changes of the article.
create function article_changed() returns trigger language plpgsql as $$
declare
    was boolean := tg_op <> 'INSERT' and old.status = 'published' and old.deleted_at is null;
    now_public boolean := tg_op <> 'DELETE' and new.status = 'published' and new.deleted_at is null;
begin
    if now_public and not was then
        perform change_outbox_write(case when tg_op = 'UPDATE' and old.deleted_at is not null
            then 'article.restored' else 'article.published' end, 'article', new.id, new.slug, null, false);
    elsif was and not now_public then
        perform change_outbox_write(case when tg_op = 'DELETE' or new.deleted_at is not null then 'article.deleted'
            when new.status = 'archived' then 'article.archived' else 'article.unpublished' end,
            'article', old.id, old.slug, null, true);
    elsif was and now_public and new.version <> old.version then
        perform change_outbox_write('article.updated', 'article', new.id, new.slug, null, false);
    end if;
    return null;
end $$;
create trigger article_changed after insert or update or delete on article
    for each row execute function article_changed();

-- A comment is public while approved.
create function comment_changed() returns trigger language plpgsql as $$
declare
    was boolean := tg_op <> 'INSERT' and old.status = 'approved';
    now_public boolean := tg_op <> 'DELETE' and new.status = 'approved';
begin
    if now_public and not was then
        perform change_outbox_write('comment.approved', 'comment', new.id, null, new.article_id, false);
    elsif was and not now_public then
        perform change_outbox_write('comment.removed', 'comment', old.id, null, old.article_id, true);
    end if;
    return null;
end $$;
create trigger comment_changed after insert or update of status or delete on comment
    for each row execute function comment_changed();

-- Sections, authors and tags are public while they exist.
create function subject_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform change_outbox_write(tg_argv[0] || '.created', tg_argv[0], new.id, new.slug, null, false);
    elsif tg_op = 'DELETE' then
        perform change_outbox_write(tg_argv[0] || '.deleted', tg_argv[0], old.id, old.slug, null, true);
    elsif row(new.*) is distinct from row(old.*) then
        perform change_outbox_write(tg_argv[0] || '.updated', tg_argv[0], new.id, new.slug, null, false);
    end if;
    return null;
end $$;
create trigger section_changed after insert or update or delete on section
    for each row execute function subject_changed('section');
create trigger author_changed after insert or update or delete on author
    for each row execute function subject_changed('author');
create trigger tag_changed after insert or update or delete on tag
    for each row execute function subject_changed('tag');
