-- Every event of every negotiation as it was published (the envelope JSON), written with the consumer's offsets. The
-- alert rules fold them with the domain's own Evolve, and the backtest replays them day by day on the knowledge axis.
create table event_log (
    negotiation_id text   not null,
    version        bigint not null,
    event_id       uuid   not null,
    known_on       date   not null,
    envelope       text   not null,
    primary key (negotiation_id, version)
);

-- The notifier kept no events before this table: read the topic again from its start (retention is unlimited) to fill
-- it. Replayed events are recognised by applied_versions and raise no alert a second time.
delete from consumer_offsets;
