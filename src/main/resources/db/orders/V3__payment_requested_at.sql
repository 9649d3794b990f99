-- When the order's payment was last requested: an order still NEW long after it is asked again (issue 19), by one
-- instance (the claim updates this column under FOR UPDATE SKIP LOCKED).
alter table orders add column payment_requested_at timestamp(6) with time zone;
update orders set payment_requested_at = created_at;
alter table orders alter column payment_requested_at set not null;

create index orders_unsettled_by_request on orders (payment_requested_at) where status = 'NEW';
