-- Webhook subscriptions. The secret signs deliveries; the API never returns it.
create table subscriptions (
    id             uuid primary key,
    url            text not null,
    negotiation_id text,
    kinds          text[],
    secret         text not null,
    description    text,
    created_at     timestamptz not null,
    deleted_at     timestamptz
);

-- One delivery per (subscription, alert), created in the alert's own transaction: an alert and its deliveries commit together.
create table webhook_deliveries (
    id              bigserial primary key,
    subscription_id uuid   not null references subscriptions (id),
    alert_seq       bigint not null references alerts (seq),
    status          text   not null check (status in ('pending', 'delivered', 'dead', 'cancelled')),
    attempts        int    not null default 0,
    next_attempt_at timestamptz not null,
    lease_until     timestamptz,
    last_status     int,
    last_error      text,
    created_at      timestamptz not null default now(),
    finished_at     timestamptz,
    unique (subscription_id, alert_seq)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_by_subscription on webhook_deliveries (subscription_id, id);

create table webhook_attempts (
    delivery_id  bigint not null references webhook_deliveries (id),
    attempt      int    not null,
    attempted_at timestamptz not null,
    status_code  int,
    error        text,
    duration_ms  int    not null,
    primary key (delivery_id, attempt)
);
