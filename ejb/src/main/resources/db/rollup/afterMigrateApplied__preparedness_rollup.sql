-- Rebuilds the preparedness statistics' monthly rollup (V38) from the approved events and what was issued or
-- lent to them. Flyway runs it after every migration run that applied something (a new schema version, the demo
-- data); the benchmark runs it after generating its events. Between runs the application keeps the rows up to
-- date itself (PreparednessRollup).

delete from prep_issue_month;
delete from prep_event_month;

insert into prep_event_month (campaign_id, period_month, county_id, township_id, venue_kind, events, people,
                              consultations, drills, participants, boards, banners)
select campaign_id, cast(extract(year from held_at) * 100 + extract(month from held_at) as integer),
       county_id, township_id, venue_kind, count(*), sum(people_reached), sum(consultations),
       sum(case when drill_plan is not null then 1 else 0 end), coalesce(sum(drill_participants), 0),
       sum(display_boards), sum(banners)
from prep_event
where status = 'APPROVED'
group by campaign_id, cast(extract(year from held_at) * 100 + extract(month from held_at) as integer),
         county_id, township_id, venue_kind;

insert into prep_issue_month (campaign_id, period_month, county_id, township_id, kind, quantity)
select e.campaign_id, cast(extract(year from m.moved_on) * 100 + extract(month from m.moved_on) as integer),
       m.county_id, e.township_id, m.kind, sum(m.quantity)
from prep_material_movement m
join prep_event e on e.id = m.event_id
where e.status = 'APPROVED' and m.type in ('ISSUE', 'LOAN')
group by e.campaign_id, cast(extract(year from m.moved_on) * 100 + extract(month from m.moved_on) as integer),
         m.county_id, e.township_id, m.kind;
