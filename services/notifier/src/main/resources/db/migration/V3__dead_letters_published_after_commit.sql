-- Dead letters are published to their topic after the consumer's transaction commits (no longer inside it): a row is
-- written unpublished with the batch and marked once the broker acknowledged it. Rows from before were already sent.
-- The event's version and position are kept when the record could be read that far.
alter table dead_letters add column published boolean not null default true;
alter table dead_letters alter column published set default false;
alter table dead_letters add column event_version bigint;
alter table dead_letters add column event_position bigint;
create index dead_letters_unpublished on dead_letters (consumer, id) where not published;
