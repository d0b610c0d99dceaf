-- The tables of the Atom feed consumer (module atom-feed-consumer), created in the schema of each service that uses
-- it, by that service's Flyway. A repeatable migration, so that it never takes a version number a service may want;
-- Flyway runs it again whenever this file changes, so every statement here must be safe to repeat.

-- How far this service has read each feed: the highest position it handled or passed over. Written in the same
-- transaction as what the service made of the entry, so a restart resumes exactly there.
create table if not exists feed_position (
    feed       varchar(100) primary key,
    position   bigint not null,
    entry_id   varchar(200),
    updated_at timestamptz not null
);

-- Entries that could never be handled (unreadable, or rejected by the service), passed over with the reason.
create table if not exists feed_failure (
    feed       varchar(100) not null,
    position   bigint not null,
    entry_id   varchar(200),
    event_type varchar(100),
    reason     text not null,
    content    text,
    failed_at  timestamptz not null,
    primary key (feed, position)
);
