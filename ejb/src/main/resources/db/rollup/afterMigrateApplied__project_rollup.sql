-- Rebuilds the projects' daily events rollup (V48) from the events. Flyway runs it after every migration run that
-- applied something (a new schema version, the demo data); the benchmark runs it after generating its projects.
-- Between runs the application keeps the rows up to date itself (ProjectEventRollup).

delete from proj_event_day;

insert into proj_event_day (count_day, county_id, programme_id, not_won, received)
select e.happened_on, a.county_id, c.programme_id,
       sum(case when e.event_kind = 'STEP' then 1 else 0 end),
       sum(case when e.event_kind = 'TRANCHE' then e.amount else 0 end)
from proj_event e
join proj_application a on a.id = e.application_id
join proj_call c on c.id = a.call_id
where e.event_kind = 'TRANCHE' or (e.event_kind = 'STEP' and e.status = 'NOT_WON')
group by e.happened_on, a.county_id, c.programme_id;
