-- Rebuilds what the financing statistics read (V46) from the guarantees, loans, instalments and repayments. Flyway
-- runs it after every migration run that applied something (a new schema version, the demo data); the benchmark
-- runs it after generating its loans. Between runs the application keeps them up to date itself (GuaranteeRollup,
-- the loan's own position, LoanPositionSnapshots).

delete from fin_guarantee_day;

insert into fin_guarantee_day (flow_day, county_id, guarantor_id, cooperation_id, started, started_financing,
                               started_amount, ended, ended_amount)
select d, county_id, guarantor_id, cooperation_id, sum(started), sum(financing), sum(amount), sum(ended),
       sum(ended_amount)
from (select g.start_date as d, a.county_id, g.guarantor_id, g.cooperation_id, 1 as started, a.amount as financing,
             g.amount as amount, 0 as ended, 0.00 as ended_amount
      from fin_guarantee g join fin_application a on a.id = g.application_id
      where g.status = 'ACTIVE' and a.status = 'APPROVED'
      union all
      select g.end_date, a.county_id, g.guarantor_id, g.cooperation_id, 0, 0.00, 0.00, 1, g.amount
      from fin_guarantee g join fin_application a on a.id = g.application_id
      where g.status = 'ACTIVE' and a.status = 'APPROVED') f
group by d, county_id, guarantor_id, cooperation_id;

update fin_loan
set balance = principal - coalesce((select sum(r.principal_part) from fin_repayment r where r.loan_id = fin_loan.id), 0),
    first_unpaid_due = (select min(i.due_on) from fin_loan_instalment i
                        where i.loan_id = fin_loan.id and i.settled_on is null);

delete from fin_position_day;
delete from fin_position_snapshot;
