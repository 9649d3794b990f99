-- Which instance claimed a publication, so that survivors can take over a dead instance's publications as soon as
-- its lease expires, instead of waiting for the staleness counted from the publication date (ADR 0014).
-- Every connection of an instance names it in the setting gozon.instance (OutboxInstance); Modulith's JPA entity does
-- not know the column, so the default and the trigger fill it in.
create table instance_lease (
    instance_id  varchar(64) primary key,
    heartbeat_at timestamp(6) with time zone not null
);

alter table event_publication
    add column claimed_by varchar(64) default nullif(current_setting('gozon.instance', true), '');

create function claim_publication() returns trigger language plpgsql as $$
begin
    -- an instance that starts (PROCESSING) or takes over (RESUBMITTED) a publication owns it from now on, unless
    -- the statement names the owner itself
    if new.claimed_by is not distinct from old.claimed_by then
        new.claimed_by := nullif(current_setting('gozon.instance', true), '');
    end if;
    return new;
end;
$$;

create trigger claim_publication
    before update of status on event_publication
    for each row
    when (new.status in ('PROCESSING', 'RESUBMITTED') and new.status is distinct from old.status)
    execute function claim_publication();

create index event_publication_in_flight_by_instance on event_publication (claimed_by)
    where completion_date is null;
