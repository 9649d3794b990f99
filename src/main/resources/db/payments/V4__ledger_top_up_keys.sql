-- A top-up's ledger entry keeps the key its client gave it (the request's Idempotency-Key), so that an entry can be
-- traced to the request that made it, and a key that moved money twice would show (ADR 0015).
alter table ledger_entry add column top_up_key varchar(255);
alter table ledger_entry add constraint top_up_key_with_top_ups_only check (top_up_key is null or kind = 'TOP_UP');
create index ledger_entry_by_top_up_key on ledger_entry (user_id, top_up_key) where top_up_key is not null;
