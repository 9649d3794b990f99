-- For the compose profile "split": each module connects with its own credentials and owns only its schemas
-- (its data and its outbox); it can neither read nor write the other module's. The single-container shop uses the
-- database owner "gozon" and the schemas orders, payments and outbox.
create role orders_app login password 'orders_app';
create role payments_app login password 'payments_app';

revoke create on schema public from public;
grant connect on database gozon to orders_app, payments_app;

create schema orders authorization orders_app;
create schema orders_outbox authorization orders_app;
create schema payments authorization payments_app;
create schema payments_outbox authorization payments_app;

-- the single-container shop (user gozon) may use the module schemas too, on the same volume
grant usage, create on schema orders, payments to gozon;
