-- What a subscription follows (its alert policy and topic filter), written with the subscription in one transaction.
-- A subscription created before this table has no row here and keeps receiving every alert its negotiation and kinds allow.
create table subscription_topics (
    subscription_id uuid primary key references subscriptions (id),
    policy          text not null,
    filters         text not null
);
