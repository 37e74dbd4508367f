-- The demo projects' acceptance days (schema V42 keeps them on the application): taken from their stories, as V42
-- does for the applications that existed before it.
update proj_application set accepted_on = (
    select min(e.happened_on) from proj_event e
    where e.application_id = proj_application.id and e.event_kind = 'STEP'
      and e.status in ('ACCEPTANCE_PASSED', 'ACCEPTANCE_FAILED'))
where accepted_on is null and acceptance_due is not null;
