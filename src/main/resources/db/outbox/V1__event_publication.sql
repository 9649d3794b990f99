-- Spring Modulith's JPA event publication registry: the outbox of every module.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(20),
    completion_attempts    integer      not null default 0,
    last_resubmission_date timestamp(6) with time zone
);

create index event_publication_incomplete on event_publication (status, publication_date)
    where completion_date is null;
create index event_publication_by_serialized_event on event_publication using hash (serialized_event);
