-- Rebuilds the patents' daily rollup (V43) from the patents. Flyway runs it after every migration run that applied
-- something (a new schema version, the demo data); the benchmark runs it after generating its patents. Between
-- runs the application keeps the rows up to date itself (PatentRollup).

delete from ind_patent_day;

insert into ind_patent_day (count_day, county_id, patent_type, applied, granted)
select d, county_id, patent_type, sum(filed), sum(granted)
from (select applied_on as d, county_id, patent_type, 1 as filed, 0 as granted from ind_patent
      union all
      select granted_on, county_id, patent_type, 0, 1 from ind_patent where granted_on is not null) p
group by d, county_id, patent_type;
