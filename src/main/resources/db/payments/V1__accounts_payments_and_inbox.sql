create table account (
    user_id    uuid primary key,
    balance    numeric(19, 2) not null check (balance >= 0),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null
);

-- One payment per order, whatever its outcome.
create table payment (
    id           uuid primary key,
    order_id     uuid           not null unique,
    user_id      uuid           not null,
    amount       numeric(19, 2) not null check (amount > 0),
    outcome      varchar(16)    not null check (outcome in ('SUCCEEDED', 'DECLINED')),
    decline_reason varchar(32) check (decline_reason in ('INSUFFICIENT_FUNDS', 'ACCOUNT_NOT_FOUND')),
    processed_at timestamp(6) with time zone not null,
    constraint reason_only_when_declined check ((outcome = 'DECLINED') = (decline_reason is not null))
);

-- The inbox: one row per processed message, keyed by the id the producer gave it.
create table inbox_message (
    message_id   uuid primary key,
    processed_at timestamp(6) with time zone not null
);
