-- The instance that holds a publication is named by the statement that writes or claims it (PublicationTable), not
-- taken from the session setting gozon.instance: behind a pooler in transaction mode (PgBouncer), a server connection
-- serves every instance in turn, and its session setting names whoever set it last (ADR 0026). A row written without
-- the column (none is, since the relay of ADR 0017) has no holder and is left to the staleness monitor.
drop trigger claim_publication on event_publication;
drop function claim_publication();
alter table event_publication alter column claimed_by drop default;
