-- InboxHousekeeping deletes the oldest rows in batches.
create index inbox_message_by_age on inbox_message (processed_at);
