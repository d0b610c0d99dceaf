-- One row per order the bonus service has heard of. An order's creation sets customer, points and earned_at; its
-- cancellation sets cancelled_at. Each part is set once (later deliveries of the same event change nothing), and
-- either part may come first: a cancellation whose creation was dead-lettered and retried later still cancels it.
create table earning (
    order_id      bigint primary key,
    customer_id   bigint,
    customer_name varchar(200),
    points        bigint check (points >= 0),
    earned_at     timestamptz,
    cancelled_at  timestamptz,
    check ((customer_id is null) = (points is null))
);

create index earning_customer on earning (customer_id) where customer_id is not null;
