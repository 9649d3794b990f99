-- Tables shaped like the shop's (db/orders, db/payments, db/outbox), in a schema of the benchmark's own, for pgbench's
-- minimal SQL of one order (pgbench-order.sql). Indexes as in the migrations; no ledger, no triggers: the floor.
drop schema if exists pgb cascade;
create schema pgb;
create table pgb.orders (
    id uuid primary key, user_id uuid not null, amount numeric(19, 2) not null check (amount > 0),
    description varchar(500), status varchar(16) not null, failure_reason varchar(32),
    created_at timestamp(6) with time zone not null, updated_at timestamp(6) with time zone not null);
create index on pgb.orders (user_id, created_at desc, id desc);
create table pgb.orders_inbox (message_id uuid primary key, processed_at timestamp(6) with time zone not null);
create table pgb.payments_inbox (message_id uuid primary key, processed_at timestamp(6) with time zone not null);
create table pgb.account (
    user_id uuid primary key, balance numeric(19, 2) not null check (balance >= 0),
    created_at timestamp(6) with time zone not null, updated_at timestamp(6) with time zone not null);
create table pgb.payment (
    id uuid primary key, order_id uuid not null unique, user_id uuid not null, amount numeric(19, 2) not null,
    outcome varchar(16) not null, decline_reason varchar(32), processed_at timestamp(6) with time zone not null);
create table pgb.event_publication (
    id uuid primary key, listener_id varchar(512) not null, event_type varchar(512) not null,
    serialized_event text not null, publication_date timestamp(6) with time zone not null,
    completion_date timestamp(6) with time zone, status varchar(20), completion_attempts integer not null default 0,
    last_resubmission_date timestamp(6) with time zone, claimed_by varchar(64));
create index on pgb.event_publication (status, publication_date) where completion_date is null;
create index on pgb.event_publication (claimed_by) where completion_date is null;
create index on pgb.event_publication (completion_date) where completion_date is not null;
insert into pgb.account select md5(n::text)::uuid, 1000000000, now(), now() from generate_series(1, 200) n;
