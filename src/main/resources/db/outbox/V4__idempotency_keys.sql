-- The answers to POST requests that carried an Idempotency-Key, written in the transaction of their effect (ADR 0016).
create table idempotency_key (
    caller          varchar(100)  not null,
    idempotency_key varchar(255)  not null,
    request_hash    char(64)      not null,
    status          integer       not null,
    content_type    varchar(255),
    location        varchar(2000),
    body            bytea         not null,
    created_at      timestamp(6) with time zone not null,
    primary key (caller, idempotency_key)
);

create index idempotency_key_by_age on idempotency_key (created_at);
