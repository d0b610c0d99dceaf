-- No unique key: a note handled twice shows as two rows, so tests see duplicates the poller would cause.
create table note (
    seq  bigint generated always as identity primary key,
    text varchar(200) not null
);
