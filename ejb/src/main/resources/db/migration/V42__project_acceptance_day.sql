-- The day a project's acceptance (验收) concluded, passed or failed, kept on the application as well as in its
-- story: the statistics count the acceptances overdue on a day (due on or before it, not concluded by then) from
-- the applications alone, over an index that holds every column they read. Valid on H2 2.x and PostgreSQL.
alter table proj_application add column accepted_on date;

update proj_application set accepted_on = (
    select min(e.happened_on) from proj_event e
    where e.application_id = proj_application.id and e.event_kind = 'STEP'
      and e.status in ('ACCEPTANCE_PASSED', 'ACCEPTANCE_FAILED'));

drop index proj_application_acceptance_ix;
create index proj_application_acceptance_ix on proj_application (acceptance_due, accepted_on, county_id, call_id);
