-- Whether the order is cancelled, as a column of its own: a replay compares the data without the processing times
-- (earned_at, cancelled_at), and the cancellation must still count (replay.properties).
alter table earning add column cancelled boolean generated always as (cancelled_at is not null) stored;
