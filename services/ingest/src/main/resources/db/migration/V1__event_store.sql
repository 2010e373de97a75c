-- The event store. Positions are assigned under the lock of the single global_position row, taken last in the
-- append transaction and held until commit: positions therefore become visible in commit order, without gaps, and a
-- reader that follows position > last never skips an event that commits late.
create table streams (
    negotiation_id text primary key,
    version        bigint not null
);

create table global_position (
    id   int primary key check (id = 1),
    last bigint not null
);
insert into global_position (id, last) values (1, 0);

create table events (
    position       bigint primary key,
    event_id       uuid not null unique,
    negotiation_id text not null references streams (negotiation_id),
    version        bigint not null,
    type           text not null,
    occurred_on    text not null,
    recorded_at    timestamptz not null,
    content_hash   text not null,
    envelope       json not null,
    unique (negotiation_id, version)
);
create index events_type on events (type, position);

-- The relay's progress: the last position published to Kafka.
create table relay_checkpoint (
    id            int primary key check (id = 1),
    last_position bigint not null
);
insert into relay_checkpoint (id, last_position) values (1, 0);
