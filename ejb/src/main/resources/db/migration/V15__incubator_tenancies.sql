-- Incubator tenancy: incubatees (one continuous incubation of an enterprise at a carrier), agreements
-- (renewals and moves point to the agreement they replace), their rent relief steps, and the lettings of
-- units for the agreements' days. Valid on H2 2.x and PostgreSQL 13+.
--
-- A unit is never let for overlapping days. The database keeps it so by a row lock: every letting,
-- renewal, move and exit locks its carrier's row (select … for update) before it looks for overlapping
-- lettings and writes its own, so two clerks letting one unit at the same moment are served one after
-- the other, and the second sees the first's letting (read committed). The unique key on (unit, first
-- day) refuses the plainest double letting even from outside the application. An exclusion constraint
-- would say all of it in PostgreSQL alone (with btree_gist), not in H2.

create sequence incubatee_seq start with 1050 increment by 50;

create table incubatee (
    id            bigint       not null primary key,
    version       bigint       not null,
    carrier_id    bigint       not null references carrier (id),
    county_id     bigint       not null references jurisdiction (id),
    enterprise_id bigint       not null references enterprise (id),
    entered_on    date         not null,
    exited_on     date,
    exit_reason   varchar(12),
    exit_note     varchar(500),
    updated_at    timestamp    not null,
    constraint incubatee_exit_ck check ((exited_on is null and exit_reason is null)
                                        or (exited_on is not null and exit_reason is not null))
);
create index incubatee_carrier_ix on incubatee (carrier_id, exited_on);
create index incubatee_enterprise_ix on incubatee (enterprise_id);

create sequence agreement_seq start with 1050 increment by 50;

create table agreement (
    id             bigint        not null primary key,
    version        bigint        not null,
    incubatee_id   bigint        not null references incubatee (id),
    county_id      bigint        not null references jurisdiction (id),
    predecessor_id bigint        references agreement (id),
    start_date     date          not null,
    end_date       date          not null,
    deposit        numeric(14,2) not null,
    monthly_rent   numeric(14,2) not null,
    status         varchar(10)   not null,
    created_at     timestamp     not null,
    updated_at     timestamp     not null,
    constraint agreement_period_ck check (end_date >= start_date),
    constraint agreement_predecessor_uk unique (predecessor_id)
);
create index agreement_incubatee_ix on agreement (incubatee_id);
create index agreement_start_ix on agreement (start_date, id);
create index agreement_county_start_ix on agreement (county_id, start_date, id);

create table agreement_relief (
    agreement_id bigint       not null references agreement (id),
    from_month   integer      not null,
    to_month     integer      not null,
    percent      numeric(5,2) not null,
    constraint agreement_relief_uk unique (agreement_id, from_month),
    constraint agreement_relief_ck check (from_month >= 1 and to_month >= from_month and percent >= 0 and percent <= 100)
);

create sequence unit_letting_seq start with 1050 increment by 50;

create table unit_letting (
    id           bigint        not null primary key,
    agreement_id bigint        not null references agreement (id),
    unit_id      bigint        not null references carrier_unit (id),
    start_date   date          not null,
    end_date     date          not null,
    area_m2      numeric(12,2) not null,
    rent_rate    numeric(10,2) not null,
    constraint unit_letting_period_ck check (end_date >= start_date),
    constraint unit_letting_uk unique (unit_id, start_date)
);
create index unit_letting_unit_ix on unit_letting (unit_id, end_date, start_date);
create index unit_letting_agreement_ix on unit_letting (agreement_id);
