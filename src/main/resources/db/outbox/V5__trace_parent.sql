-- The trace an event was published in (W3C traceparent), so that the message continues it whenever it is sent: at
-- once, after a resubmission, or by another instance after a takeover (adr/0019-one-trace-per-order.md).
alter table event_publication add column trace_parent varchar(64);
