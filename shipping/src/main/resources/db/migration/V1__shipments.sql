create table shipment (
    order_id      bigint primary key,
    customer_name varchar(200),
    street        varchar(200) not null,
    zip           varchar(20) not null,
    city          varchar(100) not null,
    created_at    timestamptz not null
);

create index shipment_newest on shipment (created_at desc, order_id desc);

create table shipment_line (
    order_id  bigint not null references shipment (order_id),
    line_no   int not null,
    item_id   bigint not null,
    item_name varchar(200),
    count     int not null check (count > 0),
    primary key (order_id, line_no)
);
