-- The reference from events to streams is checked by a trigger on every inserted row (a lookup and a row lock each):
-- about a fifth of the database's work on a batch append. The append writes the stream's row first, under its lock, in
-- the same transaction as the events, so the check can never fail; it goes. (The append path's COPY then costs the
-- server about what a plain batch insert of the same rows does.)
alter table events drop constraint events_negotiation_id_fkey;
