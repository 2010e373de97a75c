-- A new generation is first filled by a replay (the topic read once, each negotiation folded in memory, every table
-- written once by COPY, its indexes built after the load), then its consumer continues from where the replay stopped.
-- replayed_at records that the replay is done (or was given up for the consumer to fill the generation alone).
-- Generations from before were filled by their consumer from the start: they count as replayed.
alter table generations add column replayed_at timestamptz;
update generations set replayed_at = coalesce(caught_up_at, started_at);
