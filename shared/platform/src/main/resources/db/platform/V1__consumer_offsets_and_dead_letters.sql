-- The platform's tables, in the schema of every service that consumes Kafka with TransactionalConsumer (named by
-- tracker.platform-tables.schema): the offsets consumed, written in the same transaction as their effects
-- (OffsetStore), and the records that could not be applied (DeadLetters). This is the one place they are defined: a
-- change to them is a new migration in this folder, never in a service's.
--
-- Why "if not exists": the notifier and the projection were released with copies of these tables in their own
-- migrations (notifier V1__alerts.sql and V3__dead_letters_published_after_commit.sql; projection V1__views.sql and
-- V3__dead_letters_published_after_commit.sql). Those files stay byte-identical: Flyway validates the checksum of every
-- applied migration, so editing or deleting them would stop every database migrated by the released version, and
-- their plain "create table" would fail if these tables came first. So this migration runs after the service's own,
-- with its own history table (platform_schema_history), and finds the tables there unchanged; a service without the
-- copies gets them from here alone.
create table if not exists consumer_offsets (
    consumer    text   not null,
    topic       text   not null,
    partition   int    not null,
    next_offset bigint not null,
    primary key (consumer, topic, partition)
);

-- Kept in the consumer's transaction unpublished, sent to the dead-letter topic after commit, then marked published.
create table if not exists dead_letters (
    id             bigserial primary key,
    consumer       text   not null,
    topic          text   not null,
    partition      int    not null,
    record_offset  bigint not null,
    record_key     text,
    payload        text,
    reason         text   not null,
    recorded_at    timestamptz not null default now(),
    published      boolean not null default false,
    event_version  bigint,
    event_position bigint,
    unique (consumer, topic, partition, record_offset)
);
create index if not exists dead_letters_unpublished on dead_letters (consumer, id) where not published;
