-- Runs once per schema (Flyway records it), so restarts add no duplicates.
insert into customer (id, name, email) values
    (1, 'Ada Lovelace', 'ada@example.org'),
    (2, 'Grace Hopper', 'grace@example.org'),
    (3, 'Alan Turing', 'alan@example.org'),
    (4, 'Edsger Dijkstra', 'edsger@example.org'),
    (5, 'Barbara Liskov', 'barbara@example.org');

insert into item (id, name, price) values
    (1, 'iPod', 42.00),
    (2, 'iPod touch', 21.00),
    (3, 'iPod nano', 1.00),
    (4, 'Apple TV', 100.00),
    (5, 'Mechanical keyboard', 89.90),
    (6, 'USB-C cable', 9.99);
