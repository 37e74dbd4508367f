-- Rebuilds the statistics' monthly rollup (V7) from the approved service logs. Flyway runs it after
-- every migration run that applied something (a new schema version, the demo data); the benchmark runs
-- it after generating its logs. Between runs the application keeps the rows up to date itself.

delete from log_innovation_month;
delete from log_target_month;
delete from log_month;

insert into log_month (commissioner_id, period_month, county_id, logs, days, people_trained,
                       demonstration_bases, income, trainings, cooperations, patents, ventures)
select commissioner_id,
       cast(extract(year from service_date) * 100 + extract(month from service_date) as integer),
       county_id, count(*), sum(days), sum(people_trained), sum(demonstration_bases), sum(income),
       sum(case when kind = 'TRAINING' then 1 else 0 end),
       sum(case when kind = 'COOPERATION_AGREEMENT' then 1 else 0 end),
       sum(case when kind = 'PATENT_SUPPORT' then 1 else 0 end),
       sum(case when kind = 'VENTURE_CREATION' then 1 else 0 end)
from service_log
where status = 'APPROVED'
group by commissioner_id, cast(extract(year from service_date) * 100 + extract(month from service_date) as integer),
         county_id;

insert into log_target_month (commissioner_id, period_month, county_id, target_kind, target_key, logs)
select commissioner_id,
       cast(extract(year from service_date) * 100 + extract(month from service_date) as integer),
       county_id, target_kind, target_key, count(*)
from service_log
where status = 'APPROVED'
group by commissioner_id, cast(extract(year from service_date) * 100 + extract(month from service_date) as integer),
         county_id, target_kind, target_key;

insert into log_innovation_month (commissioner_id, period_month, county_id, innovation_id, introductions,
                                  adoption_income)
select l.commissioner_id,
       cast(extract(year from l.service_date) * 100 + extract(month from l.service_date) as integer),
       l.county_id, i.innovation_id, count(*), sum(i.adoption_income)
from introduction i
join service_log l on l.id = i.log_id
where l.status = 'APPROVED'
group by l.commissioner_id, cast(extract(year from l.service_date) * 100 + extract(month from l.service_date) as integer),
         l.county_id, i.innovation_id;
