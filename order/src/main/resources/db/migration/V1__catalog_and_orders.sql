create table customer (
    id    bigint primary key,
    name  varchar(200) not null,
    email varchar(200) not null
);

create table item (
    id    bigint primary key,
    name  varchar(200) not null,
    price numeric(12, 2) not null check (price >= 0)
);

create table orders (
    id              bigint generated always as identity primary key,
    customer_id     bigint not null references customer (id),
    created_at      timestamptz not null,
    shipping_street varchar(200) not null,
    shipping_zip    varchar(20) not null,
    shipping_city   varchar(100) not null,
    billing_street  varchar(200) not null,
    billing_zip     varchar(20) not null,
    billing_city    varchar(100) not null
);

-- Name and price are copied from the catalog so that a later price change does not rewrite old orders.
create table order_line (
    order_id   bigint not null references orders (id),
    line_no    int not null,
    item_id    bigint not null references item (id),
    item_name  varchar(200) not null,
    unit_price numeric(12, 2) not null,
    count      int not null check (count > 0),
    primary key (order_id, line_no)
);
