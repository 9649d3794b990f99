-- The minimal SQL of one order, as three transactions: Orders places it with its payment request (outbox row);
-- Payments records the request in its inbox, debits the account, records the payment and its outcome (outbox row);
-- Orders records the outcome in its inbox and settles the order. Users are random among 200, as in the shop's run.
\set user random(1, 200)
begin;
insert into pgb.orders values (gen_random_uuid(), md5(:user::text)::uuid, 1.00, null, 'NEW', null, now(), now())
    returning id as order_id \gset
insert into pgb.event_publication (id, listener_id, event_type, serialized_event, publication_date, status, claimed_by)
    values (gen_random_uuid(), 'relay', 'com.gozon.orders.adapter.out.messaging.PaymentRequested',
            '{"eventId":"' || gen_random_uuid() || '","orderId":"' || ':order_id'::uuid || '","userId":"'
            || md5(:user::text)::uuid || '","amount":1.00,"requestedAt":"' || now() || '"}', now(), 'PUBLISHED', 'pgbench');
commit;
begin;
insert into pgb.payments_inbox values (gen_random_uuid(), now()) on conflict (message_id) do nothing;
select balance from pgb.account where user_id = md5(:user::text)::uuid for update;
update pgb.account set balance = balance - 1.00, updated_at = now() where user_id = md5(:user::text)::uuid;
insert into pgb.payment values (gen_random_uuid(), ':order_id'::uuid, md5(:user::text)::uuid, 1.00, 'SUCCEEDED', null, now());
insert into pgb.event_publication (id, listener_id, event_type, serialized_event, publication_date, status, claimed_by)
    values (gen_random_uuid(), 'relay', 'com.gozon.payments.adapter.out.messaging.PaymentSucceeded',
            '{"eventId":"' || gen_random_uuid() || '","paymentId":"' || gen_random_uuid() || '","orderId":"'
            || ':order_id'::uuid || '","userId":"' || md5(:user::text)::uuid || '","amount":1.00,"processedAt":"' || now()
            || '"}', now(), 'PUBLISHED', 'pgbench');
commit;
begin;
insert into pgb.orders_inbox values (gen_random_uuid(), now()) on conflict (message_id) do nothing;
select status from pgb.orders where id = ':order_id'::uuid for update;
update pgb.orders set status = 'PAID', updated_at = now() where id = ':order_id'::uuid;
commit;
