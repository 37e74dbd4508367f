-- Incubator tenancy (孵化器 / 众创空间): carriers and their lettable units. Valid on H2 2.x and
-- PostgreSQL 13+. A carrier's total area is not stored: it is the sum of its units' areas, asked of
-- the database when shown. Units copy their carrier's county for county-scoped reads.

create sequence carrier_seq start with 1050 increment by 50;

create table carrier (
    id                bigint       not null primary key,
    version           bigint       not null,
    county_id         bigint       not null references jurisdiction (id),
    name              varchar(100) not null,
    kind              varchar(20)  not null,
    recognition_level varchar(12)  not null,
    recognized_on     date,
    operator          varchar(200),
    opened_on         date,
    address           varchar(200),
    created_at        timestamp    not null,
    updated_at        timestamp    not null
);
create index carrier_county_name_ix on carrier (county_id, name, id);
create index carrier_name_ix on carrier (name, id);

create sequence carrier_unit_seq start with 1050 increment by 50;

create table carrier_unit (
    id         bigint        not null primary key,
    version    bigint        not null,
    carrier_id bigint        not null references carrier (id),
    county_id  bigint        not null references jurisdiction (id),
    building   varchar(40)   not null,
    floor_no   integer       not null,
    room_code  varchar(20)   not null,
    kind       varchar(12)   not null,
    area_m2    numeric(12,2) not null,
    list_rent  numeric(10,2) not null,
    status     varchar(16)   not null,
    updated_at timestamp     not null,
    constraint carrier_unit_room_uk unique (carrier_id, building, room_code),
    constraint carrier_unit_area_ck check (area_m2 > 0),
    constraint carrier_unit_rent_ck check (list_rent >= 0)
);
create index carrier_unit_county_ix on carrier_unit (county_id);
