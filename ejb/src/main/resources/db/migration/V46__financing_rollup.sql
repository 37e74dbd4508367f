-- What the financing statistics read instead of the 200,000 guarantees, 2,400,000 instalments and 2,200,000
-- repayments of a platform that has run for ten years (docs/performance.md, financing). Valid on H2 2.x and
-- PostgreSQL 13+.
--
-- 1. The guarantees' daily rollup: per day, county, guarantee company and agreement, the guarantees in force that
--    started that day (how many, the financing applied for, the amount guaranteed) and those whose last day in force
--    it was. A guarantee comes into force once, when a leader approves it, and never changes after (GuaranteeRollup
--    adds it in that transaction); sums of the rollup up to a day give the cumulative financing and the balance in
--    force on that day.
create table fin_guarantee_day (
    flow_day          date          not null,
    county_id         bigint        not null references jurisdiction (id),
    guarantor_id      bigint        not null references fin_partner (id),
    cooperation_id    bigint        not null references fin_cooperation (id),
    started           integer       not null,
    started_financing numeric(19,2) not null,
    started_amount    numeric(19,2) not null,
    ended             integer       not null,
    ended_amount      numeric(19,2) not null,
    constraint fin_guarantee_day_pk primary key (flow_day, county_id, guarantor_id, cooperation_id)
);

-- 2. Each loan's position as it stands: the principal still owed and the due day of its oldest instalment not paid in
--    full (null when none), kept by the loan itself at every disbursement, repayment and compensation. Repayments are
--    never dated after today, so this is the position at the end of today: the loans by five-category class today
--    are one pass over the loans being repaid.
alter table fin_loan add column balance numeric(19,2);
alter table fin_loan add column first_unpaid_due date;
create index fin_loan_position_ix on fin_loan (status, county_id, first_unpaid_due, balance);

-- 3. The loans by county and class at the end of a past day, computed from the instalments and repayments the first
--    time a statistics period asks for that day and kept (with the bands it was classified by); a repayment,
--    prepayment, compensation or disbursement dated on or before a kept day removes the days it changes
--    (LoanPositionSnapshots).
create table fin_position_snapshot (
    class_day   date        not null,
    bands       varchar(40) not null,
    computed_at timestamp   not null,
    constraint fin_position_snapshot_pk primary key (class_day)
);
create table fin_position_day (
    class_day  date          not null references fin_position_snapshot (class_day) on delete cascade,
    county_id  bigint        not null references jurisdiction (id),
    loan_class varchar(16)   not null,
    loans      integer       not null,
    balance    numeric(19,2) not null,
    constraint fin_position_day_pk primary key (class_day, county_id, loan_class)
);
