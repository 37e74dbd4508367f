-- Early repayments of principal (提前还款): the repayment says it was one; the loan's remaining instalments were
-- generated again for the principal left (db/migration V23's fin_loan_instalment rows are updated in place, or
-- removed when nothing is left). Valid on H2 2.x and PostgreSQL 13+.
alter table fin_repayment add column early boolean default false not null;
