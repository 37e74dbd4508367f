-- Issue 10, items 4 and 7. Valid on H2 2.x and PostgreSQL 13+.
--
-- The assessment pro-rates the quota by the months served in the year and grades 未满考核期 below a
-- minimum of months; a missing satisfaction rating is left out of the weighting (or counted as 0).
alter table commissioner_settings add column min_months_assessed integer default 3 not null;
alter table commissioner_settings add column missing_rating varchar(10) default 'LEFT_OUT' not null;

-- A confirmed assessment keeps the months it was pro-rated by and the reasons for its grade.
alter table assessment add column months_served integer;
alter table assessment add column reasons varchar(2000);

-- Logs awaiting review are now one to-do per submitted log under the kind the review feed reconciles
-- (commissioner.review.logAwaitingApproval), linking to the log; the open items of the former kind are
-- carried over, so that no log is announced twice or not at all.
update todo_item
   set kind = 'commissioner.review.logAwaitingApproval',
       link = concat('/commissioner/log.xhtml?id=', record_id),
       open_key = concat('commissioner.review.logAwaitingApproval|', concat(record_type, concat('|', record_id)))
 where kind = 'commissioner.logAwaitingApproval' and resolved_at is null;
