-- The ledger: every change of a balance is an entry, written in the transaction of the change. The chain of an
-- account's entries is checked by the database itself: each entry continues the previous one (sequence + 1, balance
-- after = previous balance after + amount), entries are never changed or deleted, and at every commit the account's
-- balance is the balance after its latest entry, which by the chain is the sum of all its entries (ADR 0015).
-- The functions keep the search path of this migration (the module's schema), whatever the caller's.
alter table account add column ledger_sequence bigint not null default 0;

create table ledger_entry (
    user_id       uuid           not null references account (user_id),
    sequence      bigint         not null check (sequence > 0),
    kind          varchar(16)    not null check (kind in ('OPENED', 'TOP_UP', 'DEBIT')),
    amount        numeric(19, 2) not null,
    balance_after numeric(19, 2) not null check (balance_after >= 0),
    order_id      uuid,
    created_at    timestamp(6) with time zone not null,
    primary key (user_id, sequence),
    constraint order_with_debits_only check ((kind = 'DEBIT') = (order_id is not null)),
    constraint sign_of_the_kind check (case kind when 'OPENED' then amount >= 0
                                                  when 'TOP_UP' then amount > 0
                                                  else amount < 0 end)
);

create index ledger_entry_by_order on ledger_entry (order_id) where order_id is not null;

-- accounts opened before the ledger start it with their balance at that moment
insert into ledger_entry (user_id, sequence, kind, amount, balance_after, order_id, created_at)
select user_id, 1, 'OPENED', balance, balance, null, now() from account;
update account set ledger_sequence = 1;

create function ledger_entry_continues_the_chain() returns trigger language plpgsql
    set search_path from current as $$
declare
    previous ledger_entry%rowtype;
begin
    select * into previous from ledger_entry where user_id = new.user_id and sequence = new.sequence - 1;
    if new.sequence = 1 then
        if new.balance_after <> new.amount then
            raise exception 'the first entry of % must open the balance at its amount', new.user_id;
        end if;
    elsif not found or new.balance_after <> previous.balance_after + new.amount then
        raise exception 'entry % of % does not continue the ledger', new.sequence, new.user_id;
    end if;
    return new;
end;
$$;

create trigger ledger_entry_continues_the_chain before insert on ledger_entry
    for each row execute function ledger_entry_continues_the_chain();

create function ledger_entry_is_immutable() returns trigger language plpgsql
    set search_path from current as $$
begin
    raise exception 'ledger entries are never changed or deleted';
end;
$$;

create trigger ledger_entry_is_immutable before update or delete on ledger_entry
    for each row execute function ledger_entry_is_immutable();

-- at commit, for every account whose row or ledger changed: the balance is the balance after the latest entry
create function account_matches_its_ledger() returns trigger language plpgsql
    set search_path from current as $$
declare
    account_row account%rowtype;
begin
    select * into account_row from account where user_id = new.user_id;
    if not exists (select 1 from ledger_entry
                   where user_id = new.user_id and sequence = account_row.ledger_sequence
                     and balance_after = account_row.balance)
       or exists (select 1 from ledger_entry
                  where user_id = new.user_id and sequence > account_row.ledger_sequence) then
        raise exception 'the balance of % is not the balance after its latest ledger entry', new.user_id;
    end if;
    return null;
end;
$$;

create constraint trigger account_matches_its_ledger after insert or update on account
    deferrable initially deferred
    for each row execute function account_matches_its_ledger();

create constraint trigger ledger_matches_its_account after insert on ledger_entry
    deferrable initially deferred
    for each row execute function account_matches_its_ledger();
