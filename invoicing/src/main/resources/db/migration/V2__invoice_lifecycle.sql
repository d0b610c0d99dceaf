-- A corrected billing address gives the invoice a new revision; a cancellation cancels it with a credit note.
alter table invoice add column revision int not null default 1;
alter table invoice add column corrected_at timestamptz;
alter table invoice add column status varchar(9) not null default 'ISSUED' check (status in ('ISSUED', 'CANCELLED'));

create sequence credit_note_number;

-- At most one per invoice: an order is cancelled once.
create table credit_note (
    order_id  bigint primary key references invoice (order_id),
    number    varchar(20) not null unique,
    amount    numeric(14, 2) not null check (amount <= 0),
    reason    varchar(500),
    issued_at timestamptz not null
);

-- Every lifecycle event applied, once per event id, so that a redelivery changes nothing.
create table invoice_event (
    event_id    uuid primary key,
    order_id    bigint not null references invoice (order_id),
    type        varchar(20) not null,
    received_at timestamptz not null
);
