-- How far the order-state publisher has got in the event log: the position of the last event whose state record the
-- broker acknowledged. One row; its own progress, independent of the relay's published_at, so that neither waits for
-- the other and the state topic can be rebuilt by setting it back to 0.
create table order_state_cursor (
    id       int primary key check (id = 1),
    position bigint not null
);

insert into order_state_cursor (id, position) values (1, 0);
