-- OutboxHousekeeping deletes completed publications past their retention in batches.
create index event_publication_completed on event_publication (completion_date) where completion_date is not null;
