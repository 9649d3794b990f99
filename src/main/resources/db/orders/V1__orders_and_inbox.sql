create table orders (
    id             uuid primary key,
    user_id        uuid           not null,
    amount         numeric(19, 2) not null check (amount > 0),
    description    varchar(500),
    status         varchar(16)    not null check (status in ('NEW', 'PAID', 'FAILED')),
    failure_reason varchar(32) check (failure_reason in ('INSUFFICIENT_FUNDS', 'ACCOUNT_NOT_FOUND')),
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    constraint failure_reason_only_when_failed check ((status = 'FAILED') = (failure_reason is not null))
);

create index orders_by_user_newest_first on orders (user_id, created_at desc, id desc);

-- The inbox: one row per processed message, keyed by the id the producer gave it.
create table inbox_message (
    message_id   uuid primary key,
    processed_at timestamp(6) with time zone not null
);
