-- The W3C traceparent of the request that appended the event, so that the relay, which publishes it later on another
-- thread, continues that request's trace. Null for events appended outside a trace and before this column existed.
alter table event_log add column trace_parent text;
