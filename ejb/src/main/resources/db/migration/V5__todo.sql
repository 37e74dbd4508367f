-- To-do items (待办): what a role in a county (or the city) must attend to, raised and resolved by the
-- modules. Valid on H2 2.x and PostgreSQL 13+. V4 is reserved for another context.
--
-- open_key is kind|record_type|record_id while the item is open and null once it is resolved: its
-- unique constraint allows any number of resolved items (nulls are never equal) but at most one open
-- item per kind and record, on both databases (a partial unique index would not be portable).

create sequence todo_item_seq start with 1050 increment by 50;

create table todo_item (
    id          bigint        not null primary key,
    version     bigint        not null,
    kind        varchar(60)   not null,
    record_type varchar(60)   not null,
    record_id   varchar(64)   not null,
    county_id   bigint        references jurisdiction (id),
    role        varchar(32)   not null,
    message_key varchar(100)  not null,
    arguments   varchar(2000) not null,
    link        varchar(300),
    due_on      date,
    raised_at   timestamp     not null,
    resolved_at timestamp,
    open_key    varchar(190),
    constraint todo_item_open_uk unique (open_key)
);
-- "my open items": by role and county, open ones only
create index todo_item_mine_ix on todo_item (role, county_id, resolved_at);
-- reconciliation of a feed: the open items of a kind prefix
create index todo_item_kind_ix on todo_item (kind, resolved_at);
-- resolving everything about one record
create index todo_item_record_ix on todo_item (record_type, record_id);
