-- Enterprise innovation indicators (企业创新指标): patents one record each (the yearly counts of patents applied
-- and granted by type are aggregated from them), each enterprise's figures of a year (R&D spending in yuan,
-- high-tech products), and the high-tech enterprise pipeline (培育库 → 申报 → 认定 / 未通过). The certificate
-- itself stays where master data keeps it (enterprise.high_tech_cert_no, high_tech_valid_until): recognition
-- writes it there. Valid on H2 2.x and PostgreSQL 13+. Money is numeric(19,2) yuan.

create sequence ind_patent_seq start with 1050 increment by 50;

create table ind_patent (
    id             bigint        not null primary key,
    version        bigint        not null,
    enterprise_id  bigint        not null references enterprise (id),
    county_id      bigint        not null references jurisdiction (id),
    number         varchar(30)   not null,
    title          varchar(200)  not null,
    patent_type    varchar(16)   not null,
    applied_on     date          not null,
    granted_on     date,
    status         varchar(12)   not null,
    updated_at     timestamp     not null,
    constraint ind_patent_number_uk unique (number),
    constraint ind_patent_type_ck check (patent_type in ('INVENTION', 'UTILITY_MODEL', 'DESIGN')),
    constraint ind_patent_status_ck check (status in ('PENDING', 'GRANTED', 'REJECTED', 'LAPSED')),
    constraint ind_patent_granted_ck check ((status in ('GRANTED', 'LAPSED') and granted_on is not null
                                             and granted_on >= applied_on)
                                            or (status in ('PENDING', 'REJECTED') and granted_on is null))
);
-- The list (newest filing first, keyset on day and id), in all counties or one; an enterprise's patents.
create index ind_patent_applied_ix on ind_patent (applied_on, id);
create index ind_patent_county_applied_ix on ind_patent (county_id, applied_on, id);
create index ind_patent_enterprise_ix on ind_patent (enterprise_id, applied_on);
-- The statistics: counts by type in a period of filing or grant, optionally of one county, from the index alone.
create index ind_patent_applied_type_ix on ind_patent (applied_on, patent_type, county_id);
create index ind_patent_granted_type_ix on ind_patent (granted_on, patent_type, county_id);

create sequence ind_yearly_seq start with 1050 increment by 50;

create table ind_yearly (
    id                  bigint        not null primary key,
    version             bigint        not null,
    enterprise_id       bigint        not null references enterprise (id),
    county_id           bigint        not null references jurisdiction (id),
    figure_year         integer       not null,
    rd_spending         numeric(19,2) not null,
    high_tech_products  integer       not null,
    product_names       varchar(1000),
    updated_at          timestamp     not null,
    constraint ind_yearly_enterprise_year_uk unique (enterprise_id, figure_year),
    constraint ind_yearly_spending_ck check (rd_spending >= 0),
    constraint ind_yearly_products_ck check (high_tech_products >= 0)
);
create index ind_yearly_county_year_ix on ind_yearly (county_id, figure_year);

create sequence ind_high_tech_seq start with 1050 increment by 50;

create table ind_high_tech (
    id                bigint        not null primary key,
    version           bigint        not null,
    enterprise_id     bigint        not null references enterprise (id),
    county_id         bigint        not null references jurisdiction (id),
    stage             varchar(12)   not null,
    entered_on        date          not null,
    note              varchar(500),
    application_year  integer,
    submitted_on      date,
    certificate_no    varchar(40),
    issued_on         date,
    failure_reason    varchar(500),
    updated_at        timestamp     not null,
    constraint ind_high_tech_enterprise_uk unique (enterprise_id),
    constraint ind_high_tech_stage_ck check (stage in ('CULTIVATING', 'APPLIED', 'RECOGNISED', 'FAILED')),
    constraint ind_high_tech_recognised_ck check (stage <> 'RECOGNISED'
                                                  or (certificate_no is not null and issued_on is not null)),
    constraint ind_high_tech_failed_ck check (stage <> 'FAILED' or failure_reason is not null)
);
create index ind_high_tech_county_ix on ind_high_tech (county_id, id);
create index ind_high_tech_stage_ix on ind_high_tech (stage, id);
-- Recognitions in a period.
create index ind_high_tech_issued_ix on ind_high_tech (issued_on, county_id);
-- Certificates valid on a day, expiring within months, due for renewal (master data's column).
create index ind_enterprise_high_tech_ix on enterprise (high_tech_valid_until, county_id);
