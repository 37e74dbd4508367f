-- Imports of ledgers kept in Excel (台账): one row per import, naming the file (name, size, SHA-256), the
-- county, the counts and who imported it; the ids of the records it created in order.
create sequence ledger_import_seq start with 1 increment by 1;

create table ledger_import (
    id            bigint       not null primary key,
    kind          varchar(20)  not null,
    county_id     bigint       references jurisdiction (id),
    file_name     varchar(200) not null,
    file_size     bigint       not null,
    file_sha256   varchar(64)  not null,
    rows_total    integer      not null,
    rows_skipped  integer      not null,
    imported_by   varchar(100) not null,
    imported_at   timestamp    not null
);
create index ledger_import_county_ix on ledger_import (county_id, imported_at);

-- Ordered list: no key on (import_id, position), as for the other ordered collections.
create table ledger_import_record (
    import_id bigint  not null references ledger_import (id),
    position  integer not null,
    record_id bigint  not null
);
create index ledger_import_record_ix on ledger_import_record (import_id, position);
