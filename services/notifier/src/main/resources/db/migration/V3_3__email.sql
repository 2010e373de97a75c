-- Email subscriptions: an address, what it follows (policy and topic filter), optionally one negotiation.
create table email_subscriptions (
    id             uuid primary key,
    address        text not null,
    negotiation_id text,
    policy         text not null,
    filters        text not null,
    description    text,
    created_at     timestamptz not null,
    deleted_at     timestamptz
);

-- One delivery per (subscription, alert), created in the alert's own transaction; retried with backoff, then dead.
create table email_deliveries (
    id              bigserial primary key,
    subscription_id uuid   not null references email_subscriptions (id),
    alert_seq       bigint not null references alerts (seq),
    status          text   not null check (status in ('pending', 'delivered', 'dead', 'cancelled')),
    attempts        int    not null default 0,
    next_attempt_at timestamptz not null,
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    finished_at     timestamptz,
    unique (subscription_id, alert_seq)
);
create index email_deliveries_due on email_deliveries (next_attempt_at) where status = 'pending';
