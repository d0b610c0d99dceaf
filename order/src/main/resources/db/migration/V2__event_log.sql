-- The transactional outbox, kept as the service's event log.
-- id is the order of insertion, which is not the order of commit; position is assigned after commit by the
-- sequencer, so readers that follow position never see an event appear behind them.
create table event_log (
    id           bigint generated always as identity primary key,
    event_id     uuid not null unique,
    type         varchar(100) not null,
    version      int not null,
    event_key    varchar(200) not null,
    aggregate_id bigint not null,
    payload      json not null,
    occurred_at  timestamptz not null,
    position     bigint unique,
    published_at timestamptz
);

create index event_log_unsequenced on event_log (id) where position is null;
create index event_log_unpublished on event_log (position) where published_at is null;
