-- Master data: administrative divisions and enterprises. Valid on H2 2.x and PostgreSQL 13+.
-- Sequences start above the demo ids (< 1000); EclipseLink treats a fetched value as the end of a
-- block of 50, so START WITH 1050 INCREMENT BY 50 hands out 1001, 1002, ...

create sequence jurisdiction_seq start with 1050 increment by 50;

create table jurisdiction (
    id        bigint      not null primary key,
    version   bigint      not null,
    code      varchar(12) not null,
    name      varchar(60) not null,
    level     varchar(16) not null,
    parent_id bigint      references jurisdiction (id),
    constraint jurisdiction_code_uk unique (code)
);
create index jurisdiction_parent_ix on jurisdiction (parent_id);

create sequence enterprise_seq start with 1050 increment by 50;

create table enterprise (
    id                    bigint       not null primary key,
    version               bigint       not null,
    credit_code           varchar(18)  not null,
    name                  varchar(200) not null,
    kind                  varchar(20)  not null,
    industry              varchar(60),
    county_id             bigint       not null references jurisdiction (id),
    township_id           bigint       not null references jurisdiction (id),
    address               varchar(200),
    contact_name          varchar(50),
    contact_phone         varchar(13),
    high_tech_cert_no     varchar(40),
    high_tech_valid_until date,
    sme_year              integer,
    created_at            timestamp    not null,
    updated_at            timestamp    not null,
    constraint enterprise_credit_code_uk unique (credit_code)
);
create index enterprise_county_name_ix on enterprise (county_id, name);
create index enterprise_township_ix on enterprise (township_id);
create index enterprise_name_ix on enterprise (name);
