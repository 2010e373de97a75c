-- Offsets consumed from Kafka, written in the same transaction as the views they produced.
create table consumer_offsets (
    consumer    text   not null,
    topic       text   not null,
    partition   int    not null,
    next_offset bigint not null,
    primary key (consumer, topic, partition)
);

create table dead_letters (
    id            bigserial primary key,
    consumer      text   not null,
    topic         text   not null,
    partition     int    not null,
    record_offset bigint not null,
    record_key    text,
    payload       text,
    reason        text   not null,
    recorded_at   timestamptz not null default now(),
    unique (consumer, topic, partition, record_offset)
);

-- Every event the projection has applied: the timeline view, and the input of as-of / known-at folds.
create table events (
    position       bigint primary key,
    event_id       uuid not null unique,
    negotiation_id text not null,
    version        bigint not null,
    type           text not null,
    occurred_from  date not null,
    recorded_at    timestamptz not null,
    envelope       json not null
);
create index events_by_negotiation on events (negotiation_id, occurred_from, version);

-- One row per negotiation: its current status view, folded from its events.
create table negotiations (
    negotiation_id text primary key,
    title          text,
    version        bigint not null,
    last_position  bigint not null,
    computed_for   date not null,
    status         json not null,
    updated_at     timestamptz not null
);

-- The highest global position applied, for read-your-writes.
create table applied_position (
    id       int primary key check (id = 1),
    position bigint not null
);
insert into applied_position (id, position) values (1, 0);
