-- Products (fin_product) are added, renamed, reordered and withdrawn on the page 融资产品 (financing/products.xhtml):
-- a version for optimistic locking.
--
-- A loan's closing day (fin_loan.closed_on): the day of its last repayment once repaid in full, or the day of its
-- compensation; null while it runs. The statistics classify only the loans still running on a day (closed_on null
-- or after it) instead of summing every repayment of the platform up to the day (docs/performance.md).
-- Valid on H2 2.x and PostgreSQL 13+.
alter table fin_product add column version bigint default 0 not null;

alter table fin_loan add column closed_on date;
update fin_loan set closed_on = (select max(r.paid_on) from fin_repayment r where r.loan_id = fin_loan.id)
    where status = 'REPAID';
update fin_loan set closed_on = (select c.paid_on from fin_compensation c where c.loan_id = fin_loan.id)
    where status = 'COMPENSATED';
create index fin_loan_closed_ix on fin_loan (closed_on, disbursed_on);
