-- Several instances of the projection share the views.
--
-- partition_progress: per generation and topic partition, the highest position whose every predecessor on that
-- partition is applied (raised by each batch, and to the highest position applied anywhere once the partition is read
-- to its end). generations.watermark is the lowest of them over all topic_partitions partitions: every position at or
-- below it is applied, whatever instance holds which partition (read-your-writes, the live feed).
create table partition_progress (
    generation int    not null references generations (generation),
    partition  int    not null,
    high       bigint not null,
    primary key (generation, partition)
);
alter table generations add column watermark bigint not null default 0;
alter table generations add column topic_partitions int not null default 0;
-- A retired generation's tables are dropped once no live instance serves it; dropped_at records when.
alter table generations add column dropped_at timestamptz;

-- Each running instance says which generation it serves, every few seconds.
create table instances (
    instance   text primary key,
    generation int not null,
    seen_at    timestamptz not null
);
