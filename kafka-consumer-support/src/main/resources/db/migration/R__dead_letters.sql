-- Records this consumer could never process, read back from its dead-letter topic so that they can be shown.
-- Shared by every consumer (it comes with kafka-consumer-support): a repeatable migration with idempotent DDL, so it
-- takes no version number from the services' own migrations.
-- The original coordinates are the key: reading the dead-letter topic again, or a record dead-lettered again after
-- a replay of the history, adds no second row.
create table if not exists dead_letter (
    original_topic     varchar(249) not null,
    original_partition int not null,
    original_offset    bigint not null,
    record_key         text,
    exception          text not null,
    message            text,
    payload            bytea,
    failed_at          timestamptz not null,
    primary key (original_topic, original_partition, original_offset)
);

create index if not exists dead_letter_newest on dead_letter (failed_at desc);

-- An admin retries a dead letter (processed: status retried) or discards it (status discarded). Neither deletes the
-- row, so nothing disappears without a trace. A retry that fails again leaves it open with the new reason in
-- exception and message, and its time in last_retried_at.
alter table dead_letter add column if not exists status varchar(9) not null default 'open'
    check (status in ('open', 'retried', 'discarded'));
alter table dead_letter add column if not exists last_retried_at timestamptz;
alter table dead_letter add column if not exists closed_at timestamptz;

-- The content type the stored value must be read as: the original record's for bytes no consumer could read (JSON or
-- Avro), application/json for a value dead-lettered as the consumer read it. A retry reads it accordingly.
alter table dead_letter add column if not exists content_type varchar(100);

-- The original record's event type and id (headers event-type, event-id), which a retry hands on as the listener has
-- them: a change or a cancellation is read as what it is, and its id keeps it from being applied twice.
alter table dead_letter add column if not exists event_type varchar(100);
alter table dead_letter add column if not exists event_id varchar(100);

create index if not exists dead_letter_open on dead_letter (failed_at desc) where status = 'open';
