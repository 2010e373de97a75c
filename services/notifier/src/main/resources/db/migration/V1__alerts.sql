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


-- The current version of every deadline, folded from the events in stream order.
create table deadlines (
    negotiation_id text   not null,
    deadline_id    text   not null,
    title          text   not null,
    kind           text   not null,
    due_on         text,
    last_due_on    text,
    cancelled      boolean not null,
    revision       int    not null,
    primary key (negotiation_id, deadline_id)
);

create table agreements (
    negotiation_id text not null,
    agreement_id   text not null,
    occurred_on    text not null,
    occurred_from  date not null,
    primary key (negotiation_id, agreement_id)
);

-- Alerts get their sequence number under this row's lock, held to commit: a reader following seq > last never skips one.
create table alert_counter (
    id   int primary key check (id = 1),
    last bigint not null
);
insert into alert_counter (id, last) values (1, 0);

-- At most one alert per (negotiation, deadline, revision, due date, kind, horizon): a constraint, not a memory.
create table alerts (
    seq             bigint primary key,
    alert_key       text   not null unique,
    negotiation_id  text   not null,
    deadline_id     text   not null,
    kind            text   not null,
    due_on          text,
    previous_due_on text,
    horizon_days    int,
    revision        int    not null,
    title           text   not null,
    message         text   not null,
    agreement_before boolean,
    event_id        uuid,
    created_at      timestamptz not null,
    published       boolean not null default false
);
create index alerts_by_negotiation on alerts (negotiation_id, seq);
create index alerts_unpublished on alerts (seq) where not published;

-- The last stream version applied per negotiation: a replayed event is recognised and skipped.
create table applied_versions (
    negotiation_id text primary key,
    version        bigint not null
);
