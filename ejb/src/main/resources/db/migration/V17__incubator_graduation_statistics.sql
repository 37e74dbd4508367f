-- Incubator tenancy, issue 11 items 5–7: yearly figures of incubatees, graduation (criteria in a settings
-- row, the decision recorded on the incubatee), the recognition thresholds carriers are judged by, and the
-- indexes the statistics' aggregates read. Valid on H2 2.x and PostgreSQL 13+.

-- Merged, acquired or listed (被兼并、收购或挂牌上市): one of the graduation criteria, recorded by the clerk.
alter table incubatee add column listing_kind varchar(8);
alter table incubatee add column listing_on date;
-- The graduation decision: who decided and the criteria met on that day (keys, comma-separated).
alter table incubatee add column graduated_by varchar(50);
alter table incubatee add column graduation_basis varchar(200);
alter table incubatee add constraint incubatee_listing_ck check ((listing_kind is null and listing_on is null)
                                                                 or (listing_kind is not null and listing_on is not null));

-- The statistics read the incubations not exited before a period's first day (a range, not the history), and the
-- graduations up to its last day; county and carrier ride along so that the index answers alone.
create index incubatee_exited_ix on incubatee (exited_on, entered_on, county_id, carrier_id, exit_reason);
create index incubatee_graduated_ix on incubatee (exit_reason, exited_on, county_id, carrier_id);
-- Let area at a day: lettings that end on or after it, with what the sum needs.
create index unit_letting_end_ix on unit_letting (end_date, start_date, unit_id, area_m2);
create index carrier_unit_carrier_ix on carrier_unit (carrier_id, area_m2);

-- One row per incubatee and year; money in 万元 (two decimals, as the commissioner income).
create sequence incubatee_year_seq start with 1050 increment by 50;

create table incubatee_year (
    id              bigint        not null primary key,
    version         bigint        not null,
    incubatee_id    bigint        not null references incubatee (id),
    carrier_id      bigint        not null references carrier (id),
    county_id       bigint        not null references jurisdiction (id),
    fig_year        integer       not null,
    revenue         numeric(14,2) not null,
    investment      numeric(14,2) not null,
    employees       integer       not null,
    patents_applied integer       not null,
    patents_granted integer       not null,
    updated_at      timestamp     not null,
    updated_by      varchar(50)   not null,
    constraint incubatee_year_uk unique (incubatee_id, fig_year),
    constraint incubatee_year_ck check (revenue >= 0 and investment >= 0 and employees >= 0
                                        and patents_applied >= 0 and patents_granted >= 0)
);
create index incubatee_year_county_ix on incubatee_year (county_id, fig_year, carrier_id);

-- The graduation criteria (毕业条件): any one enabled criterion makes a tenant eligible.
create table graduation_settings (
    id                 bigint        not null primary key,
    version            bigint        not null,
    high_tech          boolean       not null,
    investment_enabled boolean       not null,
    investment_over    numeric(14,2) not null,
    revenue_enabled    boolean       not null,
    revenue_over       numeric(14,2) not null,
    listing_enabled    boolean       not null,
    updated_at         timestamp     not null,
    updated_by         varchar(50)   not null
);
insert into graduation_settings values (1, 1, true, true, 500.00, true, 1000.00, true,
                                        timestamp '2026-01-01 00:00:00', 'system');

-- What a carrier of each recognition level is judged by (认定指标).
create table recognition_threshold (
    level            varchar(12)  not null primary key,
    version          bigint       not null,
    min_tenants      integer      not null,
    min_per_thousand numeric(6,2) not null,
    min_used_percent numeric(5,2) not null,
    min_graduates    integer      not null
);
insert into recognition_threshold values ('NATIONAL', 1, 50, 3.00, 75.00, 20);
insert into recognition_threshold values ('PROVINCIAL', 1, 30, 2.00, 70.00, 10);
insert into recognition_threshold values ('MUNICIPAL', 1, 15, 1.00, 60.00, 3);
