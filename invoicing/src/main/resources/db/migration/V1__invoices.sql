create table invoice (
    order_id      bigint primary key,
    customer_id   bigint not null,
    customer_name varchar(200),
    street        varchar(200) not null,
    zip           varchar(20) not null,
    city          varchar(100) not null,
    total         numeric(14, 2) not null,
    created_at    timestamptz not null
);

create index invoice_newest on invoice (created_at desc, order_id desc);

create table invoice_line (
    order_id   bigint not null references invoice (order_id),
    line_no    int not null,
    item_id    bigint not null,
    item_name  varchar(200),
    unit_price numeric(12, 2) not null,
    count      int not null check (count > 0),
    amount     numeric(14, 2) not null,
    primary key (order_id, line_no)
);
