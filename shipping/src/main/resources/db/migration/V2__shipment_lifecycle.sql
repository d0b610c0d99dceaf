-- A shipment is open until dispatched (then changes come too late) or cancelled.
alter table shipment add column status varchar(10) not null default 'OPEN'
    check (status in ('OPEN', 'DISPATCHED', 'CANCELLED'));
alter table shipment add column dispatched_at timestamptz;
alter table shipment add column cancelled_at timestamptz;

-- Every lifecycle event received, once per event id (redeliveries add nothing), with what it did: applied, too late
-- (the shipment had been dispatched) or ignored (the shipment had been cancelled).
create table shipment_event (
    event_id    uuid primary key,
    order_id    bigint not null references shipment (order_id),
    type        varchar(20) not null,
    outcome     varchar(10) not null check (outcome in ('APPLIED', 'TOO_LATE', 'IGNORED')),
    detail      varchar(700),
    received_at timestamptz not null
);

create index shipment_event_of_order on shipment_event (order_id, received_at);
