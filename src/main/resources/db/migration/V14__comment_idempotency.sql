-- An Idempotency-Key is claimed with INSERT ... ON CONFLICT before the comment is written: a concurrent post
-- with the same key waits for the first to commit, then replays its result instead of failing on the unique key.
create table comment_idempotency (
    client_hash     varchar(64)  not null,
    idempotency_key varchar(100) not null,
    -- SHA-256 of what the post asked for (article and fields, not the challenge): another request under the
    -- same key is refused rather than answered with a comment it did not write.
    request_hash    varchar(64),
    comment_id      bigint       references comment (id) on delete cascade,
    created_at      timestamptz  not null default now(),
    primary key (client_hash, idempotency_key)
);

insert into comment_idempotency (client_hash, idempotency_key, comment_id, created_at)
select client_hash, idempotency_key, id, created_at from comment where idempotency_key is not null;
