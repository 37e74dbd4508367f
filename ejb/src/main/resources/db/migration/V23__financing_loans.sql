-- Loans under the guarantees in force, their instalment tables, repayments, the guarantor's compensations (代偿),
-- recoveries (追偿) and write-offs, and the Idempotency-Key of the POSTs that move money. Valid on H2 2.x and
-- PostgreSQL 13+. Money is numeric(19,2) yuan. Money changes lock their row first: a repayment or compensation its
-- loan's, a recovery or write-off its compensation's.
--
-- The statistics read these by period: loans by disbursement day, repayments by payment day, compensations by
-- payment day, recoveries by recovery day (each with an index starting with the day).

-- The loans' numbers join the limits' in the one settings row: the rounding mode of the instalment tables and
-- the day bands of the five categories (关注 from 1 day past due, 次级 from 91, 可疑 from 181, 损失 from 361).
alter table fin_settings add column rounding_mode varchar(12) default 'HALF_UP' not null;
alter table fin_settings add column mention_from_days integer default 1 not null;
alter table fin_settings add column substandard_from_days integer default 91 not null;
alter table fin_settings add column doubtful_from_days integer default 181 not null;
alter table fin_settings add column loss_from_days integer default 361 not null;
alter table fin_settings add constraint fin_loan_settings_bands_ck check (mention_from_days >= 1
    and substandard_from_days > mention_from_days and doubtful_from_days > substandard_from_days
    and loss_from_days > doubtful_from_days);

create sequence fin_loan_seq start with 1050 increment by 50;

create table fin_loan (
    id              bigint        not null,
    version         bigint        not null,
    guarantee_id    bigint        not null,
    application_id  bigint        not null,
    enterprise_id   bigint        not null,
    county_id       bigint        not null,
    bank_id         bigint        not null,
    guarantor_id    bigint        not null,
    principal       numeric(19,2) not null,
    annual_rate     numeric(7,4)  not null,
    disbursed_on    date          not null,
    maturity        date          not null,
    term_months     integer       not null,
    method          varchar(20)   not null,
    rounding_mode   varchar(12)   not null,
    status          varchar(12)   not null,
    created_by      varchar(50)   not null,
    updated_at      timestamp     not null,
    constraint fin_loan_pk primary key (id),
    constraint fin_loan_guarantee_uk unique (guarantee_id),
    constraint fin_loan_guarantee_fk foreign key (guarantee_id) references fin_guarantee (id),
    constraint fin_loan_application_fk foreign key (application_id) references fin_application (id),
    constraint fin_loan_enterprise_fk foreign key (enterprise_id) references enterprise (id),
    constraint fin_loan_county_fk foreign key (county_id) references jurisdiction (id),
    constraint fin_loan_bank_fk foreign key (bank_id) references fin_partner (id),
    constraint fin_loan_guarantor_fk foreign key (guarantor_id) references fin_partner (id),
    constraint fin_loan_principal_ck check (principal > 0),
    constraint fin_loan_rate_ck check (annual_rate >= 0 and annual_rate < 100),
    constraint fin_loan_term_ck check (maturity > disbursed_on and term_months between 1 and 360)
);
create index fin_loan_disbursed_ix on fin_loan (disbursed_on, id);
create index fin_loan_county_ix on fin_loan (county_id, disbursed_on, id);
create index fin_loan_status_ix on fin_loan (status, disbursed_on, id);
create index fin_loan_enterprise_ix on fin_loan (enterprise_id);
create index fin_loan_application_ix on fin_loan (application_id);
create index fin_loan_guarantor_ix on fin_loan (guarantor_id, status);

create sequence fin_loan_instalment_seq start with 1050 increment by 50;

create table fin_loan_instalment (
    id              bigint        not null,
    loan_id         bigint        not null,
    instalment_no   integer       not null,
    due_on          date          not null,
    principal_due   numeric(19,2) not null,
    interest_due    numeric(19,2) not null,
    principal_paid  numeric(19,2) not null,
    interest_paid   numeric(19,2) not null,
    settled_on      date,
    constraint fin_loan_instalment_pk primary key (id),
    constraint fin_loan_instalment_loan_fk foreign key (loan_id) references fin_loan (id),
    constraint fin_loan_instalment_uk unique (loan_id, instalment_no),
    constraint fin_loan_instalment_paid_ck check (principal_paid >= 0 and principal_paid <= principal_due
        and interest_paid >= 0 and interest_paid <= interest_due)
);
-- The to-do feed and the overdue figures: instalments not paid in full by due day.
create index fin_loan_instalment_due_ix on fin_loan_instalment (settled_on, due_on, loan_id);

create sequence fin_repayment_seq start with 1050 increment by 50;

create table fin_repayment (
    id              bigint        not null,
    loan_id         bigint        not null,
    amount          numeric(19,2) not null,
    principal_part  numeric(19,2) not null,
    interest_part   numeric(19,2) not null,
    paid_on         date          not null,
    days_late       bigint        not null,
    recorded_by     varchar(50)   not null,
    recorded_at     timestamp     not null,
    constraint fin_repay_pk primary key (id),
    constraint fin_repay_loan_fk foreign key (loan_id) references fin_loan (id),
    constraint fin_repay_amount_ck check (amount > 0 and amount = principal_part + interest_part)
);
create index fin_repay_loan_ix on fin_repayment (loan_id, paid_on);
create index fin_repay_paid_ix on fin_repayment (paid_on, loan_id);

create sequence fin_compensation_seq start with 1050 increment by 50;

create table fin_compensation (
    id                bigint        not null,
    version           bigint        not null,
    loan_id           bigint        not null,
    county_id         bigint        not null,
    guarantor_id      bigint        not null,
    amount            numeric(19,2) not null,
    paid_on           date          not null,
    recovered         numeric(19,2) not null,
    written_off       numeric(19,2) not null,
    status            varchar(20)   not null,
    write_off_amount  numeric(19,2),
    write_off_reasons varchar(1000),
    prepared_by       varchar(50),
    prepared_at       timestamp,
    decided_by        varchar(50),
    decided_at        timestamp,
    written_off_on    date,
    created_by        varchar(50)   not null,
    updated_at        timestamp     not null,
    constraint fin_comp_pk primary key (id),
    constraint fin_comp_loan_uk unique (loan_id),
    constraint fin_comp_loan_fk foreign key (loan_id) references fin_loan (id),
    constraint fin_comp_county_fk foreign key (county_id) references jurisdiction (id),
    constraint fin_comp_guarantor_fk foreign key (guarantor_id) references fin_partner (id),
    constraint fin_comp_cap_ck check (amount > 0 and recovered >= 0 and written_off >= 0
        and recovered + written_off <= amount)
);
create index fin_comp_paid_ix on fin_compensation (paid_on, id);
create index fin_comp_guarantor_ix on fin_compensation (guarantor_id, paid_on);
create index fin_comp_county_ix on fin_compensation (county_id, paid_on);

create sequence fin_recovery_seq start with 1050 increment by 50;

create table fin_recovery (
    id               bigint        not null,
    compensation_id  bigint        not null,
    amount           numeric(19,2) not null,
    recovered_on     date          not null,
    recorded_by      varchar(50)   not null,
    recorded_at      timestamp     not null,
    constraint fin_recov_pk primary key (id),
    constraint fin_recov_comp_fk foreign key (compensation_id) references fin_compensation (id),
    constraint fin_recov_amount_ck check (amount > 0)
);
create index fin_recov_comp_ix on fin_recovery (compensation_id, recovered_on);
create index fin_recov_day_ix on fin_recovery (recovered_on, compensation_id);

-- The first use of an Idempotency-Key per caller: one row, whatever the number of retries.
create sequence fin_idem_key_seq start with 1050 increment by 50;

create table fin_idem_key (
    id           bigint       not null,
    caller       varchar(50)  not null,
    idem_key     varchar(100) not null,
    operation    varchar(30)  not null,
    fingerprint  varchar(64)  not null,
    result_id    bigint,
    created_at   timestamp    not null,
    constraint fin_idem_pk primary key (id),
    constraint fin_idem_key_uk unique (caller, idem_key)
);
