-- Benchmark data of the financing module, added by bin/dev/benchmark.sh to a schema the application has migrated
-- and filled with its demo data (on its own marker, bench_financing_marker, as the incubator's and preparedness').
-- Deterministic: every value is arithmetic on a generate_series number, no random().
-- psql variable: gen (this file's version, kept in the marker).
--
-- What it adds: a guarantee company (net assets large enough that no limit binds), a bank and their agreement
-- (ids 9000001–9000002, agreement 9000001); 200,000 approved applications of the demo enterprises of 临江县 and
-- 云岭县 (half each), each with its guarantee in force and its loan (ids 9000001 + n): 100万–590万元, 4.35 %, 12
-- months, disbursed one a day on a cycle over 2017-01-01 – 2026-11-29 (about 20,000 a year, 18,000 in 2026), in
-- each county half equal principal (等额本金), half interest monthly with the principal at maturity; their 2,400,000
-- instalments (computed as the application does for these two methods: half up, the last taking the rest), and a
-- repayment on the due day of every instalment due by 2026-11-30 (about 2,200,000), except that one loan in fifty
-- (in each county) stops paying from its sixth instalment (past due: the five categories at both ends of a period).
\set ON_ERROR_STOP on
\timing on

begin;

drop table if exists bench_financing_marker;
delete from fin_repayment where id >= 9000001;
delete from fin_loan_instalment where id >= 9000001;
delete from fin_loan where id >= 9000001;
delete from fin_guarantee where id >= 9000001;
delete from fin_application where id >= 9000001;
delete from fin_cooperation where id >= 9000001;
delete from fin_partner where id >= 9000001;

insert into fin_partner (id, version, kind, name, category, net_assets, net_assets_on, contact, updated_at) values
    (9000001, 1, 'GUARANTOR', '基准融资担保有限公司', 'SMALL_MICRO', 100000000000.00, date '2025-12-31', null,
     timestamp '2016-01-01 09:00:00'),
    (9000002, 1, 'BANK', '基准银行', null, null, null, null, timestamp '2016-01-01 09:00:00');
insert into fin_cooperation (id, version, guarantor_id, counterparty_id, quota, valid_from, valid_to, updated_at)
values (9000001, 1, 9000001, 9000002, 9000000000000.00, date '2016-01-01', date '2030-12-31',
        timestamp '2016-01-01 09:00:00');

-- n: the loan's number (0 .. 199,999); its county 2 + n % 2, its enterprise one of that county's demo enterprises
-- (ids below 9,000,000: the other generators' enterprises are theirs to delete and make again)
create temporary table bench_fin_loan on commit drop as
select n, 2 + n % 2 as county_id,
       (e.ids)[1 + (n / 2) % array_length(e.ids, 1)] as enterprise_id,
       (100 + (n % 50) * 10) * 10000.00 as principal,
       date '2017-01-01' + (n % 3620) as disbursed_on,
       case when (n / 2) % 2 = 0 then 'EQUAL_PRINCIPAL' else 'INTEREST_ONLY' end as method,
       (n / 2) % 50 = 7 as defaults
from generate_series(0, 199999) n
join (select county_id, array_agg(id order by id) as ids from enterprise where county_id in (2, 3) and id < 9000000
      group by county_id) e on e.county_id = 2 + n % 2;

insert into fin_application (id, version, enterprise_id, county_id, product_code, amount, term_months, purpose, bank_id,
    guarantor_id, status, submitted_on, diligence_notes, outcome, reasons, prepared_by, prepared_at, decided_by,
    decided_at, created_by, updated_at)
select 9000001 + n, 1, enterprise_id, county_id,
       (array['GUARANTEED', 'TECH', 'IP_PLEDGE'])[1 + n % 3], principal, 12, '基准融资', 9000002, 9000001, 'APPROVED',
       disbursed_on - 20, '基准尽调', 'APPROVE', null, 'lj.clerk', disbursed_on - 5, 'leader', disbursed_on - 2,
       'lj.clerk', disbursed_on - 2
from bench_fin_loan;

insert into fin_guarantee (id, version, application_id, guarantor_id, cooperation_id, enterprise_id, amount, fee_rate,
    start_date, end_date, status)
select 9000001 + n, 1, 9000001 + n, 9000001, 9000001, enterprise_id, principal, 1.5000, disbursed_on,
       (disbursed_on + interval '12 months')::date, 'ACTIVE'
from bench_fin_loan;

insert into fin_loan (id, version, guarantee_id, application_id, enterprise_id, county_id, bank_id, guarantor_id,
    principal, annual_rate, disbursed_on, maturity, term_months, method, rounding_mode, status, created_by, updated_at)
select 9000001 + n, 1, 9000001 + n, 9000001 + n, enterprise_id, county_id, 9000002, 9000001, principal, 4.3500,
       disbursed_on, (disbursed_on + interval '12 months')::date, 12, method, 'HALF_UP',
       case when not defaults and (disbursed_on + interval '12 months')::date <= date '2026-11-30' then 'REPAID'
            else 'ACTIVE' end,
       'lj.clerk', disbursed_on
from bench_fin_loan;

-- i: the instalment's number; part: the equal principal (the last takes the rest); owed: the principal still owed
-- during month i; 4.35 % a year is 0.003625 a month
insert into fin_loan_instalment (id, loan_id, instalment_no, due_on, principal_due, interest_due, principal_paid,
    interest_paid, settled_on)
select 9000001 + l.n * 12 + (i - 1), 9000001 + l.n, i, s.due_on, s.principal_due, s.interest_due,
       case when s.paid then s.principal_due else 0 end, case when s.paid then s.interest_due else 0 end,
       case when s.paid then s.due_on end
from bench_fin_loan l
cross join generate_series(1, 12) i
cross join lateral (select round(l.principal / 12, 2) as part) p
cross join lateral (
    select (l.disbursed_on + make_interval(months => i))::date as due_on,
           case when l.method = 'INTEREST_ONLY' then case when i = 12 then l.principal else 0 end
                when i = 12 then l.principal - 11 * p.part else p.part end as principal_due,
           round(case when l.method = 'INTEREST_ONLY' then l.principal else l.principal - (i - 1) * p.part end
                 * 0.003625, 2) as interest_due,
           (l.disbursed_on + make_interval(months => i))::date <= date '2026-11-30' and not (l.defaults and i >= 6)
               as paid) s;

insert into fin_repayment (id, loan_id, amount, principal_part, interest_part, paid_on, days_late, recorded_by,
    recorded_at)
select i.id, i.loan_id, i.principal_due + i.interest_due, i.principal_due, i.interest_due, i.due_on, 0, 'lj.clerk',
       i.due_on + time '16:00'
from fin_loan_instalment i where i.id >= 9000001 and i.settled_on is not null;

create table bench_financing_marker (generator integer not null);
insert into bench_financing_marker values (:gen);

commit;

analyze fin_application;
analyze fin_guarantee;
analyze fin_loan;
analyze fin_loan_instalment;
analyze fin_repayment;
