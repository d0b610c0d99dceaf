-- When an event got its position. Sequencing is serialised, so this grows with position and can serve as the
-- Last-Modified time of the Atom feed; occurred_at cannot, because a late commit carries an early time.
alter table event_log add column sequenced_at timestamptz;

-- Events sequenced before this column existed: the running maximum keeps the time growing with position.
update event_log e set sequenced_at = earlier.at
from (select id, max(coalesce(published_at, occurred_at)) over (order by position) as at
      from event_log where position is not null) earlier
where e.id = earlier.id;
