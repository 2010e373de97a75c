-- Views are built in generations: events_<n> and negotiations_<n>, each filled by its own consumer (offsets in
-- consumer_offsets under that consumer's name). view_pointer names the generation the API serves; a rebuild fills a
-- new generation from the topic while the old one keeps serving, then moves the pointer in one transaction.
create table generations (
    generation       int primary key,
    state            text not null check (state in ('building', 'serving', 'retired')),
    started_at       timestamptz not null default now(),
    caught_up_at     timestamptz,
    switched_at      timestamptz,
    applied_position bigint not null default 0
);

create table view_pointer (
    id         int primary key check (id = 1),
    generation int not null references generations (generation)
);

-- The shape every generation copies (create table ... (like ... including all)); never written to.
create table events_template (
    position       bigint primary key,
    negotiation_id text not null,
    version        bigint not null,
    type           text not null,
    occurred_from  date not null,
    recorded_at    timestamptz not null,
    envelope       text not null
);
create index events_template_by_negotiation on events_template (negotiation_id, occurred_from, version);

-- status and summary are rendered for computed_for; status_position < last_position means they lag the events
-- (a catching-up consumer defers rendering) and readers fold afresh until the background renderer catches up.
create table negotiations_template (
    negotiation_id  text primary key,
    title           text,
    version         bigint not null,
    last_position   bigint not null,
    status_position bigint not null default 0,
    computed_for    date,
    status          text,
    summary         text,
    updated_at      timestamptz not null
);

-- Generation 1 takes over what V1 built.
create table events_1 (like events_template including all);
insert into events_1 (position, negotiation_id, version, type, occurred_from, recorded_at, envelope)
    select position, negotiation_id, version, type, occurred_from, recorded_at, envelope::text from events;
create table negotiations_1 (like negotiations_template including all);
insert into negotiations_1 (negotiation_id, title, version, last_position, status_position, computed_for, status, updated_at)
    select negotiation_id, title, version, last_position, 0, computed_for, null, updated_at from negotiations;
insert into generations (generation, state, applied_position, caught_up_at, switched_at)
    select 1, 'serving', position, now(), now() from applied_position;
insert into view_pointer (id, generation) values (1, 1);
drop table events;
drop table negotiations;
drop table applied_position;
