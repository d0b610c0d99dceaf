-- An order can be cancelled; its addresses can be corrected in place (the event log keeps every version).
alter table orders add column status varchar(9) not null default 'PLACED' check (status in ('PLACED', 'CANCELLED'));
alter table orders add column cancelled_at timestamptz;
alter table orders add column cancel_reason varchar(500);
